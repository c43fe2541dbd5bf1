import { describe, expect, it } from "vitest";
import {
  filterOptions,
  NO_FILTERS,
  passesFilters,
  passingIds,
} from "../../../src/store/explore/node-filters";
import { node } from "./graph-arbitrary";

const nodes = [
  node("k1", "critique", { tags: ["deterrence"], attribution: "Ku & Nzelibe" }),
  node("k2", "critique", { tags: ["sovereignty"], attribution: "Critics" }),
  node("c1", "claim", { tags: ["deterrence", "record"], attribution: "Essay author" }),
  node("c2", "claim"),
];

describe("filters", () => {
  it("pass everything, and dim nothing, when none is set", () => {
    expect(passingIds(nodes, NO_FILTERS)).toBeNull();
  });

  it("accept any chosen value within a facet and require every facet", () => {
    expect([
      ...(passingIds(nodes, { kinds: ["critique", "claim"], tags: [], attributions: [] }) ?? []),
    ]).toEqual(["k1", "k2", "c1", "c2"]);
    expect([
      ...(passingIds(nodes, { kinds: ["critique"], tags: ["deterrence"], attributions: [] }) ?? []),
    ]).toEqual(["k1"]);
    expect(
      passesFilters(nodes[3] as (typeof nodes)[3], { kinds: [], tags: [], attributions: ["Critics"] }),
    ).toBe(false);
  });

  it("offer the tags and attributions in use, most used first", () => {
    const options = filterOptions(nodes);
    expect(options.tags).toEqual([
      { value: "deterrence", count: 2 },
      { value: "record", count: 1 },
      { value: "sovereignty", count: 1 },
    ]);
    expect(options.attributions.map((option) => option.value)).toEqual([
      "Critics",
      "Essay author",
      "Ku & Nzelibe",
    ]);
  });
});
