/**
 * Reading and writing files for the `warrant` executable, safely. An input must be a regular file: a
 * folder, a named pipe, a socket or a device is refused at once (a pipe is opened without waiting for a
 * writer, then refused), and a file larger than any reader takes is refused before it is read. An output
 * is written to a temporary file in the same folder and renamed over the old one, so a full disk or a
 * killed process never leaves half a file, and never destroys the file that was there.
 */
import { constants, type Stats } from "node:fs";
import { type FileHandle, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { megabytes } from "../io/input-limits";

/** The largest input any reader takes (a map, JSON or a framework file). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export class FileRefused extends Error {}

function whatItIs(stats: Stats): string {
  if (stats.isDirectory()) return "it is a folder, not a file";
  if (stats.isFIFO()) return "it is not a regular file (a named pipe)";
  if (stats.isSocket()) return "it is not a regular file (a socket)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "it is not a regular file (a device)";
  return "it is not a regular file";
}

/** The file's bytes, decoded later by the one decoder the app uses too (io/decode-text.ts). */
export async function readRegularFile(path: string): Promise<Uint8Array> {
  // O_NONBLOCK: opening a named pipe with no writer would otherwise wait for ever.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileRefused(whatItIs(stats));
    if (stats.size > MAX_INPUT_BYTES) {
      throw new FileRefused(
        `the file is ${megabytes(stats.size)}; Warrant reads files of at most ${megabytes(MAX_INPUT_BYTES)}`,
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Standard input, up to the largest input; more is refused without being kept. */
export async function readBoundedStream(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > MAX_INPUT_BYTES) {
      throw new FileRefused(`it holds more than ${megabytes(MAX_INPUT_BYTES)}, the most Warrant reads`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function existing(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** Writes `text` to `path` whole or not at all (see above). */
export async function writeWhole(path: string, text: string): Promise<void> {
  const before = await existing(path);
  if (before?.isDirectory()) throw new FileRefused("it is a folder, not a file");
  if (before && !before.isFile()) {
    // A device or a pipe (/dev/null, a terminal) cannot be replaced: it is written to as it is.
    const device = await open(path, constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      await device.writeFile(text, "utf8");
    } finally {
      await device.close();
    }
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.partial`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, "wx", before ? before.mode & 0o777 : 0o666);
    await handle.writeFile(text, "utf8");
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}
