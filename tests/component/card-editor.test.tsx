/**
 * The evidence card in the inspector: each part typed is kept on the point as one undo step, clearing every
 * part takes the card off, and a card kept on a point that is no longer evidence is said, not edited.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useDocumentStore } from "../../src/store/app-stores";
import { CardEditor } from "../../src/ui/inspector/CardEditor";
import { smallMap } from "../helpers/small-map";

const point = (id: string) => {
  const node = useDocumentStore.getState().doc.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no point ${id}`);
  return node;
};

function type(label: string, words: string) {
  const box = screen.getByLabelText(label);
  fireEvent.change(box, { target: { value: words } });
  fireEvent.blur(box);
}

describe("the evidence card in the inspector", () => {
  beforeEach(() => {
    useDocumentStore.getState().openDocument(smallMap());
  });

  it("keeps each part typed on the evidence point, one undo step each, and clearing all takes it off", () => {
    const { rerender } = render(<CardEditor node={point("ev")} />);
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
    useDocumentStore.getState().undo();
    expect(point("ev").card).toEqual({ tag: "Uniforms cut bullying", cite: "Smith 2020, School Survey" });
    rerender(<CardEditor node={point("ev")} />);
    type("Card tag", " ");
    rerender(<CardEditor node={point("ev")} />);
    type("Cite", "");
    expect(point("ev").card).toBeUndefined();
  });

  it("says a card is kept on a point that is not evidence, without fields to edit", () => {
    const claim = { ...point("c"), card: { cite: "Smith 2020" } };
    render(<CardEditor node={claim} />);
    expect(screen.queryByLabelText("Cite")).toBeNull();
    expect(
      screen.getByText(/keeps an evidence card; it shows again when the point is evidence/),
    ).toBeTruthy();
  });
});
