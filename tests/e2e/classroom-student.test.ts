/**
 * A student's side of an assignment in Chromium: the teacher makes an assignment from the essay map and
 * downloads it; a student opens the file, gives their name and gets their own copy; a locked point
 * refuses an edit but takes a score; only the allowed kinds can be added, with the teacher's sentence
 * starters; "Hand in" downloads the copy with the student's points marked as theirs.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArgumentMap } from "../../src/model/schema";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser, openApp } from "./browser";
import {
  classroomMenu,
  downloaded,
  flowNode,
  importFile,
  selectPoint,
  setRole,
  status,
  strip,
} from "./classroom-pages";

describe("a student's copy of an assignment", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is made from the essay map, edited under the student's name within the rules, and handed in", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    await expect.poll(() => status(page)).toBe("Saved");

    // The teacher makes the assignment: the thesis locked, critiques and rebuttals only, a starter.
    await classroomMenu(page, "Make an assignment from this map…");
    const form = page.getByRole("dialog", { name: "Make an assignment from this map" });
    await form.waitFor();
    const accessibility: Record<string, string[]> = {};
    accessibility["assignment dialog"] = await seriousAccessibilityProblems(page, ".keep-dialog");
    await form.getByLabel("Title").fill("Map the critiques");
    await form
      .getByLabel("Instructions for the students")
      .fill("Add one critique of the thesis and answer it.");
    await form.getByLabel("Teacher").fill("Ms Rivera");
    const kinds = form.getByRole("group", { name: "Students may add" });
    await kinds.getByRole("checkbox", { name: "Claim" }).uncheck();
    await kinds.getByRole("checkbox", { name: "Evidence" }).uncheck();
    await form.getByRole("button", { name: "Lock none" }).click();
    await form.getByRole("checkbox", { name: /The ICC deserves more support/ }).check();
    await form.getByLabel("Sentence starters for a critique").fill("One weakness is");
    await form.getByRole("button", { name: "Save the assignment" }).click();
    await expect.poll(() => strip(page).innerText()).toContain("Assignment: Map the critiques");
    const assignment = await downloaded(page, () =>
      strip(page).getByRole("button", { name: "Download the assignment" }).click(),
    );
    expect(assignment.doc.map.assignment).toMatchObject({
      title: "Map the critiques",
      locked: ["t1"],
      allowedKinds: ["critique", "rebuttal"],
    });

    // A student opens the file on their device.
    await setRole(page, "a student");
    await importFile(page, assignment.name, JSON.stringify(assignment.doc));
    const intake = page.getByRole("dialog", { name: "Assignment: Map the critiques" });
    expect(await intake.innerText()).toContain("Add one critique of the thesis and answer it.");
    accessibility["name dialog"] = await seriousAccessibilityProblems(page, ".keep-dialog");
    await intake.getByLabel("Your name").fill("Sam");
    await intake.getByRole("button", { name: "Start my copy" }).click();
    await expect.poll(() => strip(page).innerText()).toContain("Sam's copy: Map the critiques");
    expect(await strip(page).innerText()).toContain("Add one critique of the thesis and answer it.");
    expect(await flowNode(page, "t1").getByRole("img", { name: "Locked by the teacher" }).count()).toBe(1);

    // The locked thesis refuses a new wording, keeps its words, and takes a score.
    await selectPoint(page, "t1");
    const inspector = page.locator("article.inspector");
    expect(await inspector.innerText()).toContain("Locked by the teacher");
    const text = inspector.getByLabel("Text", { exact: true });
    const before = await text.inputValue();
    await text.fill("The ICC deserves nothing.");
    await text.press("Control+Enter");
    await expect
      .poll(() => inspector.getByRole("alert").first().innerText())
      .toContain("is locked by the teacher");
    await page.locator(".map-canvas .react-flow").focus();
    await page.keyboard.press("Delete");
    await expect.poll(() => page.locator(".edit-toast").innerText()).toContain("is locked by the teacher");
    expect(await flowNode(page, "t1").count()).toBe(1);
    await selectPoint(page, "t1");
    const score = inspector.getByRole("spinbutton", { name: "Base score" });
    await score.fill("0.9");
    await score.press("Enter");

    // Only critiques and rebuttals can be added; a new critique offers the teacher's starter.
    expect(await page.getByRole("button", { name: "+ Claim" }).isDisabled()).toBe(true);
    await page.locator(".map-canvas .react-flow").focus();
    await page.keyboard.press("c");
    const editor = page.locator("textarea.inline-text-editor");
    await editor.waitFor({ state: "visible" });
    await page.getByRole("button", { name: "One weakness is" }).click();
    await page.keyboard.type("that it has no police.");
    await page.keyboard.press("Control+Enter");
    await editor.waitFor({ state: "detached" });
    await page.locator(".map-canvas .react-flow").focus();
    await page.keyboard.press("s");
    await expect
      .poll(() => page.locator(".edit-toast").innerText())
      .toContain("lets you add critiques and rebuttals only");

    const handedIn = await downloaded(page, () =>
      strip(page).getByRole("button", { name: "Hand in" }).click(),
    );
    expect(handedIn.name).toBe("Map the critiques - Sam.argmap.json");
    const copy: ArgumentMap = handedIn.doc;
    expect(copy.map.student).toEqual({ name: "Sam" });
    const thesis = copy.nodes.find((n) => n.id === "t1");
    expect(thesis?.text).toBe(before);
    expect(thesis?.base).toBe(0.9);
    const added = copy.nodes.filter((n) => !assignment.doc.nodes.some((a) => a.id === n.id));
    expect(added.map((n) => [n.kind, n.text, n.addedBy])).toEqual([
      ["critique", "One weakness is that it has no police.", "Sam"],
    ]);
    expect(copy.edges.some((e) => e.from === added[0]?.id && e.to === "t1" && e.relation === "attack")).toBe(
      true,
    );
    accessibility["student's copy"] = await seriousAccessibilityProblems(page);
    expect(accessibility).toEqual(Object.fromEntries(Object.keys(accessibility).map((part) => [part, []])));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
