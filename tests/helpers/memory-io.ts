/** An in-memory CliIo: files in a map, output collected as text. */
import type { CliIo } from "../../src/cli/cli-io";

export interface MemoryIo extends CliIo {
  out: string;
  err: string;
  files: Map<string, string>;
}

/** Files given as bytes are read as a real file is, through the decoder; text files as text. */
export function memoryIo(files: Record<string, string | Uint8Array> = {}, stdin = ""): MemoryIo {
  const bytes = new Map<string, Uint8Array>();
  const texts = new Map<string, string>();
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === "string") texts.set(path, content);
    else bytes.set(path, content);
  }
  const io: MemoryIo = {
    out: "",
    err: "",
    files: texts,
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readInput: async (source) => {
      if (source === "-") return stdin;
      const raw = bytes.get(source);
      if (raw !== undefined) return raw;
      const text = io.files.get(source);
      if (text === undefined) throw new Error("no such file");
      return text;
    },
    writeFile: async (path, text) => void io.files.set(path, text),
  };
  return io;
}
