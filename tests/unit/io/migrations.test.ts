/**
 * The numbered-migration mechanism, run with made-up steps; the real steps, each exercised by a fixture
 * of the version it upgrades from; the step from version 1 to 2, which changes the number only; and the
 * step from 2 to 3, which moves hand-set positions from the view onto the points.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { MIGRATIONS, type Migration, migrate } from "../../../src/io/migrations";

// An imagined step from "version 0" (where nodes were called "claims") to version 1.
const renameClaims: Migration = {
  from: 0,
  to: 1,
  description: "the list of statements is called nodes",
  migrate: ({ claims, ...rest }) => ({ ...rest, version: 1, nodes: claims }),
};

describe("migrations", () => {
  it("runs each step in order and reports which ran", () => {
    const double: Migration = {
      from: 1,
      to: 2,
      description: "double",
      migrate: (d) => ({ ...d, version: 2, doubled: true }),
    };
    const result = migrate({ version: 0, claims: [] }, 0, [double, renameClaims], 2);
    expect(result).toEqual({
      ok: true,
      raw: { version: 2, nodes: [], doubled: true },
      applied: [renameClaims, double],
      warnings: [],
    });
  });

  it("never changes the document it was given", () => {
    const input = Object.freeze({ version: 0, claims: Object.freeze([]) });
    expect(() => migrate(input, 0, [renameClaims], 1)).not.toThrow();
    expect(input).toEqual({ version: 0, claims: [] });
  });

  it("fails with a message when a step is missing", () => {
    expect(migrate({ version: 0 }, 0, [], 1)).toEqual({
      ok: false,
      message: "format version 0 is not one this version of Warrant can read",
    });
  });

  it("fails when a step does not produce the version it promised", () => {
    const broken: Migration = { from: 0, to: 1, description: "broken", migrate: (d) => ({ ...d }) };
    expect(migrate({ version: 0 }, 0, [broken], 1)).toMatchObject({ ok: false });
  });

  it("leaves a current document alone", () => {
    expect(migrate({ version: 3 }, 3)).toEqual({ ok: true, raw: { version: 3 }, applied: [], warnings: [] });
  });

  it("every registered migration is exercised by a fixture of its starting version", () => {
    const dir = "tests/fixtures/migrations";
    const fixtures = readdirSync(dir).filter((name) => name.endsWith(".json"));
    for (const migration of MIGRATIONS) {
      const name = `v${migration.from}.argmap.json`;
      expect(fixtures, `a fixture ${dir}/${name} for the migration from version ${migration.from}`).toContain(
        name,
      );
      const result = loadMap(readFileSync(`${dir}/${name}`, "utf8"));
      expect(result.ok, `${name} loads through the migrations`).toBe(true);
    }
  });
});

describe("the migration from version 1 to 2", () => {
  const fixture = readFileSync("tests/fixtures/migrations/v1.argmap.json", "utf8");

  it("changes the version number and nothing else", () => {
    const original = JSON.parse(fixture) as Record<string, unknown>;
    expect(original.version).toBe(1);
    const step = MIGRATIONS.find((migration) => migration.from === 1);
    expect(step?.migrate(original)).toEqual({ ...original, version: 2 });
    // The file has no hand-set positions, so the step to 3 changes its number only as well.
    const result = loadMap(fixture);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    expect(result.doc).toEqual({ ...original, version: 3 });
    expect(result.warnings).toEqual(loadMap(fixture.replace('"version": 1', '"version": 2')).warnings);
  });

  it("leaves its input alone", () => {
    const step = MIGRATIONS.find((migration) => migration.from === 1);
    const input = Object.freeze({ version: 1, nodes: Object.freeze([]) });
    expect(step?.migrate(input)).toEqual({ version: 2, nodes: [] });
    expect(input.version).toBe(1);
  });
});

describe("the migration from version 2 to 3", () => {
  const fixture = readFileSync("tests/fixtures/migrations/v2.argmap.json", "utf8");
  const step = MIGRATIONS.find((migration) => migration.from === 2);

  it("puts each hand-set position on its point, drops positions of no point, and keeps the rest of the view", () => {
    const original = JSON.parse(fixture) as {
      nodes: Array<Record<string, unknown>>;
      view: Record<string, unknown>;
    };
    const result = loadMap(fixture);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    expect(result.doc.version).toBe(3);
    expect(result.doc.nodes.map((node) => [node.id, node.position])).toEqual([
      ["t", { x: 0, y: 0 }],
      ["c", undefined],
      ["toString", { x: 260, y: 160 }],
      ["r", undefined],
    ]);
    expect(result.doc.view).toEqual({ collapsed: ["toString"] });
    // Everything else is as the file had it.
    const withoutPositions = result.doc.nodes.map(({ position: _at, ...node }) => node);
    expect(withoutPositions).toEqual(original.nodes);
    expect(result.doc.edges).toEqual(JSON.parse(fixture).edges);
    expect(result.warnings.map((found) => `${found.path}: ${found.message}`)).toContain(
      'view.positions.gone: "gone" is not a node; this position is dropped',
    );
  });

  it("leaves a map without positions, and its input, alone", () => {
    const input = Object.freeze({
      version: 2,
      nodes: Object.freeze([{ id: "a" }]),
      view: Object.freeze({ collapsed: [] }),
    });
    expect(step?.migrate(input)).toEqual({ version: 3, nodes: [{ id: "a" }], view: { collapsed: [] } });
    expect(step?.migrate({ version: 2, nodes: [] })).toEqual({ version: 3, nodes: [] });
    expect(input.version).toBe(2);
  });

  it("drops an empty view rather than writing one", () => {
    const moved = step?.migrate({
      version: 2,
      nodes: [{ id: "a" }],
      view: { positions: { a: { x: 1, y: 2 } } },
    });
    expect(moved).toEqual({ version: 3, nodes: [{ id: "a", position: { x: 1, y: 2 } }] });
  });
});
