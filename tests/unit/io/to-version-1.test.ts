import { describe, expect, it } from "vitest";
import { toVersion1 } from "../../../src/io/to-version-1";
import { toVersion2 } from "../../../src/io/to-version-2";
import { formatProblem } from "../../../src/model/problem";
import { prototypeNamedMap } from "../../helpers/prototype-map";
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
    expect(doc.version).toBe(3);
    expect(doc.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });
});

describe("writing a map down to version 2", () => {
  it("puts hand-set positions back in the view, keyed by id, and changes nothing else", () => {
    const doc = smallMap();
    const { doc: older, dropped } = toVersion2(doc);
    expect(older.version).toBe(2);
    expect(older.view).toEqual({ positions: { t: { x: 0, y: 0 } }, collapsed: [] });
    expect(older.nodes.every((node) => !("position" in node))).toBe(true);
    expect(dropped).toEqual([]);
    expect(doc.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it("reports a position it cannot key by its point's id, and keeps the others", () => {
    const { doc: older, dropped } = toVersion2(prototypeNamedMap());
    const named = prototypeNamedMap();
    named.nodes[0] = { ...(named.nodes[0] as (typeof named.nodes)[number]), position: { x: 5, y: 5 } };
    const withConstructor = toVersion2(named);
    expect(older.view?.positions).toEqual({ toString: { x: -600, y: 0 } });
    expect(dropped).toEqual([]);
    expect(withConstructor.doc.view?.positions).toEqual({ toString: { x: -600, y: 0 } });
    expect(withConstructor.dropped.map(formatProblem)).toEqual([
      'nodes[0].position: format version 2 cannot keep the position of a point whose id is "constructor"',
    ]);
  });
});
