/** The real file system and standard streams, for the `warrant` executable. */
import type { CliIo } from "./cli-io";
import { FileRefused, readBoundedStream, readRegularFile, writeWhole } from "./node-files";

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readInput: async (source) => {
    try {
      return source === "-" ? await readBoundedStream(process.stdin) : await readRegularFile(source);
    } catch (error) {
      throw new Error(describeFsError(error));
    }
  },
  writeFile: async (path, text) => {
    try {
      await writeWhole(path, text);
    } catch (error) {
      throw new Error(describeFsError(error));
    }
  },
};

function describeFsError(error: unknown): string {
  if (error instanceof FileRefused) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "the disk is full (the old file, if any, is left as it was)";
    case "ENXIO":
      return "it is not a regular file (a named pipe or socket nothing is reading from)";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
