import { describe, expect, it } from "vitest";
import { toVersion1 } from "../../../src/io/to-version-1";
import { formatProblem } from "../../../src/model/problem";
import { smallMap } from "../../helpers/small-map";

describe("writing a map down to version 1", () => {
  it("reports each field it drops where it was, up to the cap, then counts the rest", () => {
    const doc = smallMap();
    doc.nodes = doc.nodes.map((node) => ({ ...node, speech: "OF", addedBy: "Sam" }));
    const { doc: older, dropped } = toVersion1(doc, 4);
    expect(dropped.map(formatProblem)).toEqual([
      'nodes[0].speech: format version 1 has no "speech" field',
      'nodes[0].addedBy: format version 1 has no "addedBy" field',
      'nodes[1].speech: format version 1 has no "speech" field',
      'nodes[1].addedBy: format version 1 has no "addedBy" field',
      "$: and 6 more version-2 fields dropped",
    ]);
    expect(older.nodes.every((node) => !("speech" in node) && !("addedBy" in node))).toBe(true);
  });

  it("never changes the map it was given", () => {
    const doc = smallMap();
    doc.map.student = { name: "Sam" };
    toVersion1(doc);
    expect(doc.map.student).toEqual({ name: "Sam" });
    expect(doc.version).toBe(2);
  });
});
