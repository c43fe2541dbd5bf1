/**
 * The first look at parsed JSON: is it an argument map at all, which version, and is it within the
 * size limits? Failing here gives one clear message instead of hundreds of schema problems.
 */
import type { Problem } from "../model/problem";
import { CURRENT_VERSION, FORMAT_TAG, LIMITS } from "../model/schema";
import type { RawDocument } from "./migrations";

export type EnvelopeResult =
  | { ok: true; raw: RawDocument; version: number }
  | { ok: false; kind: "not-a-map" | "newer-version" | "too-large" | "invalid"; error: Problem };

export function checkEnvelope(value: unknown): EnvelopeResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return notAMap(
      "$",
      `this is ${describe(value)}, not an argument map (a JSON object with "format": "${FORMAT_TAG}")`,
    );
  }
  const raw = value as RawDocument;
  if (raw.format !== FORMAT_TAG) {
    return raw.format === undefined
      ? notAMap("format", `is missing; an argument map starts with "format": "${FORMAT_TAG}"`)
      : notAMap("format", `is ${JSON.stringify(raw.format)}; an argument map has "format": "${FORMAT_TAG}"`);
  }
  const version = raw.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      kind: "invalid",
      error: {
        path: "version",
        message: `should be a whole number such as ${CURRENT_VERSION}, not ${JSON.stringify(version ?? null)}`,
      },
    };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      kind: "newer-version",
      error: {
        path: "version",
        message: `this map is in format version ${version}, newer than this version of Warrant reads (up to ${CURRENT_VERSION}); update Warrant to open it`,
      },
    };
  }
  for (const key of ["nodes", "edges"] as const) {
    const list = raw[key];
    if (Array.isArray(list) && list.length > LIMITS[key]) {
      return {
        ok: false,
        kind: "too-large",
        error: { path: key, message: `the map has ${list.length} ${key}; the limit is ${LIMITS[key]}` },
      };
    }
  }
  return { ok: true, raw, version };
}

function notAMap(path: string, message: string): EnvelopeResult {
  return { ok: false, kind: "not-a-map", error: { path, message } };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}
