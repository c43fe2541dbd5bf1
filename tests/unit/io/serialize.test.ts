import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { serializeMap } from "../../../src/io/serialize";
import type { ArgumentMap } from "../../../src/model/schema";
import { smallMap } from "../../helpers/small-map";

describe("the canonical form", () => {
  it("writes keys in the order the format lists them, whatever order they came in", () => {
    const shuffled = {
      view: { collapsed: [], positions: { t: { y: 2, x: 1 } } },
      edges: [{ relation: "support", to: "t", from: "c", id: "e1", weight: 0.5 }],
      nodes: [
        { text: "T", kind: "thesis", id: "t" },
        {
          notes: "n",
          quote: "q",
          sourceIds: [],
          tags: ["a"],
          attribution: "A",
          base: 0.2,
          label: "L",
          text: "C",
          kind: "claim",
          id: "c",
        },
      ],
      map: { updatedAt: "2026-11-28T10:00:00.000Z", title: "M", id: "m" },
      version: 1,
      format: "argument-map",
    } as unknown as ArgumentMap;
    expect(serializeMap(shuffled)).toBe(
      `${JSON.stringify(
        {
          format: "argument-map",
          version: 1,
          map: { id: "m", title: "M", updatedAt: "2026-11-28T10:00:00.000Z" },
          nodes: [
            { id: "t", kind: "thesis", text: "T" },
            {
              id: "c",
              kind: "claim",
              text: "C",
              label: "L",
              base: 0.2,
              attribution: "A",
              tags: ["a"],
              sourceIds: [],
              quote: "q",
              notes: "n",
            },
          ],
          edges: [{ id: "e1", from: "c", to: "t", relation: "support", weight: 0.5 }],
          view: { positions: { t: { x: 1, y: 2 } }, collapsed: [] },
        },
        null,
        2,
      )}\n`,
    );
  });

  it("does not write defaults that were not given", () => {
    const text = serializeMap(smallMap());
    expect(text).not.toContain('"weight"');
    expect(text).not.toContain('"base": 0.5');
  });

  it("keeps text exactly as given, whitespace and all", () => {
    const doc = smallMap();
    (doc.nodes[0] as { text: string }).text = "  Two\nlines\twith <b>tags</b> & 🙂  ";
    const result = loadMap(serializeMap(doc));
    expect(result.ok && result.doc.nodes[0]?.text).toBe("  Two\nlines\twith <b>tags</b> & 🙂  ");
  });

  it("drops view entries that name no node", () => {
    const doc = smallMap();
    doc.view = { collapsed: ["gone", "t"] };
    expect(JSON.parse(serializeMap(doc)).view).toEqual({ collapsed: ["t"] });
  });

  it("gives back the same bytes for a canonical file: load, then save", () => {
    const canonical = serializeMap(smallMap());
    const result = loadMap(canonical);
    expect(result.ok && serializeMap(result.doc)).toBe(canonical);
  });

  it("the essay map is stored in canonical form", () => {
    const text = readFileSync("fixtures/icc-essay.argmap.json", "utf8");
    const result = loadMap(text);
    expect(result.ok && serializeMap(result.doc)).toBe(text);
  });
});
