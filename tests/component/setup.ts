/**
 * What React Flow needs from a browser that jsdom does not have: a ResizeObserver whose callback fires
 * asynchronously, with every pending entry at once (a synchronous one renders nothing), DOMMatrixReadOnly,
 * and elements with a size (their inline size when set in pixels, as React Flow does for fixed-size nodes).
 */

import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { LAYERED_LAYOUT } from "../../src/ui/layout/layered-layout-code";

class AsyncResizeObserver {
  private pending: Element[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    // Like a browser, deliver everything observed in one task as one batch of entries.
    if (this.pending.push(target) > 1) return;
    setTimeout(() => {
      const targets = this.pending;
      this.pending = [];
      const entries = targets.map(
        (element) =>
          ({ target: element, contentRect: element.getBoundingClientRect() }) as ResizeObserverEntry,
      );
      this.callback(entries, this);
    }, 0);
  }
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyStandIn {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

globalThis.ResizeObserver = AsyncResizeObserver as unknown as typeof ResizeObserver;
globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStandIn as unknown as typeof DOMMatrixReadOnly;
// An element with an inline size in pixels reports it (React Flow's nodes of a fixed size), others 800x600.
function inlinePixels(value: string, fallback: number): number {
  return value.endsWith("px") ? Number.parseFloat(value) : fallback;
}
Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: {
    get(this: HTMLElement) {
      return inlinePixels(this.style.width, 800);
    },
    configurable: true,
  },
  offsetHeight: {
    get(this: HTMLElement) {
      return inlinePixels(this.style.height, 600);
    },
    configurable: true,
  },
});
// jsdom lays nothing out, so there is nothing to scroll.
Element.prototype.scrollIntoView = () => {};
(SVGElement.prototype as SVGGraphicsElement).getBBox = () =>
  ({ x: 0, y: 0, width: 100, height: 40 }) as DOMRect;

afterEach(() => cleanup());

// The app loads dagre's code on demand (layered-layout-code.ts); here it is there from the start, so a
// canvas lays out small maps as the app does once it has loaded.
await LAYERED_LAYOUT.load();
