import { describe, expect, it } from "vitest";
import { ANSWER_GROUP_KEY, answerGroups, computeFlow } from "../../../src/analysis";
import { createAppStores } from "../../../src/app/create-stores";
import { toggleAnswerGroup } from "../../../src/app/group-answers";
import { flowSpeeches, formatOfMap, sideNames } from "../../../src/model/debate-formats";
import { checkIntegrity } from "../../../src/model/integrity";
import { chooseDebateFormat, pointsOutsideFormat } from "../../../src/model/operations";
import { type ArgumentMap, LIMITS } from "../../../src/model/schema";
import { groupPlaces } from "../../../src/ui/flow/answer-group-marks";
import {
  draftChoice,
  draftOf,
  draftProblems,
  newCrossRow,
  newSpeechRow,
  rowsOf,
} from "../../../src/ui/flow/format-draft";
import { cycleFramework, frameworkOf } from "../../../src/ui/flow/framework-mark";
import { buildMap } from "../analysis/map-builder";

/** A classroom round: the OF's claim answered twice in the OA, the thesis once. */
const round = () =>
  buildMap(
    {
      t: { kind: "thesis", speech: "OF" },
      c: { speech: "OF" },
      a1: { kind: "critique", speech: "OA" },
      a2: { kind: "critique", speech: "OA" },
      k: { kind: "critique", speech: "OA" },
    },
    [
      ["c", "support", "t"],
      ["a1", "attack", "c"],
      ["a2", "attack", "c"],
      ["k", "attack", "t"],
    ],
  );

const must = <T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> => {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
};

describe("grouping a point's answers", () => {
  it("groups the answers one speech gives a point, carried on their relations, and ungroups them again", () => {
    const doc = round();
    const grouped = must(toggleAnswerGroup(doc, "c")).doc;
    expect(checkIntegrity(grouped).errors).toEqual([]);
    const marked = grouped.edges.filter((edge) => edge.meta?.[ANSWER_GROUP_KEY] === true);
    expect(marked.map((edge) => edge.from).sort()).toEqual(["a1", "a2"]);
    expect(answerGroups(grouped, computeFlow(grouped))).toEqual([
      { target: "c", speech: "OA", answers: ["a1", "a2"] },
    ]);
    // The drop rule reads the answers as before.
    expect(computeFlow(grouped).dropped).toEqual(computeFlow(doc).dropped);
    const ungrouped = must(toggleAnswerGroup(grouped, "c")).doc;
    expect(ungrouped.edges).toEqual(doc.edges);
    expect(answerGroups(ungrouped, computeFlow(ungrouped))).toEqual([]);
  });

  it("refuses a point with fewer than two answers from one speech, saying why", () => {
    const result = toggleAnswerGroup(round(), "t");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/two or more answers/);
  });

  it("brackets the group: the first answer by row opens it, the last closes it", () => {
    const rows: Record<string, number> = { a1: 3, a2: 1, a3: 2 };
    const places = groupPlaces(
      [{ target: "c", speech: "OA", answers: ["a1", "a2", "a3"] }],
      (id) => rows[id] ?? 0,
    );
    expect(Object.fromEntries(places)).toEqual({ a2: "first", a3: "middle", a1: "last" });
  });

  it("is one undo step, undone and redone as one", () => {
    const stores = createAppStores({ initialDoc: round });
    const before = stores.document.getState().doc;
    stores.document.getState().applyEdit((doc) => must(toggleAnswerGroup(doc, "c")).doc);
    const grouped = stores.document.getState().doc;
    expect(answerGroups(grouped, computeFlow(grouped))).toHaveLength(1);
    stores.document.getState().undo();
    expect(stores.document.getState().doc.edges).toEqual(before.edges);
    stores.document.getState().redo();
    expect(stores.document.getState().doc.edges).toEqual(grouped.edges);
  });
});

describe("marking a Lincoln-Douglas framework", () => {
  it("moves a point's mark through value, criterion and off", () => {
    const framework = formatOfMap({ debate: { format: "lincoln-douglas" } }).framework ?? [];
    let doc: ArgumentMap = round();
    const marks: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      doc = must(cycleFramework(doc, "c", framework)).doc;
      marks.push(frameworkOf(doc.nodes.find((node) => node.id === "c") as ArgumentMap["nodes"][number]));
    }
    expect(marks).toEqual(["value", "criterion", undefined]);
    expect(doc.nodes).toEqual(round().nodes);
    expect(cycleFramework(doc, "c", []).ok).toBe(false);
  });
});

describe("choosing the format", () => {
  it("keeps the motion, sets which side opens only where the format allows, and counts points left unplaced", () => {
    const doc = round();
    doc.map.debate = { format: "classroom", motion: "Uniforms", firstSide: undefined };
    const pf = must(chooseDebateFormat(doc, { format: "public-forum", firstSide: "against" })).doc;
    expect(pf.map.debate).toEqual({ format: "public-forum", motion: "Uniforms", firstSide: "against" });
    expect(chooseDebateFormat(doc, { format: "policy", firstSide: "against" }).ok).toBe(false);
    expect(chooseDebateFormat(doc, { format: "no-such-format" }).ok).toBe(false);
    const ids = new Set(flowSpeeches(formatOfMap(pf.map)).map((speech) => speech.id));
    expect(pointsOutsideFormat(pf, ids)).toEqual({ count: 5, speeches: ["OF", "OA"] });
  });

  it("names the sides when asked, gives them back the format's own names when left empty", () => {
    const doc = round();
    doc.map.debate = { format: "classroom", motion: "Uniforms" };
    const named = must(
      chooseDebateFormat(doc, { format: "policy" }, { forSide: " Seniors ", againstSide: "" }),
    ).doc;
    expect(named.map.debate).toEqual({ format: "policy", motion: "Uniforms", forSide: "Seniors" });
    expect(sideNames(formatOfMap(named.map), named.map.debate)).toEqual({
      for: "Seniors",
      against: formatOfMap(named.map).againstSide,
    });
    // Without names the ones the map has stay; with empty ones they go.
    expect(must(chooseDebateFormat(named, { format: "lincoln-douglas" })).doc.map.debate?.forSide).toBe(
      "Seniors",
    );
    const cleared = must(chooseDebateFormat(named, { format: "policy" }, { forSide: "", againstSide: " " }));
    expect(cleared.doc.map.debate).toEqual({ format: "policy", motion: "Uniforms" });
    // A name too long to keep is refused, and the dialog says where.
    const long = "x".repeat(LIMITS.sideName + 1);
    expect(chooseDebateFormat(doc, { format: "policy" }, { forSide: long, againstSide: "" }).ok).toBe(false);
    const draft = { ...draftOf(doc.map.debate, formatOfMap(doc.map)), forSide: long };
    expect(draftProblems(draft, draftChoice(draft, false)).map((found) => found.where)).toEqual(["Sides"]);
  });

  it("builds a custom format from the dialog's rows, and refuses a bad one with where it is", () => {
    const policy = formatOfMap({ debate: { format: "policy" } });
    // Policy's first three periods: the 1AC, its cross-examination, the 1NC.
    const draft = {
      ...draftOf(undefined, policy),
      choice: "custom",
      name: "Short policy",
      rows: rowsOf(policy).slice(0, 3),
    };
    const choice = draftChoice(draft, false);
    expect(draftProblems(draft, choice)).toEqual([]);
    const saved = must(chooseDebateFormat(round(), choice)).doc;
    expect(flowSpeeches(formatOfMap(saved.map)).map((speech) => speech.id)).toEqual(["1AC", "1NC"]);
    expect(formatOfMap(saved.map).periods).toEqual(policy.periods.slice(0, 3));
    expect(draftOf(saved.map.debate, formatOfMap(saved.map))).toMatchObject({
      choice: "custom",
      name: "Short policy",
      rows: draft.rows,
    });

    const bad = {
      ...draft,
      rows: draft.rows.map((row) => ({ ...row, side: "for" as const, minutes: "ten" })),
    };
    expect(draftProblems(bad, draftChoice(bad, false))).toEqual([
      { where: "Speech 1, minutes", message: "write the minutes as a number, such as 4" },
      { where: "Cross-examination 1, minutes", message: "write the minutes as a number, such as 4" },
      { where: "Speech 2, minutes", message: "write the minutes as a number, such as 4" },
    ]);
    const oneSided = {
      ...draft,
      rows: draft.rows.map((row) => ({ ...row, side: "for" as const, id: "1AC" })),
    };
    expect(draftProblems(oneSided, draftChoice(oneSided, false)).map((found) => found.where)).toEqual([
      "Cross-examination 1, id",
      "Speech 2, id",
      "Speeches",
    ]);
    expect(chooseDebateFormat(round(), draftChoice(oneSided, false)).ok).toBe(false);
  });

  it("adds cross-examinations as policy has them: after a speech, asked by the other side, or a crossfire", () => {
    const classroom = formatOfMap({ debate: { format: "classroom" } });
    const start = { ...draftOf(undefined, classroom), choice: "custom", name: "Club round" };
    const [opening, answer] = rowsOf(classroom);
    if (!opening || !answer) throw new Error("the classroom format has its speeches");
    const afterOpening = newCrossRow([opening]);
    const crossfire = { ...newCrossRow([opening, afterOpening, answer]), id: "CF", asks: "both" as const };
    // A new speech is the other side's than the last speech, cross-examinations passed over.
    const reply = { ...newSpeechRow([opening, crossfire]), id: "RA", name: "Reply against" };
    expect(reply.side).not.toBe(opening.side);
    const draft = { ...start, rows: [opening, afterOpening, answer, crossfire, reply] };
    const choice = draftChoice(draft, false);
    expect(draftProblems(draft, choice)).toEqual([]);
    const saved = must(chooseDebateFormat(round(), choice)).doc;
    const periods = formatOfMap(saved.map).periods;
    expect(periods.map((period) => [period.kind, period.id])).toEqual([
      ["speech", opening.id],
      ["cross-examination", `CX-${opening.id}`],
      ["speech", answer.id],
      ["cross-examination", "CF"],
      ["speech", "RA"],
    ]);
    // The one after the opening is asked by the side that did not give it, as policy's are.
    const asked = periods[1];
    expect(asked?.kind === "cross-examination" && asked.asks).toBe(
      opening.side === "for" ? "against" : "for",
    );
    expect(periods[3]).toMatchObject({ kind: "cross-examination", asks: "both", minutes: 3 });
    // The flow's columns are the speeches alone; a cross-examination holds no points.
    expect(computeFlow(saved).speeches.map((speech) => speech.id)).toEqual([opening.id, answer.id, "RA"]);
  });
});
