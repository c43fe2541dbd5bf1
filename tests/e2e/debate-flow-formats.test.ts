/**
 * The round's format chosen and built in the Format dialog, in Chromium: public forum with Con speaking
 * first, a custom format started from it, refused with where its problem is, then saved in the map with a
 * side named; a custom format with cross-examinations, which the round timer runs and the sheet gives no
 * column; and a Lincoln-Douglas value and criterion marked by key, one undo step each, with the points
 * a change of format would leave outside every speech counted before the change.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CUSTOM_SIDE_NAMES } from "../../src/model/custom-format";
import { flowSpeeches, formatOfMap } from "../../src/model/debate-formats";
import { FRAMEWORK_KEY } from "../../src/ui/flow/framework-mark";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser } from "./browser";
import { exportedMap } from "./extend-pages";
import { cellWith, grid, openRoundOnSheet, typeWords, typingBox } from "./flow-sheet-pages";
import { chooseTab } from "./panel-tabs";

const MOTION = "Schools should start later";
const EMPTY_ROUND = JSON.stringify({
  format: "argument-map",
  version: 3,
  map: { id: "formats", title: "A round to format", debate: { format: "classroom", motion: MOTION } },
  nodes: [],
  edges: [],
});

const formatDialog = (page: Page) => page.getByRole("dialog", { name: "Format of the round" });

async function openFormatDialog(page: Page) {
  await page.getByRole("button", { name: "Format…" }).click();
  await formatDialog(page).waitFor();
  return formatDialog(page);
}

const headingIds = (page: Page) =>
  grid(page)
    .getByRole("columnheader")
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector(".flow-speech-id")?.textContent));

describe("the format of the round", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sets public forum's speaking order, then builds a custom format from it, saved in the map", async () => {
    const { page, errors } = await openRoundOnSheet(browser, "A round to format", EMPTY_ROUND);

    // Public forum, Con first: each pair of speeches is given Con first.
    let dialog = await openFormatDialog(page);
    await dialog.getByRole("combobox", { name: "Format" }).selectOption("public-forum");
    await dialog.getByRole("radio", { name: "Con" }).check();
    const conFirst = flowSpeeches(formatOfMap({ debate: { format: "public-forum", firstSide: "against" } }));
    await expect
      .poll(() => dialog.locator(".flow-format-speeches").innerText())
      .toMatch(new RegExp(`^${conFirst[0]?.id} \\d+, ${conFirst[1]?.id} \\d+`));
    await dialog.getByRole("button", { name: "Use this format" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => headingIds(page)).toEqual(conFirst.map((speech) => speech.id));
    expect((await exportedMap(page)).map.debate).toEqual({
      format: "public-forum",
      motion: MOTION,
      firstSide: "against",
    });

    // Custom: it starts from the order chosen; the last speech is taken out, a third's minutes mistyped.
    dialog = await openFormatDialog(page);
    await dialog.getByRole("combobox", { name: "Format" }).selectOption("custom");
    await expect.poll(() => dialog.getByLabel("Speech 1 id").inputValue()).toBe(conFirst[0]?.id);
    expect(await seriousAccessibilityProblems(page, ".flow-format-dialog")).toEqual([]);
    await dialog.getByRole("button", { name: `Remove speech ${conFirst.length}` }).click();
    await dialog.getByLabel("Speech 3 minutes").fill("ten");
    await dialog.getByRole("button", { name: "Use this format" }).click();
    await expect
      .poll(() => dialog.getByRole("alert").innerText())
      .toContain("Speech 3, minutes: write the minutes as a number");
    await dialog.getByLabel("Speech 3 minutes").fill("5");
    await dialog.getByLabel("Format name").fill("Club forum");
    await dialog.getByRole("textbox", { name: "For the motion" }).fill("Juniors");
    await dialog.getByRole("button", { name: "Use this format" }).click();
    await dialog.waitFor({ state: "detached" });

    const kept = conFirst.slice(0, -1);
    // The crossfires came along from public forum, in their places; they hold no points, so no column.
    const keptPeriods = formatOfMap({
      debate: { format: "public-forum", firstSide: "against" },
    }).periods.slice(0, -1);
    await expect.poll(() => headingIds(page)).toEqual(kept.map((speech) => speech.id));
    // The side named in the dialog heads its speeches; the other keeps the custom format's own name.
    const headings = grid(page).getByRole("columnheader");
    for (const [i, speech] of kept.entries()) {
      expect(await headings.nth(i).locator(".flow-speech-side").innerText()).toBe(
        speech.side === "for" ? "Juniors" : CUSTOM_SIDE_NAMES.againstSide,
      );
    }
    const debate = (await exportedMap(page)).map.debate;
    expect(debate?.motion).toBe(MOTION);
    expect([debate?.forSide, debate?.againstSide]).toEqual(["Juniors", undefined]);
    expect(debate?.firstSide).toBeUndefined();
    expect(debate?.format).toEqual({
      name: "Club forum",
      speeches: keptPeriods.map((period) =>
        period.kind === "speech"
          ? {
              id: period.id,
              name: period.name,
              side: period.side,
              minutes: period.id === kept[2]?.id ? 5 : period.minutes,
            }
          : {
              kind: period.kind,
              id: period.id,
              name: period.name,
              asks: period.asks,
              minutes: period.minutes,
            },
      ),
      prepMinutes: formatOfMap({ debate: { format: "public-forum" } }).prepMinutes,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("adds cross-examinations to a custom format: saved in the map, run by the round timer, no column of the sheet", async () => {
    const { page, errors } = await openRoundOnSheet(browser, "A round to format", EMPTY_ROUND);
    const classroom = flowSpeeches(formatOfMap({ debate: { format: "classroom" } }));
    const [first, second] = classroom;
    const dialog = await openFormatDialog(page);
    await dialog.getByRole("combobox", { name: "Format" }).selectOption("custom");
    await expect.poll(() => dialog.getByLabel("Speech 1 id").inputValue()).toBe(first?.id);
    // Questions after the first speech, asked by the other side as policy's are; a crossfire after the second.
    await dialog.getByRole("button", { name: "+ CX after speech 1" }).click();
    await expect.poll(() => dialog.getByLabel("Cross-examination 1 id").inputValue()).toBe(`CX-${first?.id}`);
    expect(await dialog.getByLabel("Cross-examination 1 asks").inputValue()).toBe(second?.side);
    await dialog.getByRole("button", { name: "+ CX after speech 2" }).click();
    await dialog.getByLabel("Cross-examination 2 id").fill("CF");
    await dialog.getByLabel("Cross-examination 2 name").fill("Crossfire");
    await dialog.getByLabel("Cross-examination 2 asks").selectOption("both");
    await dialog.getByLabel("Cross-examination 2 minutes").fill("2");
    expect(await seriousAccessibilityProblems(page, ".flow-format-dialog")).toEqual([]);
    await dialog.getByLabel("Format name").fill("Club round with questions");
    await dialog.getByRole("button", { name: "Use this format" }).click();
    await dialog.waitFor({ state: "detached" });

    await expect.poll(() => headingIds(page)).toEqual(classroom.map((speech) => speech.id));
    // Each cross-examination is named under the speech it follows, where it comes in the round.
    const crosses = await grid(page)
      .getByRole("columnheader")
      .evaluateAll((cells) =>
        cells.map((cell) => cell.querySelector(".flow-speech-cross")?.textContent?.trim()),
      );
    expect(crosses).toEqual([
      `then CX-${first?.id}, 3 min`,
      "then CF, 2 min",
      ...classroom.slice(2).map(() => undefined),
    ]);
    const saved = (await exportedMap(page)).map.debate?.format;
    const periods = typeof saved === "object" ? saved.speeches : [];
    expect(periods.map((period) => [period.kind ?? "speech", period.id, period.minutes])).toEqual([
      ["speech", first?.id, first?.minutes],
      ["cross-examination", `CX-${first?.id}`, 3],
      ["speech", second?.id, second?.minutes],
      ["cross-examination", "CF", 2],
      ...classroom.slice(2).map((speech) => ["speech", speech.id, speech.minutes]),
    ]);

    // The round timer runs them in their places, saying who asks.
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await chooseTab(page, "Prep");
    await page.getByRole("tab", { name: "Timer" }).click();
    const timer = page.getByRole("region", { name: "Round timer" });
    await expect
      .poll(() =>
        timer.getByRole("list", { name: "Periods of the round" }).getByRole("button").allInnerTexts(),
      )
      .toEqual(
        periods.map((p) => `${p.id} ${p.minutes} min${p.kind === "cross-examination" ? " (questions)" : ""}`),
      );
    await timer.getByRole("button", { name: `CX-${first?.id} 3 min (questions)` }).click();
    await expect.poll(() => timer.locator(".round-timer-period").innerText()).toContain("asks, 3 min");
    await timer.getByRole("button", { name: "CF 2 min (questions)" }).click();
    await expect.poll(() => timer.locator(".round-timer-period").innerText()).toContain("both sides ask");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("marks a Lincoln-Douglas value and criterion by key, and counts points a new format leaves unplaced", async () => {
    const { page, errors } = await openRoundOnSheet(browser, "A round to format", EMPTY_ROUND);
    const dialog = await openFormatDialog(page);
    await dialog.getByRole("combobox", { name: "Format" }).selectOption("lincoln-douglas");
    await dialog.getByRole("button", { name: "Use this format" }).click();
    await dialog.waitFor({ state: "detached" });
    const [constructive] = flowSpeeches(formatOfMap({ debate: { format: "lincoln-douglas" } }));

    await grid(page)
      .getByRole("gridcell", { name: `New point in the ${constructive?.id}` })
      .focus();
    await page.keyboard.press("Enter");
    await typeWords(page, "Justice");
    await page.keyboard.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });

    const point = cellWith(page, "Justice");
    await point.focus();
    await page.keyboard.press("Control+Shift+F");
    await expect.poll(() => point.innerText()).toMatch(/^value:/i);
    await page.keyboard.press("Control+Shift+F");
    await expect.poll(() => point.innerText()).toMatch(/^criterion:/i);
    const marked = (await exportedMap(page)).nodes.find((node) => node.text === "Justice");
    expect(marked?.meta?.[FRAMEWORK_KEY]).toBe("criterion");
    await point.focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => point.innerText()).toMatch(/^value:/i);

    // Policy has no speech of that id: the dialog says so before the change, and Cancel changes nothing.
    const again = await openFormatDialog(page);
    await again.getByRole("combobox", { name: "Format" }).selectOption("policy");
    await expect
      .poll(() => again.getByRole("status").innerText())
      .toContain(`1 point is placed in ${constructive?.id}, which this format does not have`);
    await again.getByRole("button", { name: "Cancel" }).click();
    await again.waitFor({ state: "detached" });
    expect((await exportedMap(page)).map.debate?.format).toBe("lincoln-douglas");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
