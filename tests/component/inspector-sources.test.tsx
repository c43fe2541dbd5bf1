/**
 * The inspector's sources: the list of the map's sources to cite leaves out the ones the point cites, and
 * what was chosen or typed for one point never carries over to the next, while the list itself stays in
 * the page from one point to the next (a big map has thousands of sources, which the browser would
 * otherwise style anew each time a point is selected, adding a point included).
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import type { ArgumentMap } from "../../src/model/schema";
import { Inspector } from "../../src/ui/inspector/Inspector";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
  const doc: ArgumentMap = smallMap();
  doc.sources = [
    ...(doc.sources ?? []),
    { id: "s2", citation: "Teachers' union report" },
    { id: "s3", citation: "Parents' letter" },
  ];
  app.stores.document.getState().openDocument(doc);
});
afterEach(() => stopTestApps());

const select = (id: string) => act(() => app.stores.selection.getState().selectNodes([id]));
const picker = () => screen.getByLabelText("Cite a source of the map") as HTMLSelectElement;
const offered = () => [...picker().options].map((option) => option.value).filter((value) => value !== "");
const attach = () => screen.getByRole("button", { name: "Attach" }) as HTMLButtonElement;
const cited = (id: string) =>
  app.stores.document.getState().doc.nodes.find((node) => node.id === id)?.sourceIds;

describe("citing a source of the map in the inspector", () => {
  it("offers the sources the point does not cite, and attaches the one chosen", () => {
    renderInApp(app, <Inspector />);
    select("ev");
    expect(offered()).toEqual(["s2", "s3"]);
    select("c");
    expect(offered()).toEqual(["s1", "s2", "s3"]);
    fireEvent.change(picker(), { target: { value: "s3" } });
    fireEvent.click(attach());
    expect(cited("c")).toEqual(["s3"]);
    expect(offered()).toEqual(["s1", "s2"]);
    expect(picker().value).toBe("");
  });

  it("starts the next point with nothing chosen and no new source typed", () => {
    renderInApp(app, <Inspector />);
    select("c");
    fireEvent.change(picker(), { target: { value: "s2" } });
    expect(attach().disabled).toBe(false);
    fireEvent.change(screen.getByLabelText("Citation"), { target: { value: "A draft citation" } });
    select("t");
    expect(picker().value).toBe("");
    expect(attach().disabled).toBe(true);
    expect((screen.getByLabelText("Citation") as HTMLInputElement).value).toBe("");
    fireEvent.click(attach());
    expect(cited("t")).toBeUndefined();
  });

  it("keeps the same list in the page when the next point is offered the same sources", () => {
    renderInApp(app, <Inspector />);
    select("c");
    const before = [...picker().options];
    select("t");
    expect([...picker().options]).toHaveLength(before.length);
    [...picker().options].forEach((option, i) => {
      expect(option).toBe(before[i]);
    });
  });
});
