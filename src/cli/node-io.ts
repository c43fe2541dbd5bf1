/** The real file system and standard streams, for the `warrant` executable. */
import { readFile, writeFile } from "node:fs/promises";
import type { CliIo } from "./cli-io";

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readInput: async (source) => {
    if (source === "-") return readStdin();
    try {
      return await readFile(source);
    } catch (error) {
      throw new Error(describeFsError(error));
    }
  },
  writeFile: async (path, text) => {
    try {
      await writeFile(path, text, "utf8");
    } catch (error) {
      throw new Error(describeFsError(error));
    }
  },
};

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
