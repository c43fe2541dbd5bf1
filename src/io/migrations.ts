/**
 * Numbered, pure migrations between format versions. Version 1 is the first, so the list is empty; the
 * next format version adds `{ from: 1, to: 2, ... }` here together with a v1 fixture in
 * `tests/fixtures/migrations/`, and the migration test refuses any step that no fixture exercises.
 */
import { CURRENT_VERSION } from "../model/schema";

export type RawDocument = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** What changed in the format, in a sentence, for the changelog and for error messages. */
  description: string;
  /** Must not mutate its input; returns the document in version `to` (with `version` set to it). */
  migrate(document: Readonly<RawDocument>): RawDocument;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; document: RawDocument; applied: Migration[] }
  | { ok: false; message: string };

/** Applies the migrations from `document.version` up to `target`, one numbered step at a time. */
export function migrate(
  document: RawDocument,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  let current = document;
  let version = fromVersion;
  const applied: Migration[] = [];
  while (version < target) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step)
      return { ok: false, message: `format version ${version} is not one this version of Warrant can read` };
    current = step.migrate(current);
    if (current.version !== step.to) {
      return {
        ok: false,
        message: `the upgrade from version ${step.from} did not produce version ${step.to}`,
      };
    }
    applied.push(step);
    version = step.to;
  }
  return { ok: true, document: current, applied };
}
