import { describe, expect, it } from "vitest";
import {
  buildStructure,
  childLinks,
  parentLinks,
  structuralRoots,
} from "../../../src/store/explore/argument-structure";
import { edge, node } from "./graph-arbitrary";

describe("the structure of a map", () => {
  const structure = buildStructure({
    nodes: [node("t", "thesis"), node("c"), node("ev", "evidence"), node("k", "critique"), node("lone")],
    edges: [
      edge("e1", "c", "t"),
      edge("e2", "ev", "c"),
      edge("e3", "k", "e2", "undercut"),
      edge("e4", "ghost", "t"),
    ],
  });

  it("lists what argues about a node as its children, in edge order", () => {
    expect(childLinks(structure, "t").map((link) => link.child)).toEqual(["c"]);
    expect(childLinks(structure, "c").map((link) => link.child)).toEqual(["ev", "k"]);
  });

  it("places an undercut under the head of the relation it questions", () => {
    const [undercut] = parentLinks(structure, "k");
    expect(undercut).toMatchObject({ parent: "c", relation: "undercut", undercutEdgeId: "e2" });
  });

  it("skips edges whose ends are missing", () => {
    expect(parentLinks(structure, "ghost")).toEqual([]);
  });

  it("finds the tops of the map in document order", () => {
    expect(structuralRoots(structure)).toEqual(["t", "lone"]);
  });
});
