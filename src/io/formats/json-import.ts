/** Warrant's own format as one more importer: the load pipeline in lenient mode (unknown keys dropped). */
import { loadMap } from "../load";
import type { ImportResult } from "./import-result";

export function importJson(text: string): ImportResult {
  const loaded = loadMap(text, { mode: "lenient" });
  if (!loaded.ok) return { ok: false, kind: loaded.kind, errors: loaded.errors };
  return { ok: true, doc: loaded.doc, dropped: [], warnings: loaded.warnings };
}

/** A JSON object that names itself an argument map. */
export function looksLikeWarrantJson(text: string): boolean {
  return /^\s*\{/.test(text) && /"format"\s*:\s*"argument-map"/.test(text.slice(0, 4096));
}
