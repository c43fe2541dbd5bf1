/** Searching: the count of matches, stepping through them with Enter, and the shortcuts that get there. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useDocumentStore, useUiStore } from "../../src/store/app-stores";
import { SearchBox } from "../../src/ui/toolbar/SearchBox";
import { smallMap } from "../helpers/small-map";

describe("the search box", () => {
  beforeEach(() => {
    useDocumentStore.getState().openDocument(smallMap());
  });

  it("counts matches and steps through them, selecting each", () => {
    render(<SearchBox />);
    const input = screen.getByRole("searchbox", { name: "Search the map" });
    fireEvent.change(input, { target: { value: "uniforms" } });
    expect(screen.getByRole("status").textContent).toBe("3 matches");

    fireEvent.keyDown(input, { key: "Enter" });
    expect(useUiStore.getState().selectedId).toBe("t");
    expect(screen.getByRole("status").textContent).toBe("1 of 3");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(useUiStore.getState().selectedId).toBe("c");
    fireEvent.keyDown(input, { key: "Enter", shiftKey: true });
    expect(useUiStore.getState().selectedId).toBe("t");
    fireEvent.keyDown(input, { key: "Enter", shiftKey: true });
    expect(useUiStore.getState().selectedId).toBe("k");
    expect(useUiStore.getState().centerRequest?.id).toBe("k");
  });

  it("searches attribution and says when nothing matches", () => {
    render(<SearchBox />);
    const input = screen.getByRole("searchbox");
    fireEvent.change(input, { target: { value: "critics" } });
    expect(screen.getByRole("status").textContent).toBe("1 match");
    fireEvent.change(input, { target: { value: "zebra" } });
    expect(screen.getByRole("status").textContent).toBe("No matches");
    expect(screen.getByRole("button", { name: "Next match" })).toHaveProperty("disabled", true);
  });

  it("is reached with Ctrl+F or / and cleared with Escape", () => {
    render(<SearchBox />);
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
    expect(useUiStore.getState().searchQuery).toBe("");
  });
});
