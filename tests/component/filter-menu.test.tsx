/** Filters: choosing kinds, tags and attributions dims the rest; Escape closes the panel. */
import { fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useDocumentStore, useExploreView, useUiStore } from "../../src/store/app-stores";
import { FilterMenu } from "../../src/ui/toolbar/FilterMenu";
import { smallMap } from "../helpers/small-map";

describe("the filter menu", () => {
  beforeEach(() => {
    const doc = smallMap();
    doc.nodes[1] = { ...(doc.nodes[1] as (typeof doc.nodes)[1]), tags: ["bullying"] };
    useDocumentStore.getState().openDocument(doc);
  });

  it("filters by kind, tag and attribution, and clears", () => {
    render(<FilterMenu />);
    const toggle = screen.getByRole("button", { name: "Filters" });
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");

    fireEvent.click(screen.getByRole("checkbox", { name: /Critique/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Claim/ }));
    expect(useUiStore.getState().filters.kinds).toEqual(["critique", "claim"]);
    expect([...(useExploreView.getState().passing ?? [])]).toEqual(["c", "k"]);
    expect(screen.getByRole("button", { name: "Filters (2)" })).toBeTruthy();

    fireEvent.click(screen.getByRole("checkbox", { name: /bullying/ }));
    expect([...(useExploreView.getState().passing ?? [])]).toEqual(["c"]);
    fireEvent.click(screen.getByRole("checkbox", { name: /bullying/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Critics/ }));
    expect([...(useExploreView.getState().passing ?? [])]).toEqual(["k"]);

    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(useExploreView.getState().passing).toBeNull();
  });

  it("closes with Escape and gives focus back to its button", () => {
    render(<FilterMenu />);
    const toggle = screen.getByRole("button", { name: "Filters" });
    fireEvent.click(toggle);
    fireEvent.keyDown(screen.getByRole("checkbox", { name: /Thesis/ }), { key: "Escape" });
    expect(screen.queryByRole("checkbox", { name: /Thesis/ })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
