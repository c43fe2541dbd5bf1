/** An in-memory CliIo: files in a map, output collected as text. */
import type { CliIo } from "../../src/cli/cli-io";

export interface MemoryIo extends CliIo {
  out: string;
  err: string;
  files: Map<string, string>;
}

export function memoryIo(files: Record<string, string> = {}, stdin = ""): MemoryIo {
  const io: MemoryIo = {
    out: "",
    err: "",
    files: new Map(Object.entries(files)),
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readInput: async (source) => {
      if (source === "-") return stdin;
      const text = io.files.get(source);
      if (text === undefined) throw new Error("no such file");
      return text;
    },
    writeFile: async (path, text) => void io.files.set(path, text),
  };
  return io;
}
