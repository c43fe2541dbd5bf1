/**
 * A stored map read from its stored text alone: header, payload (decompressed), and the load pipeline.
 * Pure, so that a big map can be read in a worker (store/reading/stored-reading.ts) exactly as the
 * library reads a small one on the page; the library then keeps or blocks it (MapLibrary.settleRead).
 */
import { loadMap } from "../../io/load";
import { formatProblem, type Problem } from "../../model/problem";
import type { ArgumentMap } from "../../model/schema";
import { decodeStoredHeader, decodeStoredPayload, type StoredHeader } from "./stored-map-codec";

export type StoredDecode =
  | { ok: true; doc: ArgumentMap; header: StoredHeader }
  | { ok: false; kind: "unreadable" | "newer"; title: string; message: string; errors: Problem[] };

/** Stored text longer than this (or compressed at all) is read in a worker: reading it takes a while. */
export const BIG_STORED_CHARS = 1_000_000;

export function decodeStoredMap(raw: string): StoredDecode {
  const decoded = decodeStoredHeader(raw);
  if (!decoded.ok) return { ok: false, kind: decoded.kind, title: "", message: decoded.message, errors: [] };
  const { title } = decoded.header;
  const payload = decodeStoredPayload(raw, decoded);
  if (!payload.ok) return { ok: false, kind: "unreadable", title, message: payload.message, errors: [] };
  // Strict: a stored map was written by Warrant, so an unknown field means something is wrong, and
  // dropping it silently and saving back would lose data.
  const loaded = loadMap(payload.text, { mode: "strict" });
  if (!loaded.ok) {
    const first = loaded.errors[0];
    return {
      ok: false,
      kind: loaded.kind === "newer-version" ? "newer" : "unreadable",
      title,
      message: first ? formatProblem(first) : "it is not a valid map",
      errors: loaded.errors,
    };
  }
  return { ok: true, doc: loaded.doc, header: decoded.header };
}

/** Whether reading this stored text would hold up the page: it is long, or compressed (a big map). */
export function isBigStored(raw: string): boolean {
  if (raw.length > BIG_STORED_CHARS) return true;
  const decoded = decodeStoredHeader(raw);
  return decoded.ok && decoded.header.encoding !== "json";
}
