/**
 * Interoperating in Chromium: another format is recognised and previewed with what it will drop before
 * it becomes a new map (by the picker, a drop or a paste); the Export menu downloads each format under
 * the map's name; the essay map's brief prints to PDF with the brief alone on the page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importArgdown } from "../../src/io/formats/argdown/argdown-import";
import { importNotices } from "../../src/io/import-notices";
import { readShared, sharedDataPresent } from "../helpers/shared-data";
import { launchBrowser, openApp } from "./browser";

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const status = (page: Page) => page.locator(".keep-status").innerText();

const ARGDOWN = `===
title: Homework
===

[Homework]: Primary schools should set homework.
  + [Practice]: Practice at home helps pupils remember.
  - <Rest>: Children need time to play.
`;

/** Picks a file with the Import button: `content` as text, or as the bytes of a file on disk. */
async function pick(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page
    .locator(".keep-header-controls input[type=file]")
    .setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(content) });
}

describe("importing and exporting other formats", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("previews an Argdown file with its counts, then opens it as a new map", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await pick(page, "homework.argdown", ARGDOWN);
    const dialog = page.getByRole("dialog", { name: "Import “Homework”" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("as Argdown: 3 points and 2 relations");
    await dialog.getByRole("button", { name: "Import as a new map" }).click();
    await expect.poll(() => heading(page)).toBe("Homework");
    await expect.poll(() => status(page)).toBe("Saved");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.skipIf(!sharedDataPresent("argdown"))(
    "groups what a real Argdown file could not carry in the Health tab of the map it opened",
    async () => {
      const name = "argdown__veggie_debate.argdown";
      const text = readShared("argdown", name);
      const read = await importArgdown(text);
      if (!read.ok) throw new Error("the file did not import");
      const expected = importNotices("Argdown", read.dropped, read.warnings);
      const { page, errors } = await openApp(browser);
      await expect.poll(() => status(page)).toBe("Saved");
      await pick(page, name, text);
      const dialog = page.getByRole("dialog", { name: `Import “${read.doc.map.title}”` });
      await dialog.waitFor();
      // Before the import, what comes in another form (statements given names) apart from what is left out.
      const reshaped = expected.find((group) => group.kind === "reshaped");
      expect(reshaped?.lines.length).toBeGreaterThan(0);
      const listed = (name: string) =>
        dialog.getByRole("list", { name }).getByRole("listitem").allInnerTexts();
      expect(await listed("Carried in another form")).toEqual(
        reshaped?.lines.map((line) => `${line.charAt(0).toUpperCase()}${line.slice(1)}.`),
      );
      expect(await dialog.getByRole("list", { name: "Not carried over" }).count()).toBe(
        expected.some((group) => group.kind === "left-out") ? 1 : 0,
      );
      await dialog.getByRole("button", { name: "Import as a new map" }).click();
      await expect.poll(() => heading(page)).toBe(read.doc.map.title);
      // The map has warnings, so the report of the import shows first.
      expect(read.warnings.length).toBeGreaterThan(0);
      const report = page.getByRole("dialog", { name: `Imported “${read.doc.map.title}”` });
      await report.getByRole("button", { name: "Close" }).click();
      await page.getByRole("tab", { name: "Health" }).click();
      const fromImport = page.getByRole("region", { name: "From the import" });
      await fromImport.waitFor();
      // One group per kind, each with the count the pure grouping gives, never a flat list of every point.
      const groups = fromImport.locator("[data-import-count]");
      await expect.poll(() => groups.count()).toBe(expected.length);
      for (const [i, group] of expected.entries()) {
        expect(await groups.nth(i).getAttribute("data-import-count")).toBe(String(group.count));
        expect(await groups.nth(i).locator("li").count()).toBe(group.lines.length);
      }
      expect(await fromImport.innerText()).not.toMatch(/nodes\[\d+\]|kind "/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it("lists what an AIF file drops before importing, and reads a dropped TGF and pasted ICCMA", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const aif = {
      nodes: [
        { nodeID: 1, type: "I", text: "Build the bridge." },
        { nodeID: 2, type: "I", text: "Traffic doubles." },
        { nodeID: 3, type: "RA", text: "Default Inference" },
        { nodeID: 4, type: "L", text: "Sam : build it" },
      ],
      edges: [
        { edgeID: 1, fromID: 2, toID: 3 },
        { edgeID: 2, fromID: 3, toID: 1 },
      ],
    };
    await pick(page, "bridge.json", JSON.stringify(aif));
    const dialog = page.getByRole("dialog", { name: "Import “bridge”" });
    await dialog.waitFor();
    const dropped = await dialog
      .getByRole("list", { name: "Not carried over" })
      .getByRole("listitem")
      .allInnerTexts();
    expect(dropped).toEqual(["The dialogue layer was dropped: 1 L (locution) nodes."]);
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await heading(page)).not.toBe("bridge");

    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "duel.tgf", { type: "text/plain" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, "a\nb\n#\na b\nb a\n");
    const tgf = page.getByRole("dialog", { name: "Import “duel”" });
    await tgf.getByRole("button", { name: "Import as a new map" }).click();
    await expect.poll(() => heading(page)).toBe("duel");
    // Two arguments that attack each other and no thesis: the map opens with warnings to look at, in words.
    const opened = page.getByRole("dialog", { name: "Imported “duel”" });
    const warned = await opened.getByRole("list", { name: "Warnings" }).innerText();
    expect(warned).toContain("No point is marked as the thesis");
    expect(warned).not.toMatch(/nodes\[|kind "/);
    await opened.getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: "Library", exact: true }).click();
    await page.getByRole("button", { name: "Paste a map…" }).click();
    await page.getByRole("dialog", { name: "Paste a map" }).getByRole("textbox").fill("p af 2\n1 2\n");
    await page
      .getByRole("dialog", { name: "Paste a map" })
      .getByRole("button", { name: "Import as a new map" })
      .click();
    const pasted = page.getByRole("dialog", { name: "Import “ICCMA 2023 framework”" });
    await pasted.getByRole("button", { name: "Import as a new map" }).click();
    await expect.poll(() => heading(page)).toBe("ICCMA 2023 framework");
    await page.context().close();
  });

  it("reads a Windows-1251 file that claims UTF-8 as Windows-1251 and says so before importing", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await pick(
      page,
      "ru.xml",
      readFileSync("tests/fixtures/interop/windows-1251-declared-utf8.microtext.xml"),
    );
    const dialog = page.getByRole("dialog", { name: "Import “public transport (micro_ru01)”" });
    await dialog.waitFor();
    const about = await dialog.getByRole("list", { name: "About the file" }).innerText();
    expect(about).toContain("Windows-1251");
    await dialog.getByRole("button", { name: "Import as a new map" }).click();
    await expect.poll(() => heading(page)).toBe("public transport (micro_ru01)");
    expect(await page.getByText("Меньше машин на улицах", { exact: false }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads a microtext in English, then in German when asked, and opens it in German", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await pick(page, "uniforms.xml", readFileSync("tests/fixtures/interop/two-languages.microtext.xml"));
    const dialog = page.getByRole("dialog", { name: "Import “school uniforms (micro_two01)”" });
    await dialog.waitFor();
    const notCarried = dialog.getByRole("list", { name: "Not carried over" });
    expect(await notCarried.innerText()).toContain("The text in German (de, 3 segments) was left out");
    // The keyboard starts at the import, not at the other language offered before it, and comes back there.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focused).toBe("Import as a new map");
    await dialog.getByRole("button", { name: "Read it in German" }).click();
    // Read again in German: English is now what is left out, and the choice offered is English.
    await expect
      .poll(() => notCarried.innerText())
      .toContain("The text in English (en, 3 segments) was left out");
    expect(await dialog.getByRole("button", { name: "Read it in English" }).count()).toBe(1);
    await expect.poll(focused).toBe("Import as a new map");
    await dialog.getByRole("button", { name: "Import as a new map" }).click();
    await expect.poll(() => heading(page)).toBe("school uniforms (micro_two01)");
    await expect
      .poll(() => page.getByText("Schulen sollten Schuluniformen vorschreiben.", { exact: false }).count())
      .toBeGreaterThan(0);
    expect(await page.getByText("Schools should require uniforms.", { exact: false }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("downloads every text format from the Export menu, named after the map", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const title = await heading(page);
    const names: string[] = [];
    for (const item of [
      "Argdown",
      "AIF JSON (opens in OVA3)",
      "ICCMA APX (attacks only)",
      "ICCMA TGF (attacks only)",
      "ICCMA 2023 (attacks only)",
      "Graphviz DOT",
      "Debate brief (Markdown)",
    ]) {
      await page.getByRole("button", { name: "Export ▾" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name: item }).click(),
      ]);
      names.push(download.suggestedFilename());
      const path = await download.path();
      expect(readFileSync(path as string, "utf8").length).toBeGreaterThan(100);
    }
    const stem = title.replace(/:/g, " ").replace(/\s+/g, " ").trim();
    expect(names).toEqual(
      [".argdown", ".aif.json", ".apx", ".tgf", ".i23", ".dot", ".brief.md"].map((ext) => `${stem}${ext}`),
    );
    await page.getByRole("button", { name: "Export ▾" }).click();
    const [picture] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Picture of the map (PNG)" }).click(),
    ]);
    expect(picture.suggestedFilename()).toBe(`${stem}.png`);
    const png = readFileSync((await picture.path()) as string);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    await page.context().close();
  });

  it("prints the essay map's brief to PDF: the brief alone, over several pages", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await page.getByRole("button", { name: "Export ▾" }).click();
    await page.getByRole("menuitem", { name: "Printable brief…" }).click();
    const brief = page.getByRole("dialog", { name: "Debate brief" });
    await brief.waitFor();
    const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as {
      nodes: { kind: string; text: string }[];
    };
    const text = await brief.innerText();
    for (const node of essay.nodes.filter((n) => n.kind === "critique")) expect(text).toContain(node.text);

    await page.emulateMedia({ media: "print" });
    // In print, the brief is all there is: the header and canvas are not shown, the Print button neither.
    expect(await page.locator("header").first().isVisible()).toBe(false);
    expect(await brief.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await brief.getByRole("heading", { name: "Critiques and their rebuttals" }).isVisible()).toBe(
      true,
    );
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const dir = mkdtempSync(join(tmpdir(), "warrant-brief-"));
    writeFileSync(join(dir, "essay-brief.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
