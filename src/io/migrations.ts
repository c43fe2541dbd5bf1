/**
 * Numbered, pure migrations between format versions. Each step comes with a fixture of the version it
 * upgrades from in `tests/fixtures/migrations/`, and the migration test refuses any step that no fixture
 * exercises.
 */
import { CURRENT_VERSION } from "../model/schema";

export type RawDocument = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** What changed in the format, in a sentence, for the changelog and for error messages. */
  description: string;
  /** Must not mutate its input; returns the raw in version `to` (with `version` set to it). */
  migrate(raw: Readonly<RawDocument>): RawDocument;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    // Version 2 only added optional fields, so every version-1 document is already a version-2 one.
    description: "optional fields for debates, presentations and the classroom",
    migrate: (raw) => ({ ...raw, version: 2 }),
  },
];

export type MigrationResult =
  | { ok: true; raw: RawDocument; applied: Migration[] }
  | { ok: false; message: string };

/** Applies the migrations from `raw.version` up to `target`, one numbered step at a time. */
export function migrate(
  raw: RawDocument,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  let current = raw;
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
  return { ok: true, raw: current, applied };
}
