/** Collapsing on the canvas: the subtree's nodes go, the badge counts them, expanding brings them back. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useDocumentStore } from "../../src/store/app-stores";
import { MapCanvas } from "../../src/ui/canvas/MapCanvas";
import { selectNode } from "../../src/ui/explore/commands";
import { smallMap } from "../helpers/small-map";

function shownIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll(".argument-node")].map(
    (node) => node.getAttribute("data-node-id") ?? "",
  );
}

describe("collapsing a subtree on the canvas", () => {
  beforeEach(() => {
    const doc = smallMap();
    // Evidence that also supports the thesis directly: it must stay when the claim is collapsed.
    doc.edges.push({ id: "e5", from: "ev", to: "t", relation: "support" });
    useDocumentStore.getState().openDocument(doc);
  });

  it("hides what argues about the thesis and counts it on the badge", async () => {
    const { container } = render(<MapCanvas />);
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));

    fireEvent.click(
      screen.getByRole("button", { name: /Collapse what argues about “Schools should require/ }),
    );
    await vi.waitFor(() => expect(shownIds(container)).toEqual(["t"]));
    expect(useDocumentStore.getState().doc.view?.collapsed).toEqual(["t"]);
    const badge = container.querySelector("[data-hidden-count]");
    expect(badge?.getAttribute("data-hidden-count")).toBe("4");
    expect(badge?.textContent).toBe("+4");
    expect(screen.getByRole("button", { name: /4 hidden points/ }).getAttribute("aria-expanded")).toBe(
      "false",
    );

    fireEvent.click(screen.getByRole("button", { name: /Expand “Schools should require/ }));
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));
    expect(useDocumentStore.getState().doc.view?.collapsed).toEqual([]);
  });

  it("keeps a node that another visible parent still shows", async () => {
    const { container } = render(<MapCanvas />);
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));
    fireEvent.click(
      screen.getByRole("button", { name: /Collapse what argues about “Uniforms reduce bullying/ }),
    );
    await vi.waitFor(() => expect(container.querySelector("[data-hidden-count]")).not.toBeNull());
    expect(shownIds(container).sort()).toEqual(["c", "ev", "k", "r", "t"]);
    expect(container.querySelector("[data-hidden-count]")?.getAttribute("data-hidden-count")).toBe("0");
  });

  it("expands what hides a node when the node is selected from elsewhere", async () => {
    const { container } = render(<MapCanvas />);
    await vi.waitFor(() => expect(shownIds(container)).toHaveLength(5));
    act(() => useDocumentStore.getState().updateView((view) => ({ ...view, collapsed: ["t"] })));
    await vi.waitFor(() => expect(shownIds(container)).toEqual(["t"]));
    act(() => selectNode("r", { center: true }));
    await vi.waitFor(() => expect(shownIds(container)).toContain("r"));
    expect(useDocumentStore.getState().doc.view?.collapsed).toEqual([]);
  });
});
