/** Searching: the count of matches, stepping through them with Enter, and the shortcuts that get there. */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import { SearchBox } from "../../src/ui/toolbar/SearchBox";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

describe("the search box", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(smallMap());
  });

  it("counts matches and steps through them, selecting each", () => {
    renderInApp(app, <SearchBox />);
    const input = screen.getByRole("searchbox", { name: "Search the map" });
    fireEvent.change(input, { target: { value: "uniforms" } });
    expect(screen.getByRole("status").textContent).toBe("3 matches");

    fireEvent.keyDown(input, { key: "Enter" });
    expect(app.stores.selection.getState().primaryId).toBe("t");
    expect(screen.getByRole("status").textContent).toBe("1 of 3");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(app.stores.selection.getState().primaryId).toBe("c");
    fireEvent.keyDown(input, { key: "Enter", shiftKey: true });
    expect(app.stores.selection.getState().primaryId).toBe("t");
    fireEvent.keyDown(input, { key: "Enter", shiftKey: true });
    expect(app.stores.selection.getState().primaryId).toBe("k");
    expect(app.stores.ui.getState().centerRequest?.id).toBe("k");
  });

  it("searches attribution and says when nothing matches", () => {
    renderInApp(app, <SearchBox />);
    const input = screen.getByRole("searchbox");
    fireEvent.change(input, { target: { value: "critics" } });
    expect(screen.getByRole("status").textContent).toBe("1 match");
    fireEvent.change(input, { target: { value: "zebra" } });
    expect(screen.getByRole("status").textContent).toBe("No matches");
    expect(screen.getByRole("button", { name: "Next match" })).toHaveProperty("disabled", true);
  });

  it("is reached with Ctrl+F or / and cleared with Escape", () => {
    renderInApp(app, <SearchBox />);
    const input = screen.getByRole("searchbox");
    act(() => {
      fireEvent.keyDown(document.body, { key: "/" });
    });
    expect(document.activeElement).toBe(input);
    act(() => input.blur());
    act(() => {
      fireEvent.keyDown(document.body, { key: "f", ctrlKey: true });
    });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: "survey" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(app.stores.ui.getState().searchQuery).toBe("");
  });
});
