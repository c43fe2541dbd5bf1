/**
 * The one load pipeline for files, local storage and share links:
 * size → parse → forbidden keys → envelope → migrate → validate → integrity.
 * It never throws; it returns the document or every problem found (up to a cap), each located by a path.
 */
import { checkIntegrity } from "../model/integrity";
import { isValidMap } from "../model/map-check";
import type { Problem } from "../model/problem";
import { type ArgumentMap, documentSchema, LIMITS } from "../model/schema";
import { describeIssues } from "../model/schema-issues";
import { dropUnknownKeys } from "./drop-unknown-keys";
import { checkEnvelope } from "./envelope";
import { findForbiddenKeys, mayHoldForbiddenKeys, validMapHoldsForbiddenKeys } from "./forbidden-keys";
import { MIGRATIONS, type Migration, migrate, type RawDocument } from "./migrations";
import { setAsideNewerFields } from "./newer-fields";
import { parseJson } from "./parse-json";
import { pruneStaleIds } from "./prune-stale-ids";
import { fitsInBytes } from "./utf8-size";

export type LoadFailureKind = "not-json" | "too-large" | "not-a-map" | "newer-version" | "invalid";

export type LoadResult =
  | { ok: true; doc: ArgumentMap; warnings: Problem[] }
  | { ok: false; kind: LoadFailureKind; errors: Problem[]; warnings: Problem[] };

export interface LoadOptions {
  /**
   * `strict` (the default, used by `warrant validate`) treats unknown keys as errors; `lenient` (imports
   * in the app) drops them with a warning so that a file from a newer tool still opens.
   */
  mode?: "strict" | "lenient";
  /** Migrations to run; tests pass their own to exercise the mechanism. */
  migrations?: readonly Migration[];
  /**
   * A map of a newer format version: `refuse` it (the default in strict mode), or `keep` it (the default
   * in lenient mode): open it as this version reads it, the fields it does not know set aside and written
   * back unchanged (newer-fields.ts), with a warning that says so.
   */
  newer?: "refuse" | "keep";
}

export function loadMap(text: string, options: LoadOptions = {}): LoadResult {
  try {
    if (!fitsInBytes(text, LIMITS.bytes)) {
      return failure("too-large", [
        {
          path: "$",
          message: `the file is larger than ${LIMITS.bytes / (1024 * 1024)} MB, the limit for a map`,
        },
      ]);
    }
    const parsed = parseJson(text);
    if (!parsed.ok) return failure("not-json", [parsed.error]);
    const value = parsed.value;
    // Most files are valid maps: checked first, such a map is looked at for refused keys only in its
    // free JSON, and is not checked again below. Any other text is scanned, then walked if it has to be.
    if (isValidMap(value)) {
      const checkKeys = validMapHoldsForbiddenKeys(value as ArgumentMap);
      return loadParsed(value, checkKeys, options, true);
    }
    return loadParsed(value, mayHoldForbiddenKeys(text), options);
  } catch (error) {
    return unexpected(error);
  }
}

/** For a value that is already parsed (a clipboard object, a test); it is copied, never modified. */
export function loadMapValue(value: unknown, options: LoadOptions = {}): LoadResult {
  try {
    return loadParsed(structuredClone(value), true, options);
  } catch (error) {
    return unexpected(error);
  }
}

/**
 * For a document the caller has just built and hands over (an importer's output): checked like any
 * other, but not copied first, since nothing else holds it.
 */
export function loadBuiltValue(value: unknown, options: LoadOptions = {}): LoadResult {
  try {
    return loadParsed(value, true, options);
  } catch (error) {
    return unexpected(error);
  }
}

/** `valid` says the value is already known to pass the schema as it is (a current-version map). */
function loadParsed(value: unknown, checkKeys: boolean, options: LoadOptions, valid = false): LoadResult {
  if (checkKeys) {
    const forbidden = findForbiddenKeys(value, LIMITS.problems);
    if (forbidden.length > 0) return failure("invalid", forbidden);
  }
  let envelope = checkEnvelope(value);
  const warnings: Problem[] = [];
  const newer = options.newer ?? (options.mode === "lenient" ? "keep" : "refuse");
  if (!envelope.ok && envelope.kind === "newer-version" && newer === "keep") {
    const raw = value as RawDocument;
    const version = raw.version as number;
    const setAside = setAsideNewerFields(raw, version);
    envelope = checkEnvelope(setAside.raw);
    warnings.push(newerVersionWarning(version, setAside.count));
  }
  if (!envelope.ok) return failure(envelope.kind, [envelope.error]);

  const migrated = migrate(envelope.raw, envelope.version, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return failure("invalid", [{ path: "version", message: migrated.message }], warnings);
  warnings.push(...migrated.warnings);

  const validated = valid
    ? { ok: true as const, doc: migrated.raw as ArgumentMap }
    : validate(migrated.raw, options.mode ?? "strict", warnings);
  if (!validated.ok) return failure("invalid", validated.errors, warnings);

  const integrity = checkIntegrity(validated.doc, LIMITS.problems);
  if (integrity.errors.length > 0) return failure("invalid", integrity.errors, warnings);
  warnings.push(...integrity.warnings);
  return { ok: true, doc: pruneStaleIds(validated.doc), warnings: warnings.slice(0, LIMITS.problems) };
}

function newerVersionWarning(version: number, count: number): Problem {
  const kept =
    count === 0
      ? "it has no field this version does not know"
      : `the ${count === 1 ? "field" : `${count} fields`} this version does not know ${count === 1 ? "is" : "are"} kept as ${count === 1 ? "it was" : "they were"} and written back unchanged`;
  return {
    path: "version",
    message: `this map was saved by a newer version of Warrant (format version ${version}); ${kept}`,
  };
}

type Validated = { ok: true; doc: ArgumentMap } | { ok: false; errors: Problem[] };

function validate(document: RawDocument, mode: "strict" | "lenient", warnings: Problem[]): Validated {
  // Most documents are valid: a hand-written check answers them without zod's per-value allocations.
  if (isValidMap(document)) return { ok: true, doc: document as ArgumentMap };
  let candidate: unknown = document;
  if (mode === "lenient") {
    const dropped = dropUnknownKeys(document);
    warnings.push(...dropped.warnings.slice(0, LIMITS.problems));
    candidate = dropped.raw;
  }
  const result = documentSchema.safeParse(candidate);
  if (result.success) return { ok: true, doc: result.data };
  return { ok: false, errors: describeIssues(result.error.issues, candidate, LIMITS.problems) };
}

function failure(kind: LoadFailureKind, errors: Problem[], warnings: Problem[] = []): LoadResult {
  return { ok: false, kind, errors: errors.slice(0, LIMITS.problems), warnings };
}

function unexpected(error: unknown): LoadResult {
  const reason = error instanceof Error ? error.message : String(error);
  return failure("invalid", [{ path: "$", message: `could not be read (${reason})` }]);
}
