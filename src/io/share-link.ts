/**
 * Share links: the whole map, compressed into the URL fragment (`#map=…`). The fragment never leaves the
 * browser (it is not sent to the server), so sharing sends the map nowhere. Opening a link runs the same
 * load pipeline as a file.
 *
 * Links are decoded with a ceiling (see bounded-decompress.ts): a short crafted link cannot make the
 * page build more than a map's worth of text. Length limits, in characters of the whole link:
 * - above 8,000 the link works in browsers but many places truncate it (chat apps, e-mail clients,
 *   some servers and proxies stop at 8 KB of URL), so the user is warned and pointed to a file export;
 * - above 2,000,000 it is refused: Chromium drops longer URLs (its limit is 2 MB), so the link would
 *   open nothing.
 */
// lz-string is CommonJS: its default export works in Vite and in Node alike, named imports only in Vite.
import LZString from "lz-string";
import { type ArgumentMap, LIMITS } from "../model/schema";
import { decompressUriComponentBounded } from "./bounded-decompress";
import { type LoadResult, loadMap } from "./load";
import { canonicalMap } from "./serialize";

export const SHARE_FRAGMENT_KEY = "map";
export const SHARE_LINK_WARN_LENGTH = 8_000;
export const SHARE_LINK_MAX_LENGTH = 2_000_000;

export type ShareLinkLength = "fine" | "long" | "too-long";

/** The fragment for `doc`, without the leading `#`: `map=` and the compressed compact JSON. */
export function encodeShareFragment(doc: ArgumentMap): string {
  return `${SHARE_FRAGMENT_KEY}=${LZString.compressToEncodedURIComponent(JSON.stringify(canonicalMap(doc)))}`;
}

/** A full link: `base` (a page address, any fragment dropped) with the map's fragment. */
export function buildShareLink(base: string, doc: ArgumentMap): string {
  const hash = base.indexOf("#");
  return `${hash < 0 ? base : base.slice(0, hash)}#${encodeShareFragment(doc)}`;
}

export function assessShareLinkLength(link: string): ShareLinkLength {
  if (link.length > SHARE_LINK_MAX_LENGTH) return "too-long";
  if (link.length > SHARE_LINK_WARN_LENGTH) return "long";
  return "fine";
}

/** True when a location fragment (`#…` or without the `#`) carries a map. */
export function isShareFragment(hash: string): boolean {
  return stripHash(hash).startsWith(`${SHARE_FRAGMENT_KEY}=`);
}

/**
 * Reads the map a fragment carries, through the load pipeline in lenient mode (a link made by a newer
 * Warrant still opens, minus what this one does not know). Null when the fragment carries no map.
 */
export function decodeShareFragment(hash: string): LoadResult | null {
  if (!isShareFragment(hash)) return null;
  const payload = stripHash(hash).slice(SHARE_FRAGMENT_KEY.length + 1);
  if (payload.length > SHARE_LINK_MAX_LENGTH) {
    return damaged("too-large", `the link is longer than ${SHARE_LINK_MAX_LENGTH} characters`);
  }
  // Every UTF-8 byte is at most one character, so more characters than the byte limit are too many.
  const decoded = decompressUriComponentBounded(payload, LIMITS.bytes);
  if (!decoded.ok && decoded.reason === "too-large") {
    return damaged(
      "too-large",
      `the link's map is larger than ${LIMITS.bytes / (1024 * 1024)} MB, the limit for a map, so it was not read to the end`,
    );
  }
  if (!decoded.ok || decoded.text === "") {
    return damaged("not-json", "the link is damaged or incomplete: no map could be read from it");
  }
  return loadMap(decoded.text, { mode: "lenient" });
}

function stripHash(hash: string): string {
  return hash.startsWith("#") ? hash.slice(1) : hash;
}

function damaged(kind: "too-large" | "not-json", message: string): LoadResult {
  return { ok: false, kind, errors: [{ path: "$", message }], warnings: [] };
}
