/**
 * What an app needs from the place it runs in. A page of the browser gives all of it (see
 * ui/startup/browser-environment.ts); a test in Node gives what it needs and the defaults do the rest:
 * the essay map, scores worked out on the spot, a library in memory, no full screen, nothing bound to a page.
 */

import type { ArgumentMap } from "../model/schema";
import type { ReadForImport } from "../store/reading/import-reading";
import type { Scorer } from "../store/score-store";
import type { AppStores } from "./create-stores";
import type { KeepEnvironment } from "./library/keep-core";
import type { KeepSession } from "./library/keep-session";

/** The browser's full screen, as presentation mode uses it. */
export interface FullScreenPort {
  /** Asks for full screen; resolves to whether it was granted. */
  enter(): Promise<boolean>;
  exit(): void;
  active(): boolean;
}

export interface AppEnvironment {
  /** The map open before anything else is (the essay map by default). */
  initialDoc?: () => ArgumentMap;
  /** How an import is read (in a worker that can be stopped, by default); tests may give their own. */
  readForImport?: ReadForImport;
  /** How scores are worked out (a worker for big maps on a page; on the spot by default). */
  scorer?: Scorer;
  /** Where the library keeps maps (memory by default), the essay a first visit opens, the clock. */
  keep?: Partial<KeepEnvironment>;
  /** Binds a started library to its page (flush when hidden, other tabs, share links); returns the unbinding. */
  bindPage?: (keep: KeepSession, stores: AppStores) => () => void;
  fullScreen?: FullScreenPort;
}
