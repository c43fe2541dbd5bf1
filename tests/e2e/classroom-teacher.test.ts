/**
 * The teacher's side in Chromium: three students' copies of the essay assignment (made here, each with
 * its own scores, additions and one rewording) merge into one class map with authors, averaged scores
 * and the spread of the class's ratings; feedback on one copy is exported for its student, who sees
 * only what was released; a version-1 file still opens. Expected figures come from src/analysis.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointAgreement } from "../../src/analysis";
import { serializeMap } from "../../src/io/serialize";
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
  strip,
} from "./classroom-pages";
import { chooseTab } from "./panel-tabs";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;

/** A student's copy of the essay assignment: their scores for the deterrence claim, one critique of their own. */
function copyOf(name: string, deterrence: number, edit: (doc: ArgumentMap) => void = () => {}): ArgumentMap {
  const doc = structuredClone(essay);
  doc.map.assignment = { title: "Map the critiques", locked: ["t1"], allowedKinds: ["critique", "rebuttal"] };
  doc.map.student = { name };
  const claim = doc.nodes.find((n) => n.id === "c14");
  if (claim) claim.base = deterrence;
  doc.nodes.push({
    id: `${name}-k`,
    kind: "critique",
    text: `${name}: the court is too slow.`,
    addedBy: name,
  });
  doc.edges.push({ id: `${name}-e`, from: `${name}-k`, to: "t1", relation: "attack" });
  edit(doc);
  return doc;
}

const copies = [
  copyOf("Ana", 0.2),
  copyOf("Ben", 0.5, (doc) => {
    const critique = doc.nodes.find((n) => n.id === "k1");
    if (critique) critique.text = "Ku and Nzelibe find no deterrent effect at all.";
  }),
  copyOf("Cy", 0.9),
];

describe("a teacher's class", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("merges three copies into one map with authors, averaged scores and the spread", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    await classroomMenu(page, "Merge a class…");
    const dialog = page.getByRole("dialog", { name: "Merge a class" });
    await dialog.getByLabel("Students' copies").setInputFiles(
      copies.map((doc) => ({
        name: `${doc.map.student?.name}.argmap.json`,
        mimeType: "application/json",
        buffer: Buffer.from(serializeMap(doc)),
      })),
    );
    await expect.poll(() => dialog.innerText()).toContain("3 students (Ana, Ben, Cy)");
    // Ben reworded a critique: both versions are listed, with who has each, and the teacher takes Ben's.
    const conflict = dialog.locator('fieldset[data-point-id="k1"]');
    expect(await conflict.innerText()).toContain("Ana, Cy");
    const accessibility: Record<string, string[]> = {};
    accessibility["merge dialog"] = await seriousAccessibilityProblems(page, ".keep-dialog");
    await conflict.getByRole("radio", { name: /Ku and Nzelibe find no deterrent effect/ }).check();
    await dialog.getByRole("button", { name: "Open the class map" }).click();
    await dialog.waitFor({ state: "detached" });

    await flowNode(page, "Ana-k").waitFor({ state: "attached" });
    expect(await flowNode(page, "Ana-k").locator(".argument-node-author").innerText()).toBe("added by Ana");
    expect(await flowNode(page, "k1").locator(".argument-node-title").innerText()).toContain("Ku & Nzelibe");

    const expected = pointAgreement("c14", [
      { by: "Ana", base: 0.2 },
      { by: "Ben", base: 0.5 },
      { by: "Cy", base: 0.9 },
    ]);
    await selectPoint(page, "c14");
    const inspector = page.locator("article.inspector");
    expect(await inspector.innerText()).toContain(
      `mean ${expected.mean.toFixed(2)}, spread ±${expected.spread.toFixed(2)} (3 ratings)`,
    );
    expect(await inspector.getByRole("spinbutton", { name: "Base score" }).inputValue()).toBe(
      String(expected.mean),
    );

    // The Class tab sorts points by how much the class disagrees; the canvas can show it too.
    await chooseTab(page, "Class");
    const rows = page.getByRole("table", { name: "Disagreement, most disputed first" }).locator("tbody tr");
    expect(await rows.first().innerText()).toContain("The court deters atrocities");
    await page.getByRole("checkbox", { name: "Show disagreement on the map" }).check();
    accessibility["class tab and canvas"] = await seriousAccessibilityProblems(page);
    expect(await flowNode(page, "c14").locator(".argument-node-spread").innerText()).toBe(
      `±${expected.spread.toFixed(2)}`,
    );

    await page.getByRole("button", { name: "Participation…" }).click();
    const table = page.getByRole("table", { name: "Participation" });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(3);
    expect(await table.locator("tbody tr").first().innerText()).toMatch(/^Ana\t1\t/);
    accessibility.participation = await seriousAccessibilityProblems(page, ".keep-dialog");
    expect(accessibility).toEqual(Object.fromEntries(Object.keys(accessibility).map((part) => [part, []])));
    const anonymous = await downloaded(page, () =>
      page.getByRole("button", { name: "Anonymised class map" }).click(),
    );
    expect(anonymous.doc.nodes.find((n) => n.id === "Ana-k")?.addedBy).toBe("Student 1");
    expect(JSON.stringify(anonymous.doc)).not.toContain('"Ana"');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("writes feedback on a copy and exports it for the student, who sees only what was released", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    await setRole(page, "the teacher");
    await importFile(page, "Ana.argmap.json", serializeMap(copies[0] as ArgumentMap));
    await expect.poll(() => strip(page).innerText()).toContain("Ana's copy: Map the critiques");

    await selectPoint(page, "Ana-k");
    const feedback = page.getByRole("form", { name: "Feedback on this point" });
    await feedback.getByLabel("Comment").fill("A fair point: say which cases were slow.");
    await feedback.getByLabel("Mark").fill("2/3");
    await feedback.getByRole("checkbox", { name: /Released/ }).check();
    await feedback.getByRole("button", { name: "Save feedback" }).click();
    await selectPoint(page, "k2");
    await page
      .getByRole("form", { name: "Feedback on this point" })
      .getByLabel("Comment")
      .fill("Ask her about this.");
    await page
      .getByRole("form", { name: "Feedback on this point" })
      .getByRole("button", { name: "Save feedback" })
      .click();
    await strip(page).getByRole("button", { name: "Feedback on the whole map…" }).click();
    const whole = page.getByRole("dialog", { name: "Feedback on Ana's map" });
    await whole.getByLabel("Mark").fill("B+");
    await whole.getByRole("checkbox", { name: /Released/ }).check();
    await whole.getByRole("button", { name: "Save feedback" }).click();
    await whole.getByRole("button", { name: "Close" }).click();

    const back = await downloaded(page, () =>
      strip(page).getByRole("button", { name: "Export for the student" }).click(),
    );
    expect(back.doc.map.feedback).toEqual({ mark: "B+", released: true });
    expect(back.doc.nodes.find((n) => n.id === "Ana-k")?.feedback?.mark).toBe("2/3");
    expect(back.doc.nodes.find((n) => n.id === "k2")?.feedback).toBeUndefined();

    // On Ana's device: the released feedback, as a list that selects each point and in the inspector.
    await setRole(page, "a student");
    await importFile(page, back.name, JSON.stringify(back.doc));
    await expect.poll(() => strip(page).innerText()).toContain("Feedback (2)");
    await strip(page).getByRole("button", { name: "Feedback (2)" }).click();
    const list = page.getByRole("list", { name: "Feedback" });
    expect(await list.innerText()).toContain("Mark: B+");
    expect(await list.innerText()).not.toContain("Ask her about this.");
    await list.getByRole("button", { name: /Ana: the court is too slow/ }).click();
    await page.getByRole("tab", { name: "Inspector" }).click();
    expect(await page.locator("article.inspector").innerText()).toContain(
      "A fair point: say which cases were slow.",
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("still opens a version-1 file", async () => {
    const { page } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    const older = readFileSync("tests/fixtures/migrations/v1.argmap.json", "utf8");
    expect(JSON.parse(older).version).toBe(1);
    await importFile(
      page,
      "old.argmap.json",
      older.replace(/"title": "A Fight/, '"title": "Version one: A Fight'),
    );
    await page.getByRole("heading", { level: 1, name: /^Version one: A Fight/ }).waitFor();
    expect(await page.locator(".react-flow__node").count()).toBe(JSON.parse(older).nodes.length);
    await page.context().close();
  });
});
