/**
 * The inspector's text fields keep a draft and give it to the map when done: Enter in a one-line field,
 * Ctrl+Enter in a multi-line one (where Enter is a new line), or leaving the field; Escape puts the draft
 * back. An undercut names the relation it questions, in the relation's inspector and in the list of the
 * undercutting point's relations alike.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import type { ArgumentMap } from "../../src/model/schema";
import { EdgeEditor } from "../../src/ui/inspector/EdgeEditor";
import { TextField } from "../../src/ui/inspector/fields";
import { NodeRelationsList } from "../../src/ui/inspector/NodeRelationsList";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

function field(multiline: boolean) {
  const onCommit = vi.fn((_value: string) => null);
  renderInApp(app, <TextField label="Words" value="before" onCommit={onCommit} multiline={multiline} />);
  const box = screen.getByLabelText("Words") as HTMLInputElement | HTMLTextAreaElement;
  fireEvent.change(box, { target: { value: "after" } });
  return { box, onCommit };
}

describe("an inspector text field", () => {
  it("keeps a one-line draft on Enter", () => {
    const { box, onCommit } = field(false);
    expect(box.tagName).toBe("INPUT");
    fireEvent.keyDown(box, { key: "Enter" });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith("after");
  });

  it("keeps a multi-line draft on Ctrl+Enter or Cmd+Enter, not on plain Enter", () => {
    const { box, onCommit } = field(true);
    expect(box.tagName).toBe("TEXTAREA");
    fireEvent.keyDown(box, { key: "Enter" });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: "Enter", ctrlKey: true });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith("after");
    fireEvent.change(box, { target: { value: "again" } });
    fireEvent.keyDown(box, { key: "Enter", metaKey: true });
    expect(onCommit).toHaveBeenLastCalledWith("again");
  });

  it.each([false, true])("puts the draft back on Escape (multi-line: %s)", (multiline) => {
    const { box, onCommit } = field(multiline);
    fireEvent.keyDown(box, { key: "Escape" });
    expect(box.value).toBe("before");
    fireEvent.blur(box);
    expect(onCommit).not.toHaveBeenCalled();
  });
});

/** The small map with the critique undercutting the claim's support of the thesis. */
function mapWithUndercut(): ArgumentMap {
  const doc = smallMap();
  doc.edges.push({ id: "u1", from: "k", to: "e1", relation: "undercut" });
  return doc;
}

describe("an undercut in the inspector", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(mapWithUndercut());
  });

  const linkWords = (element: HTMLElement) =>
    within(element)
      .getAllByRole("button")
      .map((button) => button.getAttribute("data-node-id"));

  it("names the questioned relation, each end a link, in the relation's inspector", () => {
    const edge = app.stores.document.getState().doc.edges.find((e) => e.id === "u1");
    const { container } = renderInApp(app, <EdgeEditor edge={edge as NonNullable<typeof edge>} />);
    const questioned = container.querySelector(".questioned-relation") as HTMLElement;
    expect(questioned.textContent).toMatch(
      /^the link .*Uniforms reduce bullying\. supports .*Schools should/,
    );
    expect(linkWords(questioned)).toEqual(["c", "t"]);
  });

  it("names it the same way among the undercutting point's relations", () => {
    const { container } = renderInApp(app, <NodeRelationsList id="k" />);
    const questioned = container.querySelector(".questioned-relation") as HTMLElement;
    expect(questioned.textContent).toMatch(
      /^the link .*Uniforms reduce bullying\. supports .*Schools should/,
    );
    expect(linkWords(questioned)).toEqual(["c", "t"]);
  });
});
