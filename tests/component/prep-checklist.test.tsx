/**
 * The Prep tab's checklist: each side's list is what the analysis core computes for the open map, and
 * each item, clicked or activated from the keyboard, selects its point and asks the canvas to centre it.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepChecklist } from "../../src/analysis";
import type { App } from "../../src/app/create-app";
import type { ArgumentMap } from "../../src/model/schema";
import { PrepChecklistSection } from "../../src/ui/prep/PrepChecklistSection";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

/** The small map with a critique of the claim that nothing answers. */
function mapWithOpenCritique(): ArgumentMap {
  const doc = smallMap();
  doc.nodes.push({ id: "k2", kind: "critique", text: "Bullying moves online instead." });
  doc.edges.push({ id: "e5", from: "k2", to: "c", relation: "attack" });
  return doc;
}

describe("the prep checklist", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(mapWithOpenCritique());
  });

  it("lists, per side, what the analysis core finds, under headings that name the side", () => {
    renderInApp(app, <PrepChecklistSection />);
    const doc = app.stores.document.getState().doc;
    for (const side of ["for", "against"] as const) {
      const expected = prepChecklist(doc, side);
      const region = screen.getByRole("region", { name: `${expected.sideName}: what to prepare` });
      const ids = (name: string) =>
        within(within(region).getByRole("region", { name }))
          .queryAllByRole("button")
          .map((button) => button.getAttribute("data-node-id"));
      expect(ids("Critiques against the case, not answered yet")).toEqual(
        expected.unansweredCritiques.map((item) => item.nodeId),
      );
      expect(ids("Weakest supports of the case")).toEqual(
        expected.weakestSupports.map((item) => item.nodeId),
      );
      expect(ids("Claims without evidence")).toEqual(
        expected.claimsWithoutEvidence.map((item) => item.nodeId),
      );
      expect(ids("Points that move the thesis most")).toEqual(expected.keyPoints.map((item) => item.nodeId));
    }
    // The for side must still answer the new critique; the claim with the survey beneath it needs no evidence.
    const forSide = screen.getByRole("region", { name: "For: what to prepare" });
    expect(openCritique()).toBeTruthy();
    expect(
      within(within(forSide).getByRole("region", { name: "Claims without evidence" }))
        .queryAllByRole("button")
        .map((button) => button.getAttribute("data-node-id")),
    ).not.toContain("c");
  });

  it("selects an item's point and asks the canvas to bring it into view", () => {
    renderInApp(app, <PrepChecklistSection />);
    fireEvent.click(openCritique() as HTMLElement);
    expect(app.stores.selection.getState().primaryId).toBe("k2");
    expect(app.stores.ui.getState().centerRequest?.id).toBe("k2");
  });

  it("follows the map: an answer takes the critique off the list", () => {
    renderInApp(app, <PrepChecklistSection />);
    expect(openCritique()).toBeTruthy();
    const doc = structuredClone(app.stores.document.getState().doc);
    doc.nodes.push({ id: "r2", kind: "rebuttal", text: "Schools police online bullying too." });
    doc.edges.push({ id: "e6", from: "r2", to: "k2", relation: "attack" });
    act(() => app.stores.document.getState().openDocument(doc));
    expect(openCritique()).toBeNull();
  });
});

/** The for side's item for the unanswered critique, or null. */
function openCritique(): HTMLElement | null {
  const forSide = screen.getByRole("region", { name: "For: what to prepare" });
  const group = within(forSide).getByRole("region", { name: "Critiques against the case, not answered yet" });
  return within(group).queryByRole("button", { name: /Bullying moves online/ });
}
