/**
 * Starts the library once per page, in the browser: local storage when it works (memory otherwise),
 * a flush when the page is hidden or closed (and a prompt before leaving changes that could not be
 * stored), catching up with other tabs, and share links in the
 * address, which are imported and then cleared so that a reload does not import them again.
 */
import { isShareFragment } from "../../io/share-link";
import { useKeepStore } from "../app-stores";
import { loadEssayMap } from "../essay-map";
import type { KeepEnvironment } from "./keep-core";
import { KeepSession } from "./keep-session";
import { changesNotStored } from "./save-status";
import { openBrowserStorage } from "./storage-port";

let session: KeepSession | null = null;
let unbind: (() => void) | null = null;

/** The running session, for the components' buttons; null before `startKeep`. */
export function keepSession(): KeepSession | null {
  return session;
}

export function startKeep(overrides: Partial<KeepEnvironment> = {}): KeepSession {
  if (session) return session;
  const environment: KeepEnvironment = {
    openStorage: () => openBrowserStorage(() => window.localStorage),
    essayMap: loadEssayMap,
    now: () => new Date(),
    ...overrides,
  };
  session = new KeepSession(environment);
  const started = session;
  started.start();
  takeShareLink(started);
  unbind = bindToPage(started);
  // The browser tests' build lets them ask whether a write is still to come (see AutosaveController.quiet).
  if (__WARRANT_TEST_FAULTS__) Object.assign(window, { warrantAutosaveQuiet: () => started.autosaveQuiet() });
  return started;
}

/** For tests: stops the session and forgets it, so the next `startKeep` starts afresh. */
export function stopKeep(): void {
  unbind?.();
  unbind = null;
  session?.stop();
  session = null;
}

function takeShareLink(keep: KeepSession): void {
  const hash = window.location.hash;
  if (!isShareFragment(hash)) return;
  // Cleared first: if the map is refused, a reload should not show the same refusal again.
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", `${pathname}${search}`);
  keep.importShareFragment(hash);
}

function bindToPage(keep: KeepSession): () => void {
  const pageHidden = () => {
    keep.pageLeft();
    keep.pageHidden();
  };
  const visibilityChanged = () => {
    // Hidden: write now, the tab may never come back. Visible again: another tab may have saved since.
    if (document.visibilityState === "hidden") keep.flush();
    else keep.catchUp();
  };
  // Leaving with changes that are not in storage (storage full or unavailable, another tab's newer save,
  // writing stopped) asks first; a pending write is made at once, and asks only if it failed.
  const beforeUnload = (event: BeforeUnloadEvent) => {
    keep.flush();
    if (changesNotStored(useKeepStore.getState().status)) {
      event.preventDefault();
      event.returnValue = "";
    }
  };
  // Back to the tab: the site's storage may have been cleared meanwhile (which no event reports).
  const focused = () => keep.catchUp();
  const storageChanged = (event: StorageEvent) => keep.storageChanged(event.key);
  // A share link pasted into the address bar of an open tab changes only the fragment.
  const hashChanged = () => takeShareLink(keep);
  window.addEventListener("pagehide", pageHidden);
  window.addEventListener("beforeunload", beforeUnload);
  document.addEventListener("visibilitychange", visibilityChanged);
  window.addEventListener("storage", storageChanged);
  window.addEventListener("focus", focused);
  window.addEventListener("hashchange", hashChanged);
  return () => {
    window.removeEventListener("pagehide", pageHidden);
    window.removeEventListener("beforeunload", beforeUnload);
    document.removeEventListener("visibilitychange", visibilityChanged);
    window.removeEventListener("storage", storageChanged);
    window.removeEventListener("focus", focused);
    window.removeEventListener("hashchange", hashChanged);
  };
}
