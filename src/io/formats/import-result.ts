/**
 * What every importer returns: a map that passed the one load pipeline, with the list of what the
 * source held that the map could not carry; or the located problems that stopped it. An importer
 * never hands back half a map.
 */
import type { Problem } from "../../model/problem";
import type { ArgumentMap } from "../../model/schema";
import { InputRefused } from "../input-limits";
import { type LoadFailureKind, loadBuiltValue } from "../load";

export type ImportResult =
  | { ok: true; doc: ArgumentMap; dropped: string[]; warnings: Problem[] }
  | { ok: false; kind: ImportFailureKind; errors: Problem[] };

/** `unreadable`: the text is not in the format it was read as (syntax, shape); the rest come from loading. */
export type ImportFailureKind = "unreadable" | LoadFailureKind;

export function unreadable(errors: Problem[]): ImportResult {
  return { ok: false, kind: "unreadable", errors };
}

/** Runs a built document through the load pipeline, so an imported map obeys every rule a saved one does. */
export function finishImport(raw: ArgumentMap, dropped: readonly string[]): ImportResult {
  const loaded = loadBuiltValue(raw, { mode: "strict" });
  if (!loaded.ok) return { ok: false, kind: loaded.kind, errors: loaded.errors };
  return { ok: true, doc: loaded.doc, dropped: [...dropped], warnings: loaded.warnings };
}

/** An importer's own failure must not escape as an exception: it becomes one located problem. */
export function guardImport(run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputRefused) {
      return { ok: false, kind: error.tooLarge ? "too-large" : "unreadable", errors: [error.problem] };
    }
    // Every reader bounds its nesting first; a stack still exhausted is reported in words, not as an error.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return unreadable([{ path: "$", message: "the file nests too deeply to be read" }]);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return unreadable([{ path: "$", message: `could not be read (${reason})` }]);
  }
}
