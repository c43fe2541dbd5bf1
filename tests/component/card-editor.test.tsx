/**
 * The evidence card in the inspector: each part typed is kept on the point as one undo step, clearing every
 * part takes the card off, and a card kept on a point that is no longer evidence is said, not edited.
 */
import { fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import { CardEditor } from "../../src/ui/inspector/CardEditor";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp({ initialDoc: smallMap });
});
afterEach(() => stopTestApps());

const point = (id: string) => {
  const node = app.stores.document.getState().doc.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no point ${id}`);
  return node;
};

function type(label: string, words: string) {
  const box = screen.getByLabelText(label);
  fireEvent.change(box, { target: { value: words } });
  fireEvent.blur(box);
}

describe("the evidence card in the inspector", () => {
  it("keeps each part typed on the evidence point, one undo step each, and clearing all takes it off", () => {
    const { rerender } = renderInApp(app, <CardEditor node={point("ev")} />);
    type("Card tag", "Uniforms cut bullying");
    rerender(<CardEditor node={point("ev")} />);
    type("Cite", "Smith 2020, School Survey");
    rerender(<CardEditor node={point("ev")} />);
    type("Card text", "Bullying fell\nby a fifth.");
    expect(point("ev").card).toEqual({
      tag: "Uniforms cut bullying",
      cite: "Smith 2020, School Survey",
      text: "Bullying fell\nby a fifth.",
    });
    app.stores.document.getState().undo();
    expect(point("ev").card).toEqual({ tag: "Uniforms cut bullying", cite: "Smith 2020, School Survey" });
    rerender(<CardEditor node={point("ev")} />);
    type("Card tag", " ");
    rerender(<CardEditor node={point("ev")} />);
    type("Cite", "");
    expect(point("ev").card).toBeUndefined();
  });

  it("says a card is kept on a point that is not evidence, without fields to edit", () => {
    const claim = { ...point("c"), card: { cite: "Smith 2020" } };
    renderInApp(app, <CardEditor node={claim} />);
    expect(screen.queryByLabelText("Cite")).toBeNull();
    expect(
      screen.getByText(/keeps an evidence card; it shows again when the point is evidence/),
    ).toBeTruthy();
  });
});
