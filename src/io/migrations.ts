/**
 * Numbered, pure migrations between format versions. Each step comes with a fixture of the version it
 * upgrades from in `tests/fixtures/migrations/`, and the migration test refuses any step that no fixture
 * exercises.
 */
import { type Problem, problem } from "../model/problem";
import { CURRENT_VERSION } from "../model/schema";

export type RawDocument = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** What changed in the format, in a sentence, for the changelog and for error messages. */
  description: string;
  /**
   * Must not mutate its input; returns the raw in version `to` (with `version` set to it). What it has to
   * leave behind is reported through `warn`, so that nothing is dropped silently.
   */
  migrate(raw: Readonly<RawDocument>, warn?: (found: Problem) => void): RawDocument;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    // Version 2 only added optional fields, so every version-1 document is already a version-2 one.
    description: "optional fields for debates, presentations and the classroom",
    migrate: (raw) => ({ ...raw, version: 2 }),
  },
  {
    from: 2,
    to: 3,
    description: "positions set by hand are kept on the points, not in view.positions",
    migrate: positionsOntoNodes,
  },
];

/**
 * Version 3 keeps a point's hand-set position on the point (`nodes[].position`). A position under an id
 * that names no point was dropped with a warning on loading before, and is here too; the rest of `view`
 * stays.
 */
function positionsOntoNodes(
  raw: Readonly<RawDocument>,
  warn: (found: Problem) => void = () => {},
): RawDocument {
  const view = raw.view;
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isRecord(view) || !("positions" in view)) return { ...raw, version: 3 };
  const { positions, ...restOfView } = view;
  const nodes =
    Array.isArray(raw.nodes) && isRecord(positions)
      ? raw.nodes.map((node: unknown) => {
          if (!isRecord(node) || typeof node.id !== "string" || !Object.hasOwn(positions, node.id))
            return node;
          return { ...node, position: positions[node.id] };
        })
      : raw.nodes;
  if (isRecord(positions)) {
    const ids = new Set(
      Array.isArray(raw.nodes) ? raw.nodes.map((node: unknown) => isRecord(node) && node.id) : [],
    );
    for (const id of Object.keys(positions)) {
      if (!ids.has(id))
        warn(
          problem(["view", "positions", id], `${JSON.stringify(id)} is not a node; this position is dropped`),
        );
    }
  }
  const next: RawDocument = { ...raw, version: 3, nodes };
  if (Object.keys(restOfView).length > 0) next.view = restOfView;
  else delete next.view;
  return next;
}

export type MigrationResult =
  | { ok: true; raw: RawDocument; applied: Migration[]; warnings: Problem[] }
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
  const warnings: Problem[] = [];
  while (version < target) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step)
      return { ok: false, message: `format version ${version} is not one this version of Warrant can read` };
    current = step.migrate(current, (found) => warnings.push(found));
    if (current.version !== step.to) {
      return {
        ok: false,
        message: `the upgrade from version ${step.from} did not produce version ${step.to}`,
      };
    }
    applied.push(step);
    version = step.to;
  }
  return { ok: true, raw: current, applied, warnings };
}
