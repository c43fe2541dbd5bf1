/**
 * The edge every reader is called through (by `warrant convert` and the app's Import alike): the file's
 * size is checked against its format's limit before any parsing, an empty file is named as such, an
 * exception from a parser's library becomes a located problem, and a file in which the reader finds
 * nothing to map says so rather than opening as an empty map.
 */
import { INPUT_BYTES, sizeProblem } from "../input-limits";
import type { InputFormatInfo } from "./formats";
import { guardImport, type ImportResult } from "./import-result";

export function boundedRead(info: InputFormatInfo): InputFormatInfo["read"] {
  const read = info.read;
  return async (text, options) => {
    const tooLarge = sizeProblem(text, INPUT_BYTES[info.format], `a file read as ${info.label}`);
    if (tooLarge) return { ok: false, kind: "too-large", errors: [tooLarge] };
    if (text.replace(/^\uFEFF/, "").trim() === "") {
      const message = text === "" ? "the file is empty" : "the file holds only spaces and blank lines";
      return { ok: false, kind: "not-a-map", errors: [{ path: "line 1", message }] };
    }
    let result: ImportResult;
    try {
      result = await read(text, options);
    } catch (error) {
      result = guardImport(() => {
        throw error;
      });
    }
    // An empty Warrant map is a map; any other file in which nothing was found is not one.
    if (result.ok && result.doc.nodes.length === 0 && info.format !== "json") {
      return {
        ok: false,
        kind: "not-a-map",
        errors: [{ path: "$", message: `no points were found in the file, read as ${info.label}` }],
      };
    }
    return result;
  };
}

/** The same list of readers, each called through `boundedRead`. */
export function boundedReaders<K>(infos: ReadonlyMap<K, InputFormatInfo>): ReadonlyMap<K, InputFormatInfo> {
  return new Map([...infos].map(([format, info]) => [format, { ...info, read: boundedRead(info) }]));
}
