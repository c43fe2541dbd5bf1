import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis/flow";
import { runCli } from "../../../src/cli/main";
import { loadMap } from "../../../src/io/load";
import { serializeMap } from "../../../src/io/serialize";
import { toVersion2 } from "../../../src/io/to-version-2";
import { customFormatProblems } from "../../../src/model/custom-format";
import { debateFormat, flowSpeeches, formatOfMap } from "../../../src/model/debate-formats";
import type { CustomFormat, CustomSpeech } from "../../../src/model/schema";
import { memoryIo } from "../../helpers/memory-io";
import { smallMap } from "../../helpers/small-map";

const clubRound: CustomFormat = {
  name: "Club round",
  speeches: [
    { id: "A1", name: "First for", side: "for", minutes: 5 },
    { id: "N1", name: "First against", side: "against", minutes: 5 },
    { id: "A2", name: "Reply for", side: "for", minutes: 3, team: "Seniors" },
  ],
  prepMinutes: 2,
};

function roundWith(format: CustomFormat | string, speeches: Record<string, string>) {
  const doc = smallMap();
  doc.map.debate = { format };
  doc.nodes = doc.nodes.map((node) => {
    const speech = speeches[node.id];
    return speech === undefined ? node : { ...node, speech };
  });
  return doc;
}

describe("a custom format saved in the map", () => {
  it("is read with its own speeches, sides, minutes and teams, and the drop rule runs on it", () => {
    const doc = roundWith(clubRound, { t: "A1", c: "A1", k: "N1" });
    const flow = computeFlow(doc);
    expect(flow.format.name).toBe("Club round");
    expect(flowSpeeches(flow.format).map((s) => [s.id, s.side, s.minutes, s.team])).toEqual([
      ["A1", "for", 5, undefined],
      ["N1", "against", 5, undefined],
      ["A2", "for", 3, "Seniors"],
    ]);
    expect(flow.format.prepMinutes).toBe(2);
    // The critique in N1 is open (A2 is still to come); nothing of the A1 case is dropped: N1 attacked the thesis.
    expect(flow.dropped).toEqual([]);
    expect(flow.open.map((point) => point.id)).toEqual(["k"]);
  });

  it("survives saving and loading, keys in canonical order", () => {
    const doc = roundWith({ prepMinutes: 2, speeches: clubRound.speeches, name: "Club round" }, { t: "A1" });
    const text = serializeMap(doc);
    expect(text.indexOf('"name": "Club round"')).toBeLessThan(text.indexOf('"speeches"'));
    const loaded = loadMap(text, { mode: "strict" });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    expect(loaded.doc.map.debate?.format).toEqual(clubRound);
    expect(serializeMap(loaded.doc)).toBe(text);
  });

  it("a bad one is refused with what is wrong and where", () => {
    const bad = {
      name: "Club round",
      speeches: [
        { id: "A1", name: "First", side: "for", minutes: 5 },
        { id: "A1", name: "Second", side: "for", minutes: 5 },
      ],
    };
    const loaded = loadMap(JSON.stringify(roundWith(bad as CustomFormat, {})), { mode: "strict" });
    expect(loaded.ok).toBe(false);
    if (loaded.ok || loaded.kind !== "invalid") return;
    expect(loaded.errors).toEqual([
      {
        path: "map.debate.format.speeches[1].id",
        message: '"A1" is already the id of speech 1; each speech and cross-examination needs its own id',
      },
      {
        path: "map.debate.format.speeches",
        message: "no speech is given by the side against the motion; a round needs a speech of each side",
      },
    ]);
    const tooLong = { ...clubRound, speeches: [{ ...clubRound.speeches[0], minutes: 90 }] };
    expect(customFormatProblems(tooLong).map((p) => `${p.path}: ${p.message}`)).toContain(
      "speeches[0].minutes: is 90; it must be at most 60",
    );
    expect(customFormatProblems({ ...clubRound, name: " " }).map((p) => p.path)).toEqual(["name"]);
    expect(customFormatProblems(clubRound)).toEqual([]);
  });

  it("carries cross-examinations: timed periods in order, which the flow and the drop rule pass over", () => {
    const withQuestions: CustomFormat = {
      ...clubRound,
      speeches: [
        clubRound.speeches[0] as CustomSpeech,
        { kind: "cross-examination", id: "CX1", name: "Questions to A1", asks: "against", minutes: 3 },
        clubRound.speeches[1] as CustomSpeech,
        { kind: "cross-examination", id: "CF", name: "Crossfire", asks: "both", minutes: 2 },
        clubRound.speeches[2] as CustomSpeech,
      ],
    };
    expect(customFormatProblems(withQuestions)).toEqual([]);
    const doc = roundWith(withQuestions, { t: "A1", c: "A1", k: "N1" });
    const format = formatOfMap(doc.map);
    expect(format.periods.map((period) => [period.kind, period.id, period.minutes])).toEqual([
      ["speech", "A1", 5],
      ["cross-examination", "CX1", 3],
      ["speech", "N1", 5],
      ["cross-examination", "CF", 2],
      ["speech", "A2", 3],
    ]);
    expect(format.periods[1]).toMatchObject({ asks: "against" });
    expect(format.periods[3]).toMatchObject({ asks: "both" });
    // The drop rule reads the speeches alone: the same flow as the round without the questions.
    const without = computeFlow(roundWith(clubRound, { t: "A1", c: "A1", k: "N1" }));
    const flow = computeFlow(doc);
    expect(flow.speeches).toEqual(without.speeches);
    expect(flow.open).toEqual(without.open);
    // Saved, loaded and saved again, the same file; the speeches' own records as they always were.
    const text = serializeMap(doc);
    expect(text).toContain('"kind": "cross-examination"');
    const loaded = loadMap(text, { mode: "strict" });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    expect(loaded.doc.map.debate?.format).toEqual(withQuestions);
    expect(serializeMap(loaded.doc)).toBe(text);
    // A point placed in a cross-examination is said to be in no speech.
    const misplaced = loadMap(serializeMap(roundWith(withQuestions, { t: "CX1" })), { mode: "strict" });
    expect(misplaced.ok && misplaced.warnings.map((found) => found.message)).toContainEqual(
      expect.stringContaining('"CX1" is a cross-examination period'),
    );
  });

  it("refuses a period with the other kind's fields, or without its own, saying where", () => {
    const mixed = {
      name: "Mixed",
      speeches: [
        { id: "A1", name: "First", minutes: 5 },
        { id: "N1", name: "Second", side: "against", asks: "for", minutes: 5 },
        { kind: "cross-examination", id: "Q", name: "Questions", side: "for", team: "OG", minutes: 3 },
        { kind: "cross-examination", id: "A1", name: "More", asks: "both", minutes: 3 },
      ],
    };
    expect(customFormatProblems(mixed).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'speeches[0].side: is missing: say which side gives the speech, "for" or "against"',
      'speeches[1].asks: is for a cross-examination (with "kind": "cross-examination"); a speech has a side',
      'speeches[2].asks: is missing: say who asks the questions, "for", "against" or "both" (a crossfire)',
      'speeches[2].side: is for a speech; a cross-examination says who asks in "asks"',
      "speeches[2].team: is for a speech; a cross-examination has no team",
      'speeches[3].id: "A1" is already the id of speech 1; each speech and cross-examination needs its own id',
      "speeches: no speech is given by the side for the motion; a round needs a speech of each side",
    ]);
  });

  it("with a field it does not have: refused where strict, opened without it where lenient, said where", () => {
    const withColour = {
      ...clubRound,
      speeches: clubRound.speeches.map((speech, i) => (i === 1 ? { ...speech, colour: "red" } : speech)),
    };
    const text = JSON.stringify(roundWith(withColour as CustomFormat, {}));
    const strict = loadMap(text, { mode: "strict" });
    expect(strict.ok).toBe(false);
    expect(strict.ok ? [] : strict.errors.map((found) => found.path)).toEqual([
      "map.debate.format.speeches[1].colour",
    ]);
    const lenient = loadMap(text, { mode: "lenient" });
    if (!lenient.ok) throw new Error(lenient.errors.map((found) => found.message).join("\n"));
    expect(lenient.doc.map.debate?.format).toEqual(clubRound);
    expect(lenient.warnings.map((found) => found.path)).toContain("map.debate.format.speeches[1].colour");
  });

  it("is written to format version 2 as the id custom, said so", () => {
    const older = toVersion2(roundWith(clubRound, {}));
    expect(older.doc.map.debate?.format).toBe("custom");
    expect(older.dropped.map((p) => p.path)).toEqual(["map.debate.format"]);
    expect(older.dropped[0]?.message).toMatch(/cannot hold a custom debate format \("Club round"\)/);
  });
});

describe("the formats people flow", () => {
  it("British Parliamentary: eight speeches of four teams, government and opposition alternating", () => {
    const bp = debateFormat("british-parliamentary");
    if (!bp) throw new Error("no BP");
    const speeches = flowSpeeches(bp);
    expect(speeches.map((s) => `${s.id}:${s.team}:${s.side}`)).toEqual([
      "PM:OG:for",
      "LO:OO:against",
      "DPM:OG:for",
      "DLO:OO:against",
      "MG:CG:for",
      "MO:CO:against",
      "GW:CG:for",
      "OW:CO:against",
    ]);
  });

  it("public forum with the con speaking first swaps each pair and keeps the crossfires in place", () => {
    const conFirst = formatOfMap({ debate: { format: "public-forum", firstSide: "against" } });
    expect(conFirst.periods.map((period) => period.id)).toEqual([
      "CC",
      "PC",
      "CF1",
      "CR",
      "PR",
      "CF2",
      "CS",
      "PS",
      "GCF",
      "CFF",
      "PFF",
    ]);
    // In that order the pro constructive answers the con's, so a con point the PC leaves unanswered is dropped there.
    const doc = roundWith("public-forum", { t: "PC", k: "CC", c: "PC" });
    doc.map.debate = { format: "public-forum", firstSide: "against" };
    doc.edges = doc.edges.filter((edge) => edge.id !== "e3");
    const flow = computeFlow(doc);
    expect(flow.dropped.map((point) => [point.id, point.droppedIn])).toEqual([["k", "PC"]]);
  });

  it("Lincoln-Douglas names the framework of a case: a value and its criterion", () => {
    expect(debateFormat("lincoln-douglas")?.framework).toEqual(["value", "criterion"]);
  });

  it("warrant flow prints the team of each British Parliamentary speech", async () => {
    const io = memoryIo({
      "bp.json": serializeMap(roundWith("british-parliamentary", { t: "PM", k: "LO" })),
    });
    expect(await runCli(["flow", "bp.json", "--json"], io)).toBe(0);
    const printed = JSON.parse(io.out);
    expect(printed.speeches.slice(0, 2)).toEqual([
      { id: "PM", side: "for", team: "OG", points: ["t"] },
      { id: "LO", side: "against", team: "OO", points: ["k"] },
    ]);
    const text = memoryIo({ "bp.json": serializeMap(roundWith("british-parliamentary", { t: "PM" })) });
    await runCli(["flow", "bp.json"], text);
    expect(text.out).toContain("PM, Prime minister (Government, OG)");
  });
});
