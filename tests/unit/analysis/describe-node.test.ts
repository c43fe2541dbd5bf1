/** How explanations name a point: by its author when that names it, by its words when it does not. */
import { describe, expect, it } from "vitest";
import { describeNode } from "../../../src/analysis/describe";
import type { ArgNode } from "../../../src/model/schema";

const essayClaim1: ArgNode = {
  id: "c1",
  kind: "claim",
  text: "x",
  label: "The court has a record",
  attribution: "Essay author",
};
const essayClaim2: ArgNode = {
  id: "c2",
  kind: "claim",
  text: "The court deters atrocities.",
  attribution: "Essay author",
};
const kuCritique: ArgNode = {
  id: "k1",
  kind: "critique",
  text: "No deterrence.",
  attribution: "Ku & Nzelibe",
};
const essayRebuttal: ArgNode = {
  id: "r1",
  kind: "rebuttal",
  text: "Studies find deterrence.",
  attribution: "Essay author",
};
const nodes = [essayClaim1, essayClaim2, kuCritique, essayRebuttal];

describe("describeNode", () => {
  it("names a point by its author when no other point of its kind shares the author", () => {
    expect(describeNode(kuCritique, nodes)).toBe("the critique by Ku & Nzelibe");
    // The only rebuttal by the essay's author: its kind and author name it.
    expect(describeNode(essayRebuttal, nodes)).toBe("the rebuttal by Essay author");
  });

  it("names a point by its label, or the start of its text, when its author makes several of its kind", () => {
    expect(describeNode(essayClaim1, nodes)).toBe("the claim “The court has a record”");
    expect(describeNode(essayClaim2, nodes)).toBe("the claim “The court deters atrocities.”");
  });

  it("uses the author alone when there is nothing to compare with", () => {
    expect(describeNode(essayClaim1)).toBe("the claim by Essay author");
  });
});
