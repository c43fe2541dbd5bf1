/**
 * How one map is written under its key: a one-line header, a newline, then the map document as
 * compact JSON or compressed with lz-string. The header carries what the library and tab sync need
 * (revision, save time, title), so none of it ever goes inside the map document itself.
 *
 *   {"store":"warrant-map","v":1,"revision":7,"savedAt":"…","title":"…","writer":"…","encoding":"json"}
 *   {"format":"argument-map",…}
 *
 * Maps are stored as JSON: writing 1,000 nodes costs 1-2 ms. Compressing them first stores 4 to 12 times
 * more, but costs 40-170 ms of main-thread time per save (bench/storage.bench.ts), so compression is used
 * only when the JSON does not fit: a write refused for quota is retried compressed.
 */
// lz-string is CommonJS: its default export works in Vite and in Node alike, named imports only in Vite.
import LZString from "lz-string";
import { canonicalMap } from "../../io/serialize";
import type { ArgumentMap } from "../../model/schema";

const STORE_TAG = "warrant-map";
export const STORED_MAP_VERSION = 1;

export type Encoding = "json" | "lz-utf16";

export interface StoredHeader {
  revision: number;
  savedAt: string;
  title: string;
  /**
   * Which tab wrote it. Browsers propagate storage between tabs asynchronously, so two tabs can both
   * write the same revision; the one whose write was replaced finds another writer here and knows.
   */
  writer?: string;
  encoding: Encoding;
}

export interface EncodedMap {
  text: string;
  encoding: Encoding;
}

export function encodeStoredMap(
  doc: ArgumentMap,
  header: Omit<StoredHeader, "encoding">,
  compress = false,
): EncodedMap {
  // Compact, not the indented canonical form: a third smaller, and storage is never read by people.
  const json = JSON.stringify(canonicalMap(doc));
  const encoding: Encoding = compress ? "lz-utf16" : "json";
  const payload = compress ? LZString.compressToUTF16(json) : json;
  const line = JSON.stringify({ store: STORE_TAG, v: STORED_MAP_VERSION, ...header, encoding });
  return { text: `${line}\n${payload}`, encoding };
}

export type DecodedHeader =
  | { ok: true; header: StoredHeader; payloadStart: number }
  | { ok: false; kind: "unreadable" | "newer"; message: string };

/** Reads only the header line: enough for a revision check without decompressing anything. */
export function decodeStoredHeader(raw: string): DecodedHeader {
  const end = raw.indexOf("\n");
  if (end < 0) return unreadable("it has no Warrant header line");
  let value: unknown;
  try {
    value = JSON.parse(raw.slice(0, end));
  } catch {
    return unreadable("its header line is not valid JSON");
  }
  if (typeof value !== "object" || value === null) return unreadable("its header line is not an object");
  const record = value as Record<string, unknown>;
  if (record.store !== STORE_TAG) return unreadable("its header does not say it is a Warrant map");
  if (typeof record.v !== "number") return unreadable("its header has no storage version");
  if (record.v > STORED_MAP_VERSION) {
    return {
      ok: false,
      kind: "newer",
      message: `it was saved by a newer version of Warrant (storage version ${String(record.v)})`,
    };
  }
  if (record.encoding !== "json" && record.encoding !== "lz-utf16") {
    return { ok: false, kind: "newer", message: `it uses an encoding this version does not know` };
  }
  const { revision, savedAt, title, writer } = record;
  if (typeof revision !== "number" || !Number.isInteger(revision) || revision < 0) {
    return unreadable("its header has no valid revision");
  }
  return {
    ok: true,
    header: {
      revision,
      savedAt: typeof savedAt === "string" ? savedAt : "",
      title: typeof title === "string" ? title : "",
      ...(typeof writer === "string" ? { writer } : {}),
      encoding: record.encoding,
    },
    payloadStart: end + 1,
  };
}

export type DecodedPayload = { ok: true; text: string } | { ok: false; message: string };

/** The map JSON text under the header, decompressed when it was stored compressed. */
export function decodeStoredPayload(
  raw: string,
  decoded: { header: StoredHeader; payloadStart: number },
): DecodedPayload {
  const payload = raw.slice(decoded.payloadStart);
  if (decoded.header.encoding === "json") return { ok: true, text: payload };
  const text = LZString.decompressFromUTF16(payload);
  // lz-string answers damaged input with null, "" or garbage; garbage is left to the load pipeline.
  if (!text) return { ok: false, message: "its compressed data is damaged" };
  return { ok: true, text };
}

function unreadable(message: string): DecodedHeader {
  return { ok: false, kind: "unreadable", message };
}
