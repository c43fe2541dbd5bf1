/**
 * The edge every writer is called through: what it wrote is made writable (see writable-text.ts), and
 * what had to be replaced is reported with the rest of what the format could not carry.
 */
import type { OutputFormatInfo } from "./formats";
import { writableText } from "./writable-text";

export function safeWriters<K>(infos: ReadonlyMap<K, OutputFormatInfo>): ReadonlyMap<K, OutputFormatInfo> {
  return new Map(
    [...infos].map(([format, info]) => [
      format,
      {
        ...info,
        write: async (doc) => {
          const written = await info.write(doc);
          const { text, replaced } = writableText(written.text);
          if (replaced === 0) return written;
          const line = `${replaced} character${replaced === 1 ? "" : "s"} no ${info.label} file can hold (a lone half of a surrogate pair, or a control character), written as U+FFFD`;
          return { text, dropped: [...written.dropped, line] };
        },
      },
    ]),
  );
}
