/**
 * A teacher's sentence starter picked while a new point's words are typed: the caret stands after the
 * starter at once, so letters typed straight after the pick follow it in order, however soon they come.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PLACEHOLDER_TEXT } from "../../src/model/operations/extend";
import { InlineTextEditor } from "../../src/ui/edit/InlineTextEditor";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

afterEach(() => {
  stopTestApps();
  vi.useRealTimers();
});

/** Types as a key press does: the letters go in at the caret, which then stands after them. */
function typeAtCaret(field: HTMLTextAreaElement, letters: string) {
  const start = field.selectionStart;
  const next = field.value.slice(0, start) + letters + field.value.slice(field.selectionEnd);
  fireEvent.change(field, { target: { value: next } });
  field.setSelectionRange(start + letters.length, start + letters.length);
}

/** The page's next frame, on a clock the test moves: a frame in jsdom need never come on its own. */
const nextFrame = () => act(() => vi.advanceTimersToNextFrame());

describe("a sentence starter picked in a new point's text", () => {
  it("puts the caret after the starter before the next key, so quick typing keeps its order", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame"] });
    const doc = smallMap();
    doc.map.assignment = { title: "Map the critiques", stems: { critique: ["One weakness is"] } };
    doc.nodes.push({ id: "new", kind: "critique", text: PLACEHOLDER_TEXT.critique });
    const app = testApp({ initialDoc: () => doc });
    renderInApp(app, <InlineTextEditor id="new" text={PLACEHOLDER_TEXT.critique} label="New critique" />);
    const field = screen.getByLabelText<HTMLTextAreaElement>("Text of New critique");

    fireEvent.click(screen.getByRole("button", { name: "One weakness is" }));
    expect(field.value).toBe("One weakness is ");
    expect([field.selectionStart, field.selectionEnd]).toEqual([16, 16]);
    typeAtCaret(field, "th");
    // Anything the pick left for a later frame runs now, between two keys.
    nextFrame();
    typeAtCaret(field, "at it has no police.");
    expect(field.value).toBe("One weakness is that it has no police.");

    // The same starter again keeps the words and puts the caret after it.
    fireEvent.change(field, { target: { value: "One weakness is " } });
    field.setSelectionRange(0, 0);
    fireEvent.click(screen.getByRole("button", { name: "One weakness is" }));
    expect([field.selectionStart, field.selectionEnd]).toEqual([16, 16]);
  });
});
