/** The rules of format v1 that only warn: each case loads, and carries the expected warning. */
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { formatProblem } from "../../../src/model/problem";
import type { ArgumentMap } from "../../../src/model/schema";
import { changed, smallMap } from "../../helpers/small-map";

type Doc = ArgumentMap & Record<string, unknown>;

function warningsOf(change: (doc: Doc) => void): string[] {
  const result = loadMap(changed(change));
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join("\n"));
  return result.warnings.map(formatProblem);
}

const CASES: Array<[string, (doc: Doc) => void, string]> = [
  [
    "a critique that attacks nothing",
    (d) => void (d.edges = d.edges.filter((e) => e.id !== "e3")),
    'nodes[3]: the critique "k" does not attack or undercut anything',
  ],
  [
    "a rebuttal that attacks nothing",
    (d) => void (d.edges = d.edges.filter((e) => e.id !== "e4")),
    'nodes[4]: the rebuttal "r" does not attack or undercut anything',
  ],
  [
    "a rebuttal aimed at a claim",
    (d) => d.edges.push({ id: "e5", from: "r", to: "c", relation: "attack" }),
    'nodes[4]: the rebuttal "r" attacks "c", which is not a critique',
  ],
  [
    "evidence without a source",
    (d) => void delete d.nodes[2]?.sourceIds,
    'nodes[2].sourceIds: the evidence "ev" cites no source',
  ],
  [
    "no thesis",
    (d) => void ((d.nodes[0] as { kind: string }).kind = "claim"),
    'nodes: the map has no thesis; mark its main contention with kind "thesis"',
  ],
  [
    "two theses",
    (d) => void ((d.nodes[1] as { kind: string }).kind = "thesis"),
    "nodes: the map has 2 theses; a map usually has one main contention",
  ],
  [
    "a cycle of support",
    (d) => d.edges.push({ id: "e5", from: "t", to: "ev", relation: "support" }),
    "nodes[0]: these nodes support or attack one another in a circle: t, c, ev",
  ],
  [
    "a node attacking itself",
    (d) => d.edges.push({ id: "e5", from: "k", to: "k", relation: "attack" }),
    'edges[4]: "k" attacks itself',
  ],
  [
    "an isolated node",
    (d) => d.nodes.push({ id: "lone", kind: "claim", text: "Alone." }),
    'nodes[5]: "lone" is not connected to any other node',
  ],
  [
    "a quote missing from the source text",
    (d) => void ((d.nodes[1] as { quote: string }).quote = "not in the text"),
    "nodes[1].quote: this quote is not found word for word in the map's source text",
  ],
  [
    "a position for no node, in a version-2 file",
    (d) => {
      (d as { version: number }).version = 2;
      for (const node of d.nodes) delete node.position;
      (d.view as { positions: object }).positions = { ghost: { x: 1, y: 2 } };
    },
    'view.positions.ghost: "ghost" is not a node; this position is dropped',
  ],
  [
    "a collapsed entry for no node",
    (d) => void ((d.view as { collapsed: string[] }).collapsed = ["ghost"]),
    'view.collapsed[0]: "ghost" is not a node; this entry is dropped',
  ],
];

describe("rules that only warn", () => {
  it("the small map has no warnings", () => {
    expect(warningsOf(() => {})).toEqual([]);
  });

  it.each(CASES)("warns about %s", (_name, change, expected) => {
    expect(warningsOf(change)).toContain(expected);
  });

  it("a self-attack is legal and is not also reported as a cycle", () => {
    const lines = warningsOf((d) => d.edges.push({ id: "e5", from: "k", to: "k", relation: "attack" }));
    expect(lines.filter((line) => line.includes("circle"))).toEqual([]);
  });

  it("drops view entries that name no node from the loaded map", () => {
    const result = loadMap(
      changed(
        (d) =>
          void (d.view = {
            collapsed: ["ghost", "k"],
          }),
      ),
    );
    expect(result.ok && result.doc.view).toEqual({ collapsed: ["k"] });
  });

  it("does not warn about quotes when the map has no source text", () => {
    const lines = warningsOf((d) => {
      delete d.map.sourceText;
      (d.nodes[1] as { quote: string }).quote = "anything";
    });
    expect(lines).toEqual([]);
  });

  it("the small map is unchanged by loading", () => {
    const result = loadMap(JSON.stringify(smallMap()));
    expect(result.ok && result.doc).toEqual(smallMap());
  });
});
