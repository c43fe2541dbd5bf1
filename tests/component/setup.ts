/**
 * What React Flow needs from a browser that jsdom does not have: a ResizeObserver whose callback fires
 * asynchronously (a synchronous one renders nothing), DOMMatrixReadOnly, and elements with a size.
 */

import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

class AsyncResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    setTimeout(() => {
      this.callback([{ target, contentRect: target.getBoundingClientRect() } as ResizeObserverEntry], this);
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
Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { get: () => 800, configurable: true },
  offsetHeight: { get: () => 600, configurable: true },
});
(SVGElement.prototype as SVGGraphicsElement).getBBox = () =>
  ({ x: 0, y: 0, width: 100, height: 40 }) as DOMRect;

afterEach(() => cleanup());
