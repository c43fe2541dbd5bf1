/**
 * The library on a page of the browser: local storage when it works (memory otherwise), a flush when
 * the page is hidden or closed (and a prompt before leaving changes that could not be stored), catching
 * up with other tabs, and share links in the address, which are imported and then cleared so that a
 * reload does not import them again. createApp calls this once the library starts; tests in Node
 * leave it out.
 */
import type { AppStores } from "../../app/create-stores";
import type { KeepEnvironment } from "../../app/library/keep-core";
import type { KeepSession } from "../../app/library/keep-session";
import { isShareFragment } from "../../io/share-link";
import { compressInAWorker } from "../../store/persistence/map-compression";
import { storedMapPreparer } from "../../store/persistence/prepare-stored-map";
import { changesNotStored } from "../../store/persistence/save-status";
import { openBrowserStorage } from "../../store/persistence/storage-port";

/** Where the library is kept on a page: the browser's local storage. */
export function browserKeepEnvironment(): Partial<KeepEnvironment> {
  return {
    openStorage: () => openBrowserStorage(() => window.localStorage),
    prepareStoredMap: storedMapPreparer(compressInAWorker()),
  };
}

/** Binds a started library to the page; returns what unbinds it. */
export function bindKeepToPage(keep: KeepSession, stores: AppStores): () => void {
  takeShareLink(keep);
  const unbind = bindToPage(keep, stores);
  // The browser tests' build lets them ask whether a write is still to come (see AutosaveController.quiet).
  if (__WARRANT_TEST_FAULTS__) Object.assign(window, { warrantAutosaveQuiet: () => keep.autosaveQuiet() });
  return unbind;
}

function takeShareLink(keep: KeepSession): void {
  const hash = window.location.hash;
  if (!isShareFragment(hash)) return;
  // Cleared first: if the map is refused, a reload should not show the same refusal again.
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", `${pathname}${search}`);
  keep.importShareFragment(hash);
}

function bindToPage(keep: KeepSession, stores: AppStores): () => void {
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
    if (changesNotStored(stores.keep.getState().status)) {
      event.preventDefault();
      event.returnValue = "";
    }
  };
  // Back to the tab: the site's storage may have been cleared meanwhile (which no event reports).
  const focused = () => keep.catchUp();
  const storageChanged = (event: StorageEvent) => keep.storageChanged(event.key);
  // A share link pasted into the address bar of an open tab changes only the fragment.
  const hashChanged = () => takeShareLink(keep);
  const listeners: Array<[EventTarget, string, (event: never) => void]> = [
    [window, "pagehide", pageHidden],
    [window, "beforeunload", beforeUnload],
    [document, "visibilitychange", visibilityChanged],
    [window, "storage", storageChanged],
    [window, "focus", focused],
    [window, "hashchange", hashChanged],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener as EventListener);
  return () => {
    for (const [target, type, listener] of listeners)
      target.removeEventListener(type, listener as EventListener);
  };
}
