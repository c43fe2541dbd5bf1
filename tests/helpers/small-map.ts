/** A small valid map that the rule tests change one thing in at a time. */
import type { ArgumentMap } from "../../src/model/schema";

export function smallMap(): ArgumentMap {
  return {
    format: "argument-map",
    version: 3,
    map: {
      id: "small",
      title: "School uniforms",
      sourceText: "Uniforms reduce bullying, a survey found. Critics say they limit expression.",
      createdAt: "2026-11-28T10:00:00.000Z",
      updatedAt: "2026-11-28T10:00:00.000Z",
    },
    nodes: [
      { id: "t", kind: "thesis", text: "Schools should require uniforms.", position: { x: 0, y: 0 } },
      {
        id: "c",
        kind: "claim",
        text: "Uniforms reduce bullying.",
        base: 0.7,
        quote: "Uniforms reduce bullying",
      },
      { id: "ev", kind: "evidence", text: "A survey found less bullying.", sourceIds: ["s1"] },
      { id: "k", kind: "critique", text: "Uniforms limit expression.", attribution: "Critics" },
      { id: "r", kind: "rebuttal", text: "Expression has other outlets." },
    ],
    edges: [
      { id: "e1", from: "c", to: "t", relation: "support" },
      { id: "e2", from: "ev", to: "c", relation: "support" },
      { id: "e3", from: "k", to: "t", relation: "attack" },
      { id: "e4", from: "r", to: "k", relation: "attack" },
    ],
    sources: [{ id: "s1", citation: "School survey, 2020", url: "https://example.org/survey", page: "12" }],
    view: { collapsed: [] },
  };
}

/** The small map as format version 1 wrote it: the same points, positions kept in the view by id. */
export function smallMapVersion1(): Record<string, unknown> {
  const doc = smallMap();
  return {
    ...doc,
    version: 1,
    nodes: doc.nodes.map(({ position: _at, ...node }) => node),
    view: { positions: { t: { x: 0, y: 0 } }, collapsed: [] },
  };
}

/** Runs `change` on a fresh copy of the small map and returns it as JSON text. */
export function changed(change: (doc: ArgumentMap & Record<string, unknown>) => void): string {
  const doc = smallMap() as ArgumentMap & Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
}
