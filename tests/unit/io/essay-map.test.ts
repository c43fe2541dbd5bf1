/** The essay map that opens on a first visit: valid, warning-free, and carrying the essay's debate. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeFlow, mapHealth } from "../../../src/analysis";
import { loadMap } from "../../../src/io/load";
import { formatProblem } from "../../../src/model/problem";
import type { ArgumentMap } from "../../../src/model/schema";
import { SHARED_DATA, sharedPathPresent } from "../../helpers/shared-data";

const text = readFileSync("fixtures/icc-essay.argmap.json", "utf8");
// The essay as it was handed to the project, where the checkout has it beside it.
const ESSAY_PATH = join(SHARED_DATA, "..", "seed", "icc-essay.txt");
const essay = sharedPathPresent(ESSAY_PATH) ? readFileSync(ESSAY_PATH, "utf8") : undefined;

function load(): ArgumentMap {
  const result = loadMap(text);
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join("\n"));
  expect(result.warnings.map(formatProblem)).toEqual([]);
  return result.doc;
}

describe("the essay map", () => {
  const doc = load();
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const ofKind = (kind: string) => doc.nodes.filter((node) => node.kind === kind);

  it("has one thesis, about supporting the court", () => {
    expect(ofKind("thesis")).toHaveLength(1);
    expect(ofKind("thesis")[0]?.text).toMatch(/International Criminal Court.*support/);
  });

  it("carries the essay as its source text, and every quote is found in it", () => {
    if (essay !== undefined) expect(doc.map.sourceText).toBe(essay);
    expect(doc.map.sourceText?.startsWith(doc.map.title)).toBe(true);
    for (const node of doc.nodes) expect(doc.map.sourceText).toContain(node.quote);
  });

  it("cites all 13 footnotes, and every evidence node cites one", () => {
    expect(doc.sources?.map((source) => source.id)).toEqual(
      Array.from({ length: 13 }, (_, i) => `fn${i + 1}`),
    );
    for (const node of ofKind("evidence")) expect(node.sourceIds?.length).toBeGreaterThan(0);
    const cited = new Set(doc.nodes.flatMap((node) => node.sourceIds ?? []));
    expect(cited.size).toBe(13);
  });

  it("names the critics the essay answers, and every critique is attacked by a rebuttal or stands conceded", () => {
    const attributions = ofKind("critique").map((node) => node.attribution);
    expect(attributions).toContain("Ku & Nzelibe");
    expect(attributions.every((who) => who !== undefined && who.length > 0)).toBe(true);
    for (const rebuttal of ofKind("rebuttal")) {
      const targets = doc.edges.filter((edge) => edge.from === rebuttal.id && edge.relation === "attack");
      expect(targets.length).toBeGreaterThan(0);
      for (const edge of targets) expect(byId.get(edge.to)?.kind).toBe("critique");
    }
  });

  it("keeps the record's figures and the named events", () => {
    const all = doc.nodes.map((node) => node.text).join("\n");
    for (const fact of [
      "31 cases",
      "10 convictions",
      "4 acquittals",
      "18 judges",
      "BRICS",
      "Duterte",
      "Uganda",
      "Rome Statute",
    ]) {
      expect(all).toContain(fact);
    }
  });

  it("explains each base score in its notes", () => {
    for (const node of doc.nodes) {
      expect(node.base, node.id).toBeTypeOf("number");
      expect(node.notes?.length, node.id).toBeGreaterThan(10);
    }
  });

  it("is a classroom round: every point placed in a speech, the essay's side of it first", () => {
    expect(doc.map.debate?.format).toBe("classroom");
    const flow = computeFlow(doc);
    expect(flow.unplaced).toEqual([]);
    // No point is placed in a speech of the other side.
    for (const speech of flow.speeches) {
      for (const id of speech.points) expect(flow.sideOf.get(id), id).toBe(speech.side);
    }
    expect(flow.speeches.find((speech) => speech.id === "OF")?.points).toContain("t1");
  });

  it("drops exactly the one critique the Health tab finds unanswered, in the essay's rebuttal", () => {
    const unanswered = mapHealth(doc)
      .filter((finding) => finding.check === "unanswered-critique")
      .map((finding) => finding.nodeId);
    expect(unanswered).toHaveLength(1);
    expect(byId.get(unanswered[0] as string)?.kind).toBe("critique");
    const flow = computeFlow(doc);
    expect(flow.dropped).toEqual([{ id: unanswered[0], side: "against", speech: "OA", droppedIn: "RF" }]);
    // The critics' rebuttal is still to come: what the essay's rebuttal says is open, not dropped.
    expect(flow.given.has("RA")).toBe(false);
    const rebuttal = flow.speeches.find((speech) => speech.id === "RF")?.points ?? [];
    expect(flow.open.filter((point) => point.speech === "RF").map((point) => point.id)).toEqual(rebuttal);
  });

  it("has a short presentation whose steps show only the map's points", () => {
    const steps = doc.presentations?.[0]?.steps ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.length).toBeLessThanOrEqual(8);
    for (const step of steps) for (const id of step.show) expect(byId.has(id), id).toBe(true);
    expect(steps[0]?.show).toEqual(["t1"]);
  });
});
