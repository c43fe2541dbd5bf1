/**
 * The layered layout's code (dagre, 16 KB gzipped) loads the first time a map needs it, not with the
 * first screen: a map laid out by hand, a big map or the wrapped layout never does. Until it has loaded,
 * layoutMap draws the tree layout in its place; WhenLayoutReady holds the canvas back while the first
 * map's layout loads, so a map opens in its final layout rather than jumping from one to the other.
 */
import { useSyncExternalStore } from "react";
import type { LayeredLayout } from "./layout-map";

export interface LayeredLayoutCode {
  /** Starts loading (once; again after a failure); settles when the code is there or has failed. */
  load(): Promise<void>;
  /** `load` for a map that may need it later: a failure is not told, as nothing waits for it. */
  prefetch(): Promise<void>;
  /** The layout function once loaded, else null. */
  current(): LayeredLayout | null;
  /** Why the last load that a map waited for failed, until the next load starts; else null. */
  failure(): string | null;
  subscribe(listener: () => void): () => void;
}

export function layeredLayoutCode(fetch: () => Promise<LayeredLayout>): LayeredLayoutCode {
  let loaded: LayeredLayout | null = null;
  let loading: Promise<void> | null = null;
  let wanted = false;
  let failure: string | null = null;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const start = (want: boolean): Promise<void> => {
    if (loaded) return Promise.resolve();
    wanted ||= want;
    if (loading) return loading;
    failure = null;
    loading = fetch().then(
      (layout) => {
        loaded = layout;
        loading = null;
        changed();
      },
      (error: unknown) => {
        if (wanted) failure = error instanceof Error ? error.message : String(error);
        wanted = false;
        loading = null;
        changed();
      },
    );
    // A retry takes the failure away while it runs.
    changed();
    return loading;
  };
  return {
    load: () => start(true),
    prefetch: () => start(false),
    current: () => loaded,
    failure: () => failure,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one copy: a dynamic import, so the bundler puts dagre in a chunk of its own. */
export const LAYERED_LAYOUT = layeredLayoutCode(() =>
  import("./layered-layout").then((module) => module.layeredLayout),
);

export function useLayeredLayout(code: LayeredLayoutCode = LAYERED_LAYOUT): LayeredLayout | null {
  return useSyncExternalStore(code.subscribe, code.current, code.current);
}

export function useLayeredLayoutFailure(code: LayeredLayoutCode = LAYERED_LAYOUT): string | null {
  return useSyncExternalStore(code.subscribe, code.failure, code.failure);
}
