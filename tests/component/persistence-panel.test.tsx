/** The library's controls as people use them: status, list, rename, delete and undo, the quota banner. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { MemoryStorage } from "../../src/store/persistence/storage-port";
import { KeepHeaderControls } from "../../src/ui/storage/KeepHeaderControls";
import { KeepLayer } from "../../src/ui/storage/KeepLayer";
import { appForEachTest, renderInApp } from "../helpers/test-app";

const current = appForEachTest();
const startKeep = current.startKeep;

/** Storage whose writes can be refused as a full quota. */
class FillableStorage extends MemoryStorage {
  full = false;
  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException("full", "QuotaExceededError");
    super.setItem(key, value);
  }
}

let storage: FillableStorage;

function renderKeep() {
  startKeep({ openStorage: () => ({ kind: "browser", storage }) });
  return renderInApp(
    current.app,
    <>
      <KeepHeaderControls />
      <KeepLayer />
    </>,
  );
}

/** The library's code loads when it first opens (see onDemand); the test waits for it. */
async function openLibrary() {
  fireEvent.click(screen.getByRole("button", { name: "Library" }));
  await act(async () => {
    await import("../../src/ui/library/LibraryPanel");
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new FillableStorage();
  current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
  current.app.stores.keep.setState(initialKeepState, true);
  current.app.stores.keepUi.setState({ libraryOpen: false, pasteOpen: false, shareOpen: false });
});

afterEach(() => {
  current.app.stop();
  vi.useRealTimers();
});

describe("the library's controls", () => {
  it("show the save status and list the stored maps", async () => {
    renderKeep();
    expect(screen.getByText("Saved").tagName).toBe("OUTPUT");
    await openLibrary();
    const list = screen.getByRole("list", { name: "Maps" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(list.textContent).toContain("47 nodes");
  });

  it("rename the open map through the list, and the status follows the save", async () => {
    renderKeep();
    await openLibrary();
    fireEvent.click(screen.getByRole("button", { name: /^Rename/ }));
    fireEvent.change(screen.getByRole("textbox", { name: "Map title" }), {
      target: { value: "  My notes  " },
    });
    fireEvent.submit(screen.getByRole("textbox", { name: "Map title" }));
    expect(current.app.stores.document.getState().doc.map.title).toBe("My notes");
    expect(screen.getByText("Saving…")).toBeTruthy();
    act(() => vi.advanceTimersByTime(300));
    expect(screen.getByText("Saved")).toBeTruthy();
    expect(screen.getByRole("button", { name: "My notes" })).toBeTruthy();
  });

  it("refuse a blank title", async () => {
    renderKeep();
    await openLibrary();
    fireEvent.click(screen.getByRole("button", { name: /^Rename/ }));
    fireEvent.change(screen.getByRole("textbox", { name: "Map title" }), { target: { value: "   " } });
    fireEvent.submit(screen.getByRole("textbox", { name: "Map title" }));
    expect(screen.getByText("A map title needs 1 to 200 characters.")).toBeTruthy();
    expect(current.app.stores.document.getState().doc.map.title).toContain("A Fight Against Impunity");
  });

  it("delete a map with an undo", async () => {
    renderKeep();
    await openLibrary();
    fireEvent.click(screen.getByRole("button", { name: "New blank map" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Delete “Untitled map”" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Undo delete" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "Undo delete" })).toBeNull();
  });

  it("say when the quota is full, keep the edit, and offer the export", () => {
    const createObjectURL = vi.fn(() => "blob:map");
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    // jsdom cannot follow a download link; the click itself is what matters here.
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderKeep();
    storage.full = true;
    act(() =>
      current.app.stores.document
        .getState()
        .applyEdit((doc) => ({ ...doc, map: { ...doc.map, title: "Edited" } })),
    );
    act(() => vi.advanceTimersByTime(300));
    const banner = screen.getByRole("alert");
    expect(banner.textContent).toContain("“Edited” is not saved: browser storage is full");
    expect(screen.getByText("Not saved: storage full")).toBeTruthy();
    fireEvent.click(within(banner).getByRole("button", { name: "Export JSON" }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
    storage.full = false;
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("Saved")).toBeTruthy();
  });
});
