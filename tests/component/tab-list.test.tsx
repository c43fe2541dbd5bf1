/**
 * The tab row the side panel and the Prep tab share: only the chosen tab is in the tab order, the arrow
 * keys choose the next or previous tab (wrapping round) and move focus to it, a click chooses a tab.
 */
import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app/create-app";
import { TabList } from "../../src/ui/panel/TabList";
import { PrepPanel } from "../../src/ui/prep/PrepPanel";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

const TABS = [
  { id: "one", label: "One" },
  { id: "two", label: "Two" },
  { id: "three", label: "Three" },
] as const;
type Id = (typeof TABS)[number]["id"];

function ThreeTabs() {
  const [chosen, setChosen] = useState<Id>("one");
  return (
    <TabList
      tabs={TABS}
      chosen={chosen}
      onChoose={setChosen}
      label="Numbers"
      className="numbers"
      tabId={(id) => `tab-${id}`}
      panelId={(id) => `panel-${id}`}
    />
  );
}

const tab = (name: string) => screen.getByRole("tab", { name });
const chosenTabs = () =>
  screen
    .getAllByRole("tab")
    .filter((element) => element.getAttribute("aria-selected") === "true")
    .map((element) => element.textContent);

describe("the tab list", () => {
  it("names the list and links each tab to its panel; only the chosen tab takes focus with Tab", () => {
    renderInApp(app, <ThreeTabs />);
    expect(screen.getByRole("tablist", { name: "Numbers" }).className).toBe("numbers");
    expect(tab("Two").id).toBe("tab-two");
    expect(tab("Two").getAttribute("aria-controls")).toBe("panel-two");
    expect(chosenTabs()).toEqual(["One"]);
    expect(screen.getAllByRole("tab").map((element) => element.tabIndex)).toEqual([0, -1, -1]);
  });

  it("chooses the next and previous tab with the arrow keys, wrapping round, and moves focus to it", () => {
    renderInApp(app, <ThreeTabs />);
    const list = screen.getByRole("tablist");
    fireEvent.keyDown(list, { key: "ArrowRight" });
    expect(chosenTabs()).toEqual(["Two"]);
    expect(document.activeElement).toBe(tab("Two"));
    fireEvent.keyDown(list, { key: "ArrowRight" });
    fireEvent.keyDown(list, { key: "ArrowRight" });
    expect(chosenTabs()).toEqual(["One"]);
    fireEvent.keyDown(list, { key: "ArrowLeft" });
    expect(chosenTabs()).toEqual(["Three"]);
    expect(document.activeElement).toBe(tab("Three"));
    fireEvent.keyDown(list, { key: "ArrowDown" });
    expect(chosenTabs()).toEqual(["Three"]);
  });

  it("chooses a tab on click", () => {
    renderInApp(app, <ThreeTabs />);
    fireEvent.click(tab("Three"));
    expect(chosenTabs()).toEqual(["Three"]);
    expect(screen.getAllByRole("tab").map((element) => element.tabIndex)).toEqual([-1, -1, 0]);
  });
});

describe("the Prep tab's sections", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(smallMap());
    app.stores.prepView.setState({ section: "checklist" });
  });

  it("moves from the checklist to the speeches with an arrow key, and shows that section", () => {
    renderInApp(app, <PrepPanel />);
    fireEvent.keyDown(screen.getByRole("tablist", { name: "Prep" }), { key: "ArrowRight" });
    expect(app.stores.prepView.getState().section).toBe("outline");
    const panel = screen.getByRole("tabpanel");
    expect(panel.id).toBe("prep-section-outline");
    expect(panel.getAttribute("aria-labelledby")).toBe(screen.getByRole("tab", { name: "Speeches" }).id);
  });
});
