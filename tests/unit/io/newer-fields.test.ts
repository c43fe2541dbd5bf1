/**
 * A map saved by a newer Warrant: it opens (leniently), says so, and every field this version does not
 * know goes back out unchanged with the newer version number, through edits of the fields it knows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { NEWER_FIELDS_KEY } from "../../../src/io/newer-fields";
import { serializeMap } from "../../../src/io/serialize";
import { toVersion2 } from "../../../src/io/to-version-2";
import { FORBIDDEN_KEYS } from "../../../src/model/forbidden-keys";
import { deleteNodes, updateNode } from "../../../src/model/operations";
import { formatProblem } from "../../../src/model/problem";
import type { ArgumentMap } from "../../../src/model/schema";
import { validMapArb } from "../../helpers/arbitraries";
import { smallMap } from "../../helpers/small-map";

type Row = Record<string, unknown>;

/** The small map as a version-4 file: fields of its own on the document, the map, points, a relation. */
function newerFile(): Row {
  const doc = smallMap() as unknown as Row & { map: Row; nodes: Row[]; edges: Row[] };
  return {
    ...doc,
    version: 4,
    layers: [{ name: "background" }],
    map: { ...doc.map, theme: "dark" },
    nodes: doc.nodes.map((node, i) =>
      i === 1
        ? { ...node, colour: "teal", icon: { shape: "star" } }
        : i === 3
          ? { ...node, colour: "red" }
          : node,
    ),
    edges: doc.edges.map((edge, i) => (i === 0 ? { ...edge, curve: 0.3 } : edge)),
  };
}

function opened(file: Row): ArgumentMap {
  const result = loadMap(JSON.stringify(file), { mode: "lenient" });
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join("\n"));
  return result.doc;
}

describe("a map from a newer version of Warrant", () => {
  it("opens, and says it came from a newer version and how many fields it keeps", () => {
    const result = loadMap(JSON.stringify(newerFile()), { mode: "lenient" });
    expect(result.ok).toBe(true);
    expect(result.ok && result.doc.version).toBe(3);
    expect(result.warnings.map(formatProblem)).toContain(
      "version: this map was saved by a newer version of Warrant (format version 4); the 6 fields this version does not know are kept as they were and written back unchanged",
    );
  });

  it("is still refused where strict reading is asked for (warrant validate, the library's own copies)", () => {
    const result = loadMap(JSON.stringify(newerFile()), { mode: "strict" });
    expect(result).toMatchObject({ ok: false, kind: "newer-version" });
  });

  it("goes back out as it came when nothing was changed", () => {
    const file = newerFile();
    expect(JSON.parse(serializeMap(opened(file)))).toEqual(file);
  });

  it("keeps the fields through edits of what this version knows, and drops those of a deleted point", () => {
    const reworded = updateNode(opened(newerFile()), "c", { text: "Uniforms cut bullying." });
    if (!reworded.ok) throw new Error(reworded.reason);
    const edited = deleteNodes(reworded.doc, ["k"]);
    const written = JSON.parse(serializeMap(edited)) as Row & { nodes: Row[]; edges: Row[]; map: Row };
    expect(written.version).toBe(4);
    expect(written.layers).toEqual([{ name: "background" }]);
    expect(written.map.theme).toBe("dark");
    expect(written.map.meta).toBeUndefined();
    const claim = written.nodes.find((node) => node.id === "c");
    expect(claim).toMatchObject({ text: "Uniforms cut bullying.", colour: "teal", icon: { shape: "star" } });
    expect(written.nodes.some((node) => node.id === "k")).toBe(false);
    expect(JSON.stringify(written)).not.toContain('"red"');
    expect(written.edges.find((edge) => edge.id === "e1")?.curve).toBe(0.3);
  });

  it("leaves the newer fields out of an older version's file, and says so", () => {
    const { doc, dropped } = toVersion2(opened(newerFile()));
    expect(JSON.stringify(doc)).not.toContain(NEWER_FIELDS_KEY);
    expect(dropped.map(formatProblem)).toContain(
      "map.meta: the fields of a newer version of Warrant that this map carries",
    );
  });

  it("round-trips any valid map with fields of a newer version on its records", () => {
    // A file that names a forbidden key anywhere is refused (forbidden-keys.ts), which another test holds;
    // here the newer fields are ones a file may carry.
    const allowedJson = fc.jsonValue().filter((value) => !hasForbiddenKey(value));
    const extraArb = fc.dictionary(fc.constantFrom("colour", "layer", "z", "note2"), allowedJson, {
      maxKeys: 2,
    });
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(extraArb, { maxLength: 20 }),
        extraArb,
        (doc, extras, top) => {
          const canonical = JSON.parse(serializeMap(doc)) as Row & { nodes: Row[]; edges: Row[] };
          const records = [...canonical.nodes, ...canonical.edges];
          records.forEach((record, i) => {
            Object.assign(record, extras[i] ?? {});
          });
          const file = { ...canonical, ...top, version: 5 };
          const result = loadMap(JSON.stringify(file), { mode: "lenient" });
          if (!result.ok) throw new Error(result.errors.map(formatProblem).join("\n"));
          expect(JSON.parse(serializeMap(result.doc))).toEqual(JSON.parse(JSON.stringify(file)));
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});

function hasForbiddenKey(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, inner]) => FORBIDDEN_KEYS.has(key) || hasForbiddenKey(inner));
}
