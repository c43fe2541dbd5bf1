import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis";
import type { ArgumentMap } from "../../../src/model/schema";
import { layoutFlow } from "../../../src/ui/flow/flow-layout";
import { extendPoint } from "../../../src/ui/flow/flow-moves";
import { buildMap, edgeId } from "../analysis/map-builder";

function placed(doc: ArgumentMap, speeches: Record<string, string>, format?: string): ArgumentMap {
  return {
    ...doc,
    map: { ...doc.map, ...(format ? { debate: { format } } : {}) },
    nodes: doc.nodes.map((node) => (speeches[node.id] ? { ...node, speech: speeches[node.id] } : node)),
  };
}

const layout = (doc: ArgumentMap) => layoutFlow(doc, computeFlow(doc));

describe("the flow layout", () => {
  const doc = placed(
    buildMap(
      {
        t: { kind: "thesis", label: "Uniforms" },
        c: { kind: "claim" },
        k1: { kind: "critique" },
        k2: { kind: "critique" },
        r: { kind: "rebuttal" },
        loose: { kind: "claim" },
      },
      [
        ["c", "support", "t"],
        ["k1", "attack", "t"],
        ["k2", "attack", "c"],
        ["r", "attack", "k1"],
        ["r", "attack", "k2"],
      ],
    ),
    { t: "OF", c: "OF", k1: "OA", k2: "OA", r: "RF" },
  );

  it("has one column per speech, named, with its side and minutes", () => {
    const { columns } = layout(doc);
    expect(columns.map((column) => [column.speechId, column.side, column.sideName, column.minutes])).toEqual([
      ["OF", "for", "For", 4],
      ["OA", "against", "Against", 4],
      ["RF", "for", "For", 3],
      ["RA", "against", "Against", 3],
    ]);
    expect(columns[0]?.name).toBe("Opening for");
  });

  it("places an answer level with the first point it answers", () => {
    const { columns } = layout(doc);
    const row = (id: string) => columns.flatMap((column) => column.cells).find((cell) => cell.id === id)?.row;
    expect(row("t")).toBe(0);
    expect(row("c")).toBe(1);
    expect(row("k1")).toBe(0); // answers t
    expect(row("k2")).toBe(1); // answers c
    expect(row("r")).toBe(0); // answers k1 (row 0) and k2 (row 1): the first
    expect(columns[0]?.cells[0]?.words).toBe("Uniforms");
  });

  it("places an extension level with the point it extends, however far down that point is", () => {
    // The OA's second critique, on the second row, carried into the RA, where nothing is above it.
    const extended = extendPoint(doc, "k2");
    if (!extended.ok) throw new Error(extended.reason);
    const { columns } = layout(extended.doc);
    const row = (id: string) => columns.flatMap((column) => column.cells).find((cell) => cell.id === id)?.row;
    expect(extended.speech).toBe("RA");
    expect(row("k2")).toBe(1);
    expect(row(extended.id)).toBe(row("k2"));
    // What answers a point still lines up with it: the rebuttal keeps the first row.
    expect(row("r")).toBe(0);
  });

  it("names the cross-examination after a speech with that speech, as the format orders them", () => {
    const policy = placed(doc, { t: "1AC", c: "1AC", k1: "1NC", k2: "1NC", r: "2AC" }, "policy");
    const format = computeFlow(policy).format;
    const { columns } = layout(policy);
    for (const column of columns) {
      const at = format.periods.findIndex((period) => period.id === column.speechId);
      const next = format.periods[at + 1];
      expect(column.crossAfter?.id).toBe(next?.kind === "cross-examination" ? next.id : undefined);
    }
    expect(columns[0]?.crossAfter).toMatchObject({ minutes: 3, who: `${format.againstSide} asks` });
    // A format without cross-examinations names none.
    expect(layout(doc).columns.every((column) => column.crossAfter === undefined)).toBe(true);
  });

  it("draws one link per answer, a point answering two with two links, never a copy of the cell", () => {
    const { links, columns } = layout(doc);
    expect(
      links
        .filter((link) => link.from === "r")
        .map((link) => link.to)
        .sort(),
    ).toEqual(["k1", "k2"]);
    expect(columns[2]?.cells.filter((cell) => cell.id === "r")).toHaveLength(1);
    expect(links.find((link) => link.from === "k1")).toMatchObject({
      edgeId: edgeId("k1", "attack", "t"),
      to: "t",
      relation: "attack",
      fromColumn: 1,
      toColumn: 0,
    });
  });

  it("links across columns far apart, and names the response", () => {
    const far = placed(
      buildMap({ t: { kind: "thesis" }, k: { kind: "critique" }, r: { kind: "rebuttal" } }, [
        ["k", "attack", "t"],
        ["r", "attack", "k"],
      ]),
      { t: "1AC", k: "1NC", r: "2AR" },
      "policy",
    );
    far.edges = far.edges.map((edge) => (edge.from === "r" ? { ...edge, response: "turn" as const } : edge));
    const link = layout(far).links.find((candidate) => candidate.from === "r");
    expect(link).toMatchObject({ fromColumn: 7, toColumn: 1, response: "turn" });
  });

  it("marks dropped cells with the speech that should have answered them, and lists unplaced points apart", () => {
    // The rebuttal against is given (k3 is in it) and leaves the rebuttal r unanswered.
    const given = placed(
      {
        ...doc,
        nodes: [...doc.nodes, { id: "k3", kind: "critique", text: "Late." }],
        edges: [...doc.edges, { id: "k3t", from: "k3", to: "t", relation: "attack" }],
      },
      { k3: "RA" },
    );
    const { columns, unplaced } = layout(given);
    const cells = new Map(columns.flatMap((column) => column.cells).map((cell) => [cell.id, cell]));
    expect(cells.get("r")?.droppedIn).toBe("RA");
    expect(cells.get("k1")?.droppedIn).toBeUndefined();
    expect(unplaced.map((cell) => cell.id)).toEqual(["loose"]);
  });
});
