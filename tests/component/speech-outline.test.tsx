/**
 * The Prep tab's speech outlines: points added from the selection, reordered by Alt+arrows (the entry
 * keeps the keyboard) and by dragging, taken out by Delete; the read time follows the pace, a pace that
 * is not one is refused with a message; the Markdown downloaded and the page printed hold the points in
 * the outline's order.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import { outlineMarkdown } from "../../src/ui/debate/speech-outline";
import { PrepPanel } from "../../src/ui/prep/PrepPanel";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

const entries = () =>
  screen.queryAllByRole("listitem").filter((item) => item.classList.contains("speech-outline-entry"));
const order = () => entries().map((item) => item.getAttribute("data-node-id"));
const entryButton = (id: string) =>
  document.querySelector(`.speech-outline-entry[data-node-id="${id}"] .speech-outline-point`) as HTMLElement;

function addSelected(id: string) {
  act(() => app.commands.explore.selectNode(id));
  fireEvent.click(screen.getByRole("button", { name: /^Add the / }));
}

describe("speech outlines", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(smallMap(), "small-map");
    app.stores.prepView.getState().show("outline");
    app.stores.speechOutlines.getState().setWordsPerMinute(150);
  });
  const { createObjectURL, revokeObjectURL } = URL;
  const { print } = window;
  afterEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    window.print = print;
    app.stores.prepView.getState().show("checklist");
    vi.restoreAllMocks();
  });

  it("add the selected point once, move entries by Alt+arrows and by dragging, and take one out by Delete", () => {
    renderInApp(app, <PrepPanel />);
    expect(screen.getByRole("combobox", { name: "Speech" })).toHaveProperty("value", "OF");
    for (const id of ["c", "t", "r"]) addSelected(id);
    expect(order()).toEqual(["c", "t", "r"]);
    // The point selected is in the outline already.
    expect(screen.getByRole("button", { name: /is in this outline/ })).toHaveProperty("disabled", true);

    entryButton("r").focus();
    fireEvent.keyDown(entryButton("r"), { key: "ArrowUp", altKey: true });
    expect(order()).toEqual(["c", "r", "t"]);
    expect(document.activeElement).toBe(entryButton("r"));
    fireEvent.keyDown(entryButton("c"), { key: "ArrowDown", altKey: true });
    expect(order()).toEqual(["r", "c", "t"]);
    // Without Alt an arrow moves nothing.
    fireEvent.keyDown(entryButton("c"), { key: "ArrowDown" });
    expect(order()).toEqual(["r", "c", "t"]);

    const [first, , last] = entries() as [HTMLElement, HTMLElement, HTMLElement];
    fireEvent.dragStart(last);
    fireEvent.dragOver(first);
    fireEvent.drop(first);
    expect(order()).toEqual(["t", "r", "c"]);

    fireEvent.keyDown(entryButton("r"), { key: "Delete" });
    expect(order()).toEqual(["t", "c"]);
    expect(document.activeElement).toBe(entryButton("c"));
    expect(app.stores.speechOutlines.getState().outlines.OF).toEqual(["t", "c"]);
  });

  it("start a speech's outline from the flow: its points, then the answers it owes, reorderable, with the read time", () => {
    const placed = smallMap();
    const speechOf: Record<string, string> = { t: "OF", c: "OF", ev: "OF", k: "OA" };
    placed.nodes = placed.nodes.map((node) =>
      speechOf[node.id] ? { ...node, speech: speechOf[node.id] } : node,
    );
    act(() => app.stores.document.getState().openDocument(placed, "placed-map"));
    renderInApp(app, <PrepPanel />);
    expect(order()).toEqual(["t", "c", "ev"]);
    fireEvent.change(screen.getByRole("combobox", { name: "Speech" }), { target: { value: "RF" } });
    // The rebuttal owes an answer to the critique, and says so.
    expect(order()).toEqual(["k"]);
    expect(entryButton("k").textContent).toBe("Answer: Uniforms limit expression.");
    expect(screen.getByText(/to read, of the RF/).textContent).toContain("1 answer still to write");
    // Once the flow places the rebuttal in the RF, the answer owed is made: the rebuttal is listed instead.
    act(() => {
      app.stores.document.getState().applyEdit((doc) => ({
        ...doc,
        nodes: doc.nodes.map((node) => (node.id === "r" ? { ...node, speech: "RF" } : node)),
      }));
    });
    expect(order()).toEqual(["r"]);
    expect(screen.getByText(/to read, of the RF/).textContent).not.toContain("still to write");
    fireEvent.change(screen.getByRole("combobox", { name: "Speech" }), { target: { value: "OF" } });
    fireEvent.keyDown(entryButton("ev"), { key: "ArrowUp", altKey: true });
    expect(order()).toEqual(["t", "ev", "c"]);
  });

  it("keep an outline per speech", () => {
    renderInApp(app, <PrepPanel />);
    addSelected("c");
    fireEvent.change(screen.getByRole("combobox", { name: "Speech" }), { target: { value: "RF" } });
    expect(order()).toEqual([]);
    addSelected("r");
    expect(order()).toEqual(["r"]);
    fireEvent.change(screen.getByRole("combobox", { name: "Speech" }), { target: { value: "OF" } });
    expect(order()).toEqual(["c"]);
  });

  it("estimate the read time at the pace set, and refuse a pace that is not one without losing the outline", () => {
    renderInApp(app, <PrepPanel />);
    addSelected("c");
    addSelected("ev");
    // "Uniforms reduce bullying." and "A survey found less bullying.": 8 words.
    const status = () => screen.getByText(/to read, of the OF/).textContent;
    const pace = screen.getByRole("spinbutton", { name: "Words a minute" });
    fireEvent.change(pace, { target: { value: "60" } });
    expect(status()).toContain("8 words: about 8 s to read");
    fireEvent.change(pace, { target: { value: "0" } });
    expect(pace.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/must be a whole number from 60 to 400/).textContent).toContain("uses 60");
    expect(app.stores.speechOutlines.getState().wordsPerMinute).toBe(60);
    expect(order()).toEqual(["c", "ev"]);
    fireEvent.change(pace, { target: { value: "240" } });
    expect(status()).toContain("about 2 s to read");
  });

  it("download the outline as Markdown named after the map and the speech, the points in order", async () => {
    renderInApp(app, <PrepPanel />);
    for (const id of ["ev", "c"]) addSelected(id);
    let blob: Blob | undefined;
    const created = vi.fn((made: Blob) => {
      blob = made;
      return "blob:outline";
    });
    // jsdom has no object URLs; the stand-ins go when the test ends (see afterEach).
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => {} });
    let fileName = "";
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      fileName = this.download;
    });
    fireEvent.click(screen.getByRole("button", { name: "Export as Markdown" }));
    expect(fileName).toBe("School uniforms OF.md");
    const doc = app.stores.document.getState().doc;
    const entries = ["ev", "c"].map((id) => ({ id, role: "added" as const }));
    const expected = outlineMarkdown(doc, "School uniforms: OF, Opening for", entries, 150);
    expect(await textOf(blob as Blob)).toBe(expected);
    expect(expected.indexOf("A survey found")).toBeLessThan(expected.indexOf("Uniforms reduce bullying"));
  });

  it("print the outline alone, its points in order", () => {
    renderInApp(app, <PrepPanel />);
    for (const id of ["r", "t"]) addSelected(id);
    let printed: { printing: boolean; points: string[] } | undefined;
    window.print = () => {
      const sheet = document.querySelector("body > .speech-outline-print") as HTMLElement;
      printed = {
        printing: document.body.classList.contains("printing-speech-outline"),
        points: within(sheet)
          .getAllByRole("listitem", { hidden: true })
          .map((item) => item.textContent ?? ""),
      };
    };
    fireEvent.click(screen.getByRole("button", { name: "Print" }));
    expect(printed).toEqual({
      printing: true,
      points: ["Expression has other outlets.", "Schools should require uniforms."],
    });
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(document.body.classList.contains("printing-speech-outline")).toBe(false);
  });
});

/** jsdom's Blob has no text(); its FileReader reads it. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
