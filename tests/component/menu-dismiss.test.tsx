/**
 * The header's and toolbar's menus (Export, Classroom, Filters) close as menus do everywhere: on Escape
 * wherever the focus is, on a press outside them, and when the focus moves out; a press inside leaves
 * them open. The two menus move between their items with the arrow keys.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import { ClassroomMenu } from "../../src/ui/classroom/ClassroomMenu";
import { ExportMenu } from "../../src/ui/interop/ExportMenu";
import { FilterMenu } from "../../src/ui/toolbar/FilterMenu";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

interface Case {
  name: string;
  element: () => ReactElement;
  button: RegExp;
  /** Something inside the open menu, found once it has loaded. */
  item: () => Promise<HTMLElement>;
}

const CASES: Case[] = [
  {
    name: "Export",
    element: () => <ExportMenu />,
    button: /^Export/,
    item: () => screen.findByRole("menuitem", { name: "Picture of the map (SVG)" }),
  },
  {
    name: "Classroom",
    element: () => <ClassroomMenu />,
    button: /^Classroom/,
    item: () => screen.findByRole("menuitemradio", { name: /teacher/i }),
  },
  {
    name: "Filters",
    element: () => <FilterMenu />,
    button: /^Filters/,
    item: () => screen.findByRole("checkbox", { name: /Thesis/ }),
  },
];

function renderWithOutside(element: ReactElement): void {
  renderInApp(
    app,
    <div>
      {element}
      <button type="button">Elsewhere</button>
    </div>,
  );
}

async function openMenu({ element, button, item }: Case) {
  renderWithOutside(element());
  const toggle = screen.getByRole("button", { name: button });
  fireEvent.click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  return { toggle, inside: await item() };
}

beforeEach(() => {
  app.stores.document.getState().openDocument(smallMap());
});

describe.each(CASES)("the $name menu", (menu) => {
  const open = () => openMenu(menu);

  it("closes on Escape pressed anywhere, and gives the focus back to its button from inside", async () => {
    const first = await open();
    act(() => first.inside.focus());
    fireEvent.keyDown(first.inside, { key: "Escape" });
    expect(first.toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(first.toggle);

    fireEvent.click(first.toggle);
    expect(first.toggle.getAttribute("aria-expanded")).toBe("true");
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(first.toggle.getAttribute("aria-expanded")).toBe("false");
  });

  it("closes on a press outside, and stays open on a press inside", async () => {
    const { toggle, inside } = await open();
    fireEvent.pointerDown(inside);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    fireEvent.pointerDown(screen.getByRole("button", { name: "Elsewhere" }));
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });

  it("closes when the focus moves out of it", async () => {
    const { toggle } = await open();
    act(() => screen.getByRole("button", { name: "Elsewhere" }).focus());
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });
});

// The Filters popover is a group of checkboxes, which Tab moves between; these two are menus.
describe.each(CASES.filter((menu) => menu.name !== "Filters"))("the $name menu's items", (menu) => {
  it("are reached with the arrow keys", async () => {
    const { inside } = await openMenu(menu);
    act(() => inside.focus());
    fireEvent.keyDown(inside, { key: "ArrowDown" });
    expect(document.activeElement).not.toBe(inside);
    expect(document.activeElement?.getAttribute("role")).toMatch(/^menuitem/);
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement).toBe(inside);
  });
});
