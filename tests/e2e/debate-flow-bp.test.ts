/**
 * A British Parliamentary round flowed by keyboard alone, in Chromium: the format chosen in the format
 * dialog, the PM's case typed (the thesis, two claims and a card), the LO answering one claim by Tab with two
 * typed answers and grouping them, an extension and a cross-out, undone and redone; the exported map then
 * gives `warrant flow --json` those points in those speeches, each speech with its team, and those drops,
 * with no blank point.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_GROUP_KEY } from "../../src/analysis";
import { runCli } from "../../src/cli/main";
import { serializeMap } from "../../src/io/serialize";
import { flowSpeeches, formatOfMap } from "../../src/model/debate-formats";
import { DRAFT_STAND_IN } from "../../src/ui/flow/flow-drafts";
import { memoryIo } from "../helpers/memory-io";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser } from "./browser";
import { exportedMap } from "./extend-pages";
import {
  cellWith,
  extendAndCrossOut,
  grid,
  openRoundOnSheet,
  typeWords,
  typingBox,
} from "./flow-sheet-pages";

const EMPTY_ROUND = JSON.stringify({
  format: "argument-map",
  version: 3,
  map: {
    id: "bp",
    title: "An empty round",
    debate: { format: "classroom", motion: "This house would ban homework" },
  },
  nodes: [],
  edges: [],
});

describe("a British Parliamentary round on the flow sheet", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is chosen in the format dialog and flowed by keyboard; the exported flow has the points, teams and drops", async () => {
    const { page, errors } = await openRoundOnSheet(browser, "An empty round", EMPTY_ROUND);
    const key = page.keyboard;

    // The format, by keyboard: the Format button, the list, then the button that uses it.
    const formatButton = page.getByRole("button", { name: "Format…" });
    await formatButton.focus();
    await key.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Format of the round" });
    const list = dialog.getByRole("combobox", { name: "Format" });
    await expect.poll(() => list.evaluate((element) => element === document.activeElement)).toBe(true);
    await key.type("British");
    await expect.poll(() => list.inputValue()).toBe("british-parliamentary");
    expect(await seriousAccessibilityProblems(page, ".flow-format-dialog")).toEqual([]);
    // Past the two side names, left empty (the format's own), to the button that uses the format.
    for (let i = 0; i < 3; i++) await key.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Use this format");
    await key.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await expect
      .poll(() => formatButton.evaluate((element) => element === document.activeElement))
      .toBe(true);

    // Eight columns, each with its team beside its side.
    const speeches = flowSpeeches(formatOfMap({ debate: { format: "british-parliamentary" } }));
    const headings = grid(page).getByRole("columnheader");
    await expect.poll(() => headings.count()).toBe(8);
    for (const [i, speech] of speeches.entries()) {
      const text = await headings.nth(i).innerText();
      expect(text).toContain(speech.id);
      expect(text).toContain(speech.team);
      expect(text).toContain(speech.side === "for" ? "Government" : "Opposition");
    }

    // The PM's case: the thesis, two claims, and a card under the second.
    await grid(page).getByRole("gridcell", { name: "New point in the PM" }).focus();
    await key.press("Enter");
    await typeWords(page, "Ban homework");
    await key.press("Enter");
    await typeWords(page, "Homework widens the gap");
    await key.press("Enter");
    await typeWords(page, "Rest helps learning");
    await key.press("Control+Enter");
    await typeWords(page, "Sleep study of 2,000 pupils");
    await key.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });
    await expect.poll(() => grid(page).locator('[data-speech="PM"][data-node-id]').count()).toBe(4);

    // The LO answers the first claim by Tab, twice, and groups the two answers.
    await cellWith(page, "Homework widens the gap").focus();
    await key.press("Tab");
    await typeWords(page, "Schools can give help");
    await key.press("Enter");
    await typeWords(page, "The gap is at home");
    await key.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });
    await expect.poll(() => grid(page).locator('[data-speech="LO"][data-node-id]').count()).toBe(2);
    await cellWith(page, "Homework widens the gap").focus();
    await key.press("Control+g");
    const grouped = grid(page).locator(".grouped");
    await expect.poll(() => grouped.count()).toBe(2);
    expect(await grid(page).locator(".group-first").count()).toBe(1);
    expect(await grid(page).locator(".group-last").count()).toBe(1);

    // The DPM extends the unanswered claim; an LO answer is crossed out.
    const { extension, crossedOut: crossed } = await extendAndCrossOut(
      page,
      "Rest helps learning",
      "DPM",
      "The gap is at home",
    );

    // Each move is one undo step: back to before the group, then forward again.
    await key.press("Control+z");
    await expect.poll(() => crossed.count()).toBe(0);
    await key.press("Control+z");
    await expect.poll(() => extension.count()).toBe(0);
    await key.press("Control+z");
    await expect.poll(() => grouped.count()).toBe(0);
    expect(await grid(page).locator('[data-speech="LO"][data-node-id]').count()).toBe(2);
    await key.press("Control+y");
    await expect.poll(() => grouped.count()).toBe(2);
    await key.press("Control+y");
    await expect.poll(() => extension.count()).toBe(1);
    await key.press("Control+y");
    await expect.poll(() => crossed.count()).toBe(1);

    const doc = await exportedMap(page);
    const io = memoryIo({ "round.json": serializeMap(doc) });
    expect(await runCli(["flow", "round.json", "--json"], io)).toBe(0);
    const printed = JSON.parse(io.out) as {
      format: string;
      speeches: { id: string; side: string; team?: string; points: string[] }[];
      dropped: { id: string; speech: string; droppedIn: string }[];
    };
    const textOf = (id: string) => doc.nodes.find((node) => node.id === id)?.text;
    expect(printed.format).toBe("british-parliamentary");
    expect(
      printed.speeches.map((speech) => [speech.id, speech.team, speech.points.map(textOf).sort()]),
    ).toEqual([
      [
        "PM",
        "OG",
        ["Ban homework", "Homework widens the gap", "Rest helps learning", "Sleep study of 2,000 pupils"],
      ],
      ["LO", "OO", ["Schools can give help", "The gap is at home"]],
      ["DPM", "OG", ["Rest helps learning"]],
      ["DLO", "OO", []],
      ["MG", "CG", []],
      ["MO", "CO", []],
      ["GW", "CG", []],
      ["OW", "CO", []],
    ]);
    // The LO left the thesis and the second claim unanswered; the DPM only extended past both LO answers,
    // one of which the LO crossed out: withdrawn, it asks for no answer.
    expect(printed.dropped.map((point) => `${textOf(point.id)} in ${point.droppedIn}`).sort()).toEqual(
      [
        "Ban homework in LO",
        "Rest helps learning in LO",
        "Sleep study of 2,000 pupils in LO",
        "Schools can give help in DPM",
      ].sort(),
    );
    expect(doc.nodes.every((node) => node.text.trim() !== "" && node.text !== DRAFT_STAND_IN)).toBe(true);
    expect(doc.nodes.find((node) => node.text === "Sleep study of 2,000 pupils")?.kind).toBe("evidence");
    // The group is carried in the map, on the two answers' relations to the claim.
    const claim = doc.nodes.find((node) => node.text === "Homework widens the gap")?.id;
    const groupedEdges = doc.edges.filter((edge) => edge.meta?.[ANSWER_GROUP_KEY] === true);
    expect(groupedEdges.map((edge) => [textOf(edge.from), edge.to === claim, edge.relation]).sort()).toEqual([
      ["Schools can give help", true, "attack"],
      ["The gap is at home", true, "attack"],
    ]);
    expect(doc.map.debate).toEqual({
      format: "british-parliamentary",
      motion: "This house would ban homework",
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("fits all eight columns without clipping or overlap at 1280x800 and at 1920x1080", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      const round = JSON.stringify({
        ...JSON.parse(EMPTY_ROUND),
        map: { id: "bp", title: "An empty round", debate: { format: "british-parliamentary" } },
      });
      const { page, errors } = await openRoundOnSheet(browser, "An empty round", round, viewport);
      const boxes = await grid(page)
        .getByRole("columnheader")
        .evaluateAll((cells) =>
          cells.map((cell) => {
            const box = cell.getBoundingClientRect();
            return { left: box.left, right: box.right, clipped: cell.scrollWidth > cell.clientWidth + 1 };
          }),
        );
      expect(boxes).toHaveLength(8);
      for (const [i, box] of boxes.entries()) {
        expect(box.right).toBeLessThanOrEqual(viewport.width);
        expect(box.clipped).toBe(false);
        if (i > 0) expect(box.left).toBeGreaterThanOrEqual((boxes[i - 1] as { right: number }).right - 0.5);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
