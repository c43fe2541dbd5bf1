/** The search box's `/` key: it reaches the search box from anywhere but a text field, where `/` is typed. */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SearchBox } from "../../src/ui/toolbar/SearchBox";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

afterEach(() => stopTestApps());

describe("the / shortcut to search", () => {
  it("leaves a key typed in another text field alone", () => {
    renderInApp(
      testApp(),
      <>
        <SearchBox />
        <textarea aria-label="Notes" />
      </>,
    );
    const notes = screen.getByLabelText("Notes");
    act(() => notes.focus());
    const event = new KeyboardEvent("keydown", { key: "/", bubbles: true, cancelable: true });
    act(() => {
      notes.dispatchEvent(event);
    });
    expect(document.activeElement).toBe(notes);
    expect(event.defaultPrevented).toBe(false);
    act(() => {
      fireEvent.keyDown(document.body, { key: "/" });
    });
    expect(document.activeElement).toBe(screen.getByRole("searchbox"));
  });
});
