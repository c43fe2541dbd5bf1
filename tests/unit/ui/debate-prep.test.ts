import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import type { ArgumentMap } from "../../../src/model/schema";
import {
  formatClock,
  newClock,
  pauseClock,
  resetClock,
  startClock,
  timeLeft,
  toggleClock,
} from "../../../src/store/debate/debate-clock";
import { defaultSteps, savedSteps } from "../../../src/ui/debate/presentation-steps";
import {
  formatMinutes,
  moveEntry,
  outlineMarkdown,
  readMinutes,
  wordCount,
} from "../../../src/ui/debate/speech-outline";
import { buildMap, edgeId } from "../analysis/map-builder";

describe("a debate clock", () => {
  it("counts down from the period's minutes only while it runs", () => {
    let clock = newClock(4);
    expect(timeLeft(clock, 1_000)).toBe(240_000);
    clock = startClock(clock, 1_000);
    expect(timeLeft(clock, 31_000)).toBe(210_000);
    clock = pauseClock(clock, 31_000);
    // Paused: an hour later it still has what it had.
    expect(timeLeft(clock, 3_631_000)).toBe(210_000);
    clock = toggleClock(clock, 3_631_000);
    expect(timeLeft(clock, 3_641_000)).toBe(200_000);
    expect(timeLeft(resetClock(clock), 9_999_999)).toBe(240_000);
  });

  it("keeps true time however rarely it is looked at, and shows an overrun", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { maxLength: 30 }), (gaps) => {
        const started = startClock(newClock(8), 0);
        const total = gaps.reduce((sum, gap) => sum + gap, 0);
        // Reading it at any moments in between changes nothing.
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          timeLeft(started, now);
        }
        expect(timeLeft(started, total)).toBe(480_000 - total);
      }),
    );
    expect(formatClock(timeLeft(startClock(newClock(1), 0), 72_000))).toBe("-0:12");
  });

  it("reads as minutes and seconds, rounding up while time is left", () => {
    expect(formatClock(245_000)).toBe("4:05");
    expect(formatClock(8_100)).toBe("0:09");
    expect(formatClock(0)).toBe("0:00");
  });
});

describe("a speech outline", () => {
  const doc = buildMap({
    a: { text: "One two three four." },
    b: { text: "Five six.", label: "Six", sourceIds: ["s"] },
  });
  doc.sources = [{ id: "s", citation: "A *study*" }];

  it("counts words and estimates the read time from them", () => {
    expect(wordCount("  One two\nthree  ")).toBe(3);
    expect(wordCount("   ")).toBe(0);
    expect(readMinutes(doc.nodes, 3)).toBe(2);
    expect(formatMinutes(2.5)).toBe("2 min 30 s");
    expect(formatMinutes(0.75)).toBe("45 s");
  });

  it("moves a point up or down", () => {
    expect(moveEntry(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveEntry(["a", "b", "c"], 0, 9)).toEqual(["b", "c", "a"]);
  });

  it("exports Markdown with the points in order, their sources, and Markdown in the words escaped", () => {
    const entries = [
      { id: "b", role: "point" as const },
      { id: "a", role: "added" as const },
    ];
    expect(outlineMarkdown(doc, "1AC", entries, 150)).toBe(
      "# 1AC\n\n*2 points, about 2 s at 150 words a minute.*\n\n1. **Six:** Five six.\n   - A \\*study\\*\n2. One two three four.\n",
    );
    // An answer still owed is marked, and its point's words are not read aloud.
    expect(outlineMarkdown(doc, "1AC", [{ id: "a", role: "answer" }, entries[0] as never], 150)).toBe(
      "# 1AC\n\n*1 point, about 1 s at 150 words a minute; 1 answer still to write.*\n\n1. *Answer:* One two three four.\n2. **Six:** Five six.\n   - A \\*study\\*\n",
    );
  });
});

describe("presentation steps", () => {
  const doc: ArgumentMap = buildMap(
    {
      t: { kind: "thesis" },
      c: {},
      e: { kind: "evidence" },
      k: { kind: "critique" },
      u: { kind: "critique" },
    },
    [
      ["c", "support", "t"],
      ["e", "support", "c"],
      ["k", "attack", "t"],
      ["u", "undercut", edgeId("e", "support", "c")],
    ],
  );

  it("by default walk depth-first from the thesis, one point a step, with the path for the breadcrumb", () => {
    const steps = defaultSteps(doc);
    expect(steps.map((step) => step.focus)).toEqual(["t", "c", "e", "u", "k"]);
    expect(steps[3]?.path).toEqual(["t", "c", "u"]);
    expect(steps[4]?.shown).toEqual(["t", "c", "e", "u", "k"]);
  });

  it("reveal a saved presentation's points cumulatively and skip ids that name no node", () => {
    const steps = savedSteps(doc, {
      id: "p",
      title: "P",
      steps: [
        { show: ["t"], note: "Start." },
        { show: ["ghost", "c"], focus: "c" },
      ],
    });
    expect(steps.map((step) => step.shown)).toEqual([["t"], ["t", "c"]]);
    expect(steps[1]?.path).toEqual(["t", "c"]);
    expect(steps[0]?.note).toBe("Start.");
  });

  it("walk the whole essay map, each point once", () => {
    const result = loadMap(readFileSync("fixtures/icc-essay.argmap.json", "utf8"));
    if (!result.ok) throw new Error("the essay loads");
    const steps = defaultSteps(result.doc);
    const focused = steps.map((step) => step.focus);
    expect(new Set(focused).size).toBe(focused.length);
    expect(focused[0]).toBe("t1");
    expect(focused.length).toBe(result.doc.nodes.length);
  });
});
