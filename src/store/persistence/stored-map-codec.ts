/**
 * How one map is written under its key: a one-line header, a newline, then the map document as
 * compact JSON or compressed. The header carries what the library and tab sync need (revision, save
 * time, title), so none of it ever goes inside the map document itself.
 *
 *   {"store":"warrant-map","v":1,"revision":7,"savedAt":"…","title":"…","writer":"…","encoding":"json"}
 *   {"format":"argument-map",…}
 *
 * Maps are stored as JSON: writing 1,000 nodes costs 1-2 ms. A map whose JSON does not fit, or a big
 * map (prepare-stored-map.ts), is stored deflated (fflate) and packed 15 bits to a character
 * (utf16-packing.ts): about a tenth of the JSON's size. Deflating is 10 to 20 times faster than the
 * lz-string compression older versions wrote ("lz-utf16"), which is still read.
 */
// lz-string is CommonJS: its default export works in Vite and in Node alike, named imports only in Vite.
import { deflateSync, inflateSync } from "fflate";
import LZString from "lz-string";
import { canonicalMap } from "../../io/serialize";
import type { ArgumentMap } from "../../model/schema";
import { packBytes, unpackBytes } from "./utf16-packing";

const STORE_TAG = "warrant-map";
export const STORED_MAP_VERSION = 1;

export type Encoding = "json" | "lz-utf16" | "deflate-utf16";

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

/** The map document as it goes under the header: compact JSON, or that JSON compressed. */
export interface StoredPayload {
  payload: string;
  encoding: Encoding;
}

export function encodeStoredMap(
  doc: ArgumentMap,
  header: Omit<StoredHeader, "encoding">,
  compress = false,
): EncodedMap {
  // Compact, not the indented canonical form: a third smaller, and storage is never read by people.
  const json = JSON.stringify(canonicalMap(doc));
  return underHeader(header, compress ? compressedPayload(json) : { payload: json, encoding: "json" });
}

/** A payload made beforehand (prepare-stored-map.ts) under its header: the text stored for the map. */
export function underHeader(header: Omit<StoredHeader, "encoding">, stored: StoredPayload): EncodedMap {
  const { payload, encoding } = stored;
  const line = JSON.stringify({ store: STORE_TAG, v: STORED_MAP_VERSION, ...header, encoding });
  return { text: `${line}\n${payload}`, encoding };
}

/**
 * The map's JSON deflated and packed into characters. Level 1 on the page, where it holds up the
 * person (a 16 MB map: 0.3 s); a worker can afford level 6 (twice as slow, a few per cent smaller).
 */
export function compressedPayload(json: string, level: 1 | 6 = 1): StoredPayload {
  const bytes = deflateSync(new TextEncoder().encode(json), { level });
  return { payload: packBytes(bytes), encoding: "deflate-utf16" };
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
  if (!ENCODINGS.has(record.encoding as Encoding)) {
    return { ok: false, kind: "newer", message: `it uses an encoding this version does not know` };
  }
  const { revision, savedAt, title, writer } = record;
  const encoding = record.encoding as Encoding;
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
      encoding,
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
  const { encoding } = decoded.header;
  if (encoding === "json") return { ok: true, text: payload };
  const text = encoding === "deflate-utf16" ? inflated(payload) : LZString.decompressFromUTF16(payload);
  // Damaged input gives null, "" or garbage; garbage is left to the load pipeline.
  if (!text) return { ok: false, message: "its compressed data is damaged" };
  return { ok: true, text };
}

function inflated(payload: string): string | null {
  const bytes = unpackBytes(payload);
  if (bytes === null) return null;
  try {
    return new TextDecoder().decode(inflateSync(bytes));
  } catch {
    return null;
  }
}

const ENCODINGS = new Set<Encoding>(["json", "lz-utf16", "deflate-utf16"]);

function unreadable(message: string): DecodedHeader {
  return { ok: false, kind: "unreadable", message };
}
