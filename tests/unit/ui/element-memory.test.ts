/**
 * The canvas keeps the nodes of its last build in a memory updated in place, not made again for every
 * build. Over any run of versions (points added, dropped, retyped, moved, selected), each build must be
 * what a build from the last one alone makes, and keep every node nothing changed as the same object.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArgNode, NodeKind, Position } from "../../../src/model/schema";
import { type ArgumentCanvasNode, buildCanvasNodes } from "../../../src/ui/canvas/canvas-elements";
import { rememberBuilt } from "../../../src/ui/canvas/element-memory";

const IDS = ["a", "b", "c", "d", "e", "f", "g", "h"];

interface Version {
  ids: string[];
  records: Map<string, ArgNode>;
  positions: Map<string, Position>;
  selected: Set<string>;
}

const kindArb = fc.constantFrom<NodeKind>("claim", "evidence", "critique");

/** A version of the canvas: which points are on it, in what order, and their words, places and selection. */
const versionArb = fc.record({
  ids: fc.subarray(IDS),
  words: fc.array(fc.constantFrom("one", "two"), { minLength: IDS.length, maxLength: IDS.length }),
  kinds: fc.array(kindArb, { minLength: IDS.length, maxLength: IDS.length }),
  xs: fc.array(fc.constantFrom(0, 100), { minLength: IDS.length, maxLength: IDS.length }),
  selected: fc.subarray(IDS),
});

/** Records stay the same objects while their words and kind do, as edits share what they keep. */
function versionOf(
  { ids, words, kinds, xs, selected }: typeof versionArb extends fc.Arbitrary<infer T> ? T : never,
  earlier: Version | null,
): Version {
  const records = new Map<string, ArgNode>();
  const positions = new Map<string, Position>();
  IDS.forEach((id, i) => {
    const kept = earlier?.records.get(id);
    const fresh = { id, kind: kinds[i] as NodeKind, text: words[i] as string };
    records.set(id, kept && kept.text === fresh.text && kept.kind === fresh.kind ? kept : fresh);
    positions.set(id, { x: xs[i] as number, y: 0 });
  });
  return { ids, records, positions, selected: new Set(selected) };
}

function build(version: Version, previous: ReadonlyMap<string, ArgumentCanvasNode>) {
  return buildCanvasNodes(
    version.ids,
    (id) => version.records.get(id),
    (id) => version.positions.get(id) as Position,
    previous,
    version.selected,
  );
}

describe("the canvas's memory of its last build", () => {
  it("builds what a build from the last one alone builds, reusing every node nothing changed", () => {
    fc.assert(
      fc.property(fc.array(versionArb, { minLength: 1, maxLength: 12 }), (raws) => {
        const memory = new Map<string, ArgumentCanvasNode>();
        let last: ArgumentCanvasNode[] = [];
        let earlier: Version | null = null;
        for (const raw of raws) {
          const version = versionOf(raw, earlier);
          const fromLast = build(version, new Map(last.map((node) => [node.id, node])));
          const built = build(version, memory);
          rememberBuilt(memory, built);
          expect(built).toEqual(fromLast);
          // A node the last build had and nothing changed is the very same object either way.
          built.forEach((node, i) => {
            if (last.includes(fromLast[i] as ArgumentCanvasNode)) expect(node).toBe(fromLast[i]);
          });
          for (const node of built) expect(memory.get(node.id)).toBe(node);
          expect(memory.size).toBeLessThanOrEqual(2 * built.length);
          last = built;
          earlier = version;
        }
      }),
    );
  });
});
