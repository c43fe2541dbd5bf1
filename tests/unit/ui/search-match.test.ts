import { describe, expect, it } from "vitest";
import { findMatches, nodeMatches, queryTerms } from "../../../src/store/explore/search-match";
import { node } from "./graph-arbitrary";

const nodes = [
  node("k1", "critique", {
    label: "Ku & Nzelibe: no meaningful deterrence",
    attribution: "Ku & Nzelibe",
    text: "Prosecutions will not deter.",
  }),
  node("c1", "claim", { text: "The court deters atrocities.", tags: ["deterrence", "record"] }),
  node("n1", "claim", { text: "Unrelated.", notes: "Nzelibe is discussed here, in the notes only." }),
  node("a1", "evidence", { text: "Évidence from Côte d’Ivoire.", attribution: "Human Rights Watch" }),
];

describe("search", () => {
  it("finds a name in the label and the attribution, but not in notes", () => {
    expect(findMatches(nodes, "Nzelibe")).toEqual(["k1"]);
  });

  it("ignores case and accents", () => {
    expect(findMatches(nodes, "nzélibe")).toEqual(["k1"]);
    expect(findMatches(nodes, "cote d’ivoire")).toEqual(["a1"]);
  });

  it("searches tags", () => {
    expect(findMatches(nodes, "record")).toEqual(["c1"]);
  });

  it("needs every word of the query, in any field", () => {
    expect(findMatches(nodes, "deter ku")).toEqual(["k1"]);
    expect(findMatches(nodes, "deter watch")).toEqual([]);
  });

  it("finds nothing for an empty or blank query", () => {
    expect(findMatches(nodes, "")).toEqual([]);
    expect(findMatches(nodes, "   ")).toEqual([]);
    expect(nodeMatches(nodes[0] as (typeof nodes)[0], [])).toBe(false);
  });

  it("splits a query into normalised words", () => {
    expect(queryTerms("  Human   RIGHTS ")).toEqual(["human", "rights"]);
  });
});
