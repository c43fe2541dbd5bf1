/**
 * The canvas's floating boxes are read when the observers report a change, not each time a view asks
 * for its room: asking again reads nothing, a resize reads them anew, and a panel added or taken away
 * makes the next question read them at once, while other children of the canvas coming and going do not.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watchFloatingBoxes } from "../../../src/ui/canvas/floating-boxes-watch";

type Callback = () => void;
const resizeCallbacks: Callback[] = [];
const mutationCallbacks: ((records: unknown[]) => void)[] = [];

class FakeResizeObserver {
  constructor(callback: Callback) {
    resizeCallbacks.push(callback);
  }
  observe() {}
  disconnect() {}
}
class FakeMutationObserver {
  constructor(callback: (records: unknown[]) => void) {
    mutationCallbacks.push(callback);
  }
  observe() {}
  disconnect() {}
}
class FakeElement {
  constructor(
    public classList: { contains: (name: string) => boolean },
    public left: number,
  ) {}
  reads = 0;
  getBoundingClientRect() {
    this.reads++;
    return { left: this.left, top: 0, width: 10, height: 10 };
  }
}

const panel = (left: number) => new FakeElement({ contains: (name) => name === "react-flow__panel" }, left);
const other = () => new FakeElement({ contains: () => false }, 0);

let saved: Record<string, unknown>;
beforeEach(() => {
  saved = {
    ResizeObserver: globalThis.ResizeObserver,
    MutationObserver: globalThis.MutationObserver,
    Element: globalThis.Element,
  };
  Object.assign(globalThis, {
    ResizeObserver: FakeResizeObserver,
    MutationObserver: FakeMutationObserver,
    Element: FakeElement,
  });
  resizeCallbacks.length = 0;
  mutationCallbacks.length = 0;
});
afterEach(() => {
  Object.assign(globalThis, saved);
});

function canvasWith(panels: FakeElement[]) {
  const canvas = Object.assign(new FakeElement({ contains: () => false }, 0), {
    querySelectorAll: () => panels,
  });
  return canvas;
}

describe("watching the canvas's floating boxes", () => {
  it("reads the boxes once until an observer reports a change", () => {
    const legend = panel(5);
    const panels = [legend];
    const canvas = canvasWith(panels);
    const watch = watchFloatingBoxes(canvas as unknown as HTMLElement);
    expect(watch.boxes()).toEqual([{ left: 5, top: 0, width: 10, height: 10 }]);
    watch.boxes();
    watch.boxes();
    expect(legend.reads).toBe(1);

    // The legend folds: the resize is reported once the page is laid out, and read then.
    legend.left = 7;
    for (const callback of resizeCallbacks) callback();
    expect(legend.reads).toBe(2);
    expect(watch.boxes()).toEqual([{ left: 7, top: 0, width: 10, height: 10 }]);
    expect(legend.reads).toBe(2);

    // Another child of the canvas comes and goes: the boxes stand.
    for (const callback of mutationCallbacks) callback([{ addedNodes: [other()], removedNodes: [] }]);
    watch.boxes();
    expect(legend.reads).toBe(2);

    // The overview appears: until the observer reports on it, the boxes are read when asked.
    const overview = panel(100);
    panels.push(overview);
    for (const callback of mutationCallbacks) callback([{ addedNodes: [overview], removedNodes: [] }]);
    expect(watch.boxes()).toHaveLength(2);
    expect(overview.reads).toBe(1);
    watch.stop();
  });
});
