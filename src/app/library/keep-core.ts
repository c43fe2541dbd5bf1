/**
 * The library bound to the open map: it opens the first map once the library has loaded, feeds every
 * change of the open document to the autosave, keeps the list current, and catches up with other tabs.
 * User actions (new, duplicate, rename, delete, import, resolving a conflict) live in KeepSession,
 * which extends this.
 */

import { retitleMap } from "../../model/operations/map-info";
import type { ArgumentMap } from "../../model/schema";
import { AutosaveController } from "../../store/persistence/autosave-controller";
import type { LibraryEntry } from "../../store/persistence/library-entry";
import { MapLibrary } from "../../store/persistence/map-library";
import { blankMap, withTitleSuffix } from "../../store/persistence/map-titles";
import { clearOpeningMark, readOpeningMark, writeOpeningMark } from "../../store/persistence/opening-mark";
import type { PrepareStoredMap } from "../../store/persistence/prepare-stored-map";
import { addRenderFailure, readRenderFailures } from "../../store/persistence/render-failures";
import { holdsWrites, type SaveStatus } from "../../store/persistence/save-status";
import { isLibraryKey, mapIdOfKey, mapKey } from "../../store/persistence/storage-keys";
import type { OpenedStorage } from "../../store/persistence/storage-port";
import { decodeStoredHeader } from "../../store/persistence/stored-map-codec";
import { isBigStored } from "../../store/persistence/stored-map-decode";
import type { DraftField } from "../../store/persistence/typing-draft";
import type { ReadStored } from "../../store/reading/stored-reading";
import type { AppStores } from "../create-stores";
import { keepTyping, offerLeftTyping, typingDone } from "./typing-drafts";

export interface KeepEnvironment {
  openStorage(): OpenedStorage;
  /** The map a first visit starts with. */
  essayMap(): ArgumentMap;
  now(): Date;
  /** Makes big maps' stored form away from the page (in the browser); without it they are written at once. */
  prepareStoredMap?: PrepareStoredMap;
  /** Reads big stored maps in the background, stoppable; without it every map is read at once. */
  readStored?: ReadStored;
}

export class KeepCore {
  protected library: MapLibrary | null = null;
  protected controller: AutosaveController | null = null;
  /** Set while the session itself opens a document, so that the change is not taken for an edit. */
  private opening = false;
  private readonly stops: Array<() => void> = [];

  constructor(
    protected readonly env: KeepEnvironment,
    protected readonly stores: AppStores,
  ) {}

  get started(): boolean {
    return this.library !== null;
  }

  /**
   * Loads the library and opens a map: the one open last, else the newest readable one, else (a first
   * visit, or nothing readable) the essay map as a new entry. Nothing is written before this runs.
   */
  start(): void {
    if (this.library) return;
    const opened = this.env.openStorage();
    const library = new MapLibrary(opened.storage, { now: this.env.now });
    const controller = new AutosaveController({ target: library, prepare: this.env.prepareStoredMap });
    this.library = library;
    this.controller = controller;
    this.stores.keep.setState({
      storage: opened.kind === "memory" ? { kind: "memory", reason: opened.reason } : { kind: "browser" },
    });
    this.stops.push(controller.subscribe((status) => this.statusChanged(status)));
    const documents = this.stores.document.getState();
    // A map opened before the library loaded (a generated demo, `?generate=N`) stays open. It has no
    // library id, so it is never saved: only documents the library opened are written.
    const openedElsewhere =
      this.stores.ephemeral.getState().isEphemeral(documents.doc) ||
      documents.libraryId !== null ||
      documents.doc !== this.stores.document.getInitialState().doc;
    if (!openedElsewhere) this.openFirst();
    const { events } = this.stores;
    this.stops.push(
      events.on("mapOpened", ({ doc, libraryId }) => this.documentChanged(doc, libraryId)),
      events.on("mapOpened", ({ libraryId }) => this.stores.notices.getState().keepAbout(libraryId)),
      events.on("mapChanged", ({ doc }) =>
        this.documentChanged(doc, this.stores.document.getState().libraryId),
      ),
    );
    this.refresh();
  }

  stop(): void {
    this.controller?.flush();
    this.controller?.dispose();
    for (const stop of this.stops.splice(0)) stop();
    this.library = null;
    this.controller = null;
  }

  /** Nothing waits to be written (see AutosaveController.quiet); true before the library starts. */
  autosaveQuiet(): boolean {
    return this.controller?.quiet ?? true;
  }

  /** Writes what is pending (the tab is being hidden). True when nothing is left unsaved. */
  flush(): boolean {
    return this.controller?.flush() ?? true;
  }

  /**
   * The page is going away. Work that cannot be written where it belongs (another tab saved newer work,
   * or the stored map became unreadable) is kept as a copy rather than lost with the tab.
   */
  pageHidden(): void {
    const controller = this.controller;
    if (!controller) return;
    controller.restoreIfGone();
    if (controller.flush()) return;
    // After an error nothing is written, not even as a copy: the user exports what they want to keep.
    if (controller.status.state === "stopped") return;
    if (controller.hasUnsavedChanges() && holdsWrites(controller.status)) {
      // The tab goes on with the copy, should the page come back from the back-forward cache.
      this.keepAsCopy(" (unsaved copy from a closed tab)");
    }
  }

  /**
   * Part of the page failed to draw the open map. Saving stops (see AutosaveController.stopAfterError)
   * and the map is remembered as one not to open by itself on the next visit; its data is not touched.
   */
  renderFailed(message: string): void {
    const controller = this.controller;
    const library = this.library;
    const id = controller?.openMapId;
    if (!controller || !library || !id || controller.status.state === "stopped") return;
    const title = controller.document?.map.title ?? this.stores.document.getState().doc.map.title;
    controller.stopAfterError(
      `part of the page failed (${message}), so nothing more is saved until another map is opened or the page is reloaded`,
    );
    addRenderFailure(library.storage, { id, title, message });
    // Remembered as broken with its reason: the unfinished opening says nothing more.
    clearOpeningMark(library.storage, id);
    this.stores.keep.setState({ opening: null });
  }

  /**
   * The page is being left (a reload, a closed tab) and still answers, so no opening under way froze it:
   * a map not yet drawn is not held back next visit, as a page that froze runs no `pagehide`.
   */
  pageLeft(): void {
    const opening = this.stores.keep.getState().opening;
    if (opening !== null) this.mapShown(opening);
  }

  /** Words being typed into a point of the open map, kept as they are typed (see typing-drafts.ts). */
  keepTyping(nodeId: string, field: DraftField, text: string): void {
    const mapId = this.controller?.openMapId;
    if (this.library && mapId) keepTyping(this.library.storage, mapId, nodeId, field, text);
  }

  /** That field's words were given to the map or put back. */
  typingDone(nodeId: string, field: DraftField): void {
    if (this.library) typingDone(this.library.storage, nodeId, field);
  }

  /**
   * The page has drawn map `id`: its opening finished, so the next visit may open it by itself again
   * (see opening-mark.ts).
   */
  mapShown(id: string): void {
    if (this.library) clearOpeningMark(this.library.storage, id);
    if (this.stores.keep.getState().opening === id) this.stores.keep.setState({ opening: null });
  }

  /**
   * Another tab may have saved the open map: adopt its version, or report the conflict. Or the map may
   * have gone from storage altogether: it is written again, and the user told.
   */
  catchUp(): void {
    const controller = this.controller;
    if (!controller) return;
    if (this.restoreIfGone()) return;
    const result = controller.catchUp();
    if (result.kind === "adopted" && controller.openMapId) {
      this.showDocument(result.doc, controller.openMapId);
    }
    this.refresh();
  }

  /** Writes the open map again if its stored copy is gone, and says so; true when it was gone. */
  private restoreIfGone(): boolean {
    const controller = this.controller;
    if (!controller?.restoreIfGone()) return false;
    const title = controller.document?.map.title ?? "The open map";
    const saved = controller.status.state === "saved";
    this.stores.notices
      .getState()
      .notify(
        saved ? "warning" : "error",
        saved
          ? `“${title}” was no longer in this browser's storage (the site's data was cleared, or another tab deleted it), so it was saved again. Other maps of the library may be gone with it.`
          : `“${title}” is no longer in this browser's storage (the site's data was cleared, or another tab deleted it), and saving it again failed. Export it to keep it.`,
        { lasting: true },
      );
    this.refresh();
    return true;
  }

  /** A `storage` event: another tab changed `key` (null: it cleared everything). */
  storageChanged(key: string | null): void {
    const openId = this.controller?.openMapId;
    if (key === null || (openId && mapIdOfKey(key) === openId)) this.catchUp();
    else if (isLibraryKey(key)) this.refresh();
  }

  /** A setting of this device kept beside the library (not in any map); null when unset or unreadable. */
  readSetting(key: string): string | null {
    try {
      return this.library?.storage.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** False when storage refused it: the setting then lasts only as long as the page. */
  writeSetting(key: string, value: string): boolean {
    try {
      this.library?.storage.setItem(key, value);
      return this.library !== null;
    } catch {
      return false;
    }
  }

  refresh(): void {
    if (!this.library || !this.controller) return;
    const { entries, failure } = this.library.listing();
    const openId = this.controller.openMapId;
    const doc = this.controller.document;
    // A map whose first write failed is not in storage yet, but it is in the library for the user.
    if (openId && doc && !entries.some((entry) => entry.id === openId)) {
      entries.unshift(unsavedEntry(openId, doc));
    }
    const dismissed = new Set(
      this.stores.keep
        .getState()
        .blocked.filter((b) => b.dismissed)
        .map((b) => b.id),
    );
    const blocked = this.library.blockedMaps().map((b) => ({ ...b, dismissed: dismissed.has(b.id) }));
    this.stores.keep.setState({ entries, blocked, openId, listFailure: failure });
  }

  /**
   * Opens a stored map. False (with the reason on screen) when it cannot be read. A big one is read in
   * the background (`readStored`) and shown when read: true then, as it is on its way.
   */
  protected openStored(id: string): boolean {
    const raw = this.library?.get(mapKey(id));
    if (this.env.readStored && typeof raw === "string" && isBigStored(raw)) {
      this.openStoredAway(this.env.readStored, id, raw);
      return true;
    }
    const read = this.library?.read(id);
    if (!read?.ok) {
      this.refresh();
      return false;
    }
    this.show(id, read.doc, read.revision, { savedAt: read.savedAt });
    return true;
  }

  private openStoredAway(readStored: ReadStored, id: string, raw: string): void {
    const library = this.library;
    if (!library) return;
    const header = decodeStoredHeader(raw);
    const title = (header.ok && header.header.title) || id;
    const openBefore = this.controller?.openMapId ?? null;
    const reading = { id, title };
    // Marked from the start: a tab lost while reading it does not read it again by itself.
    writeOpeningMark(library.storage, { id, title });
    this.stores.keep.setState({ reading });
    const placeholder = openBefore === null ? this.showPlaceholder(`Opening “${title}”…`) : null;
    void readStored(raw, `“${title}” from the library`).then((end) => {
      if (this.stores.keep.getState().reading === reading) this.stores.keep.setState({ reading: null });
      // Another map was opened meanwhile: the person moved on, and this one is not wanted now.
      if ((this.controller?.openMapId ?? null) !== openBefore || this.library !== library) return;
      if (end.kind === "answered") {
        const read = library.settleRead(id, raw, end.answer);
        if (read.ok && placeholder && this.stores.document.getState().doc !== placeholder) {
          // Something was begun on the empty page meanwhile: it is not swept away.
          clearOpeningMark(library.storage, id);
          this.stores.notices
            .getState()
            .notify("info", `“${title}” is read: open it from the library when you want it.`, {
              lasting: true,
            });
          return;
        }
        if (read.ok) {
          this.show(id, read.doc, read.revision, { savedAt: read.savedAt });
          return;
        }
        clearOpeningMark(library.storage, id);
        this.refresh();
        this.backToLibrary("warning", `“${title}” could not be opened: ${read.message}.`);
        return;
      }
      if (end.kind === "cancelled") {
        clearOpeningMark(library.storage, id);
        this.backToLibrary("info", `Stopped opening “${title}”: it is still in the library, unchanged.`);
        return;
      }
      const why =
        end.kind === "timed-out"
          ? `reading it took longer than ${end.limitMs / 1000} seconds`
          : `reading it failed (${end.message})`;
      // Held back on the next visits, as a map that broke the page is: it would only stop again.
      clearOpeningMark(library.storage, id);
      addRenderFailure(library.storage, { id, title, message: why });
      this.backToLibrary("warning", `“${title}” could not be opened: ${why}. It is still in the library.`);
    });
  }

  /** The library shown, with why, after a map could not be opened; a placeholder stays open meanwhile. */
  private backToLibrary(tone: "info" | "warning", message: string): void {
    this.stores.notices.getState().notify(tone, message, { lasting: true });
    this.stores.keepUi.setState({ libraryOpen: true });
    if (this.controller?.openMapId === null) this.showPlaceholder("No map open");
  }

  /** An empty map that is never saved, shown while no library map is open. */
  private showPlaceholder(title: string): ArgumentMap {
    this.opening = true;
    try {
      const blank = blankMap(this.env.now(), title);
      this.stores.ephemeral.getState().mark(blank);
      this.stores.document.getState().openDocument(blank);
      return this.stores.document.getState().doc;
    } finally {
      this.opening = false;
    }
  }

  protected show(
    id: string,
    doc: ArgumentMap,
    revision: number,
    options: { savedAt?: string; unsaved?: boolean },
  ): void {
    // Marked first, so a page that freezes or crashes while drawing it does not open it next time.
    if (this.library) writeOpeningMark(this.library.storage, { id, title: doc.map.title });
    this.stores.keep.setState({ opening: id });
    this.controller?.open(id, doc, revision, options);
    this.showDocument(doc, id);
    if (this.library) offerLeftTyping(this.library.storage, this.stores, id, doc);
    this.library?.rememberOpen(id);
    this.refresh();
  }

  /**
   * Makes sure leaving the open map loses nothing: pending changes are written first. When they cannot
   * be, the user is told, and may choose to go on anyway (`retry` runs again after dropping them).
   */
  protected leaveCurrent(retry: () => void): boolean {
    const controller = this.controller;
    if (!controller || controller.flush() || !controller.hasUnsavedChanges()) return true;
    const title = controller.document?.map.title ?? "The open map";
    this.stores.notices
      .getState()
      .notify(
        "warning",
        `“${title}” has changes that are not saved. Export it, or answer the message about it, before opening another map.`,
        {
          lasting: true,
          action: {
            label: "Open anyway and drop those changes",
            run: () => {
              controller.close();
              retry();
            },
          },
        },
      );
    return false;
  }

  /**
   * Keeps the open map's unsaved work as a new map, leaving the stored one as it is (another tab's newer
   * version, or data this tab could not read), and goes on with the copy.
   */
  protected keepAsCopy(suffix: string): void {
    const controller = this.controller;
    const doc = controller?.document;
    if (!controller || !doc) return;
    controller.close();
    this.addAndOpen(retitleMap(doc, withTitleSuffix(doc.map.title, suffix)));
  }

  /** Adds `doc` to the library as a new map and opens it; its id, or null when the open map held it back. */
  protected addAndOpen(doc: ArgumentMap): string | null {
    if (!this.library || !this.leaveCurrent(() => this.addAndOpen(doc))) return null;
    if (this.controller?.savesLater(doc)) {
      // A big map is written once its stored form is made away from the page: not in this task.
      const id = this.library.freeId();
      this.show(id, doc, 0, { unsaved: true });
      return id;
    }
    const { id, result } = this.library.create(doc);
    if (result.ok) {
      this.show(id, doc, result.revision, { savedAt: result.savedAt });
    } else {
      // Storage refused the first write: the map is open and kept in memory, and the status says why.
      this.show(id, doc, 0, { unsaved: true });
      this.controller?.flush();
    }
    return id;
  }

  private openFirst(): void {
    const library = this.library;
    if (!library) return;
    const entries = library.list();
    const known = new Set(entries.map((entry) => entry.id));
    const candidates = [library.lastOpen(), ...entries.map((entry) => entry.id)];
    // A map whose opening did not finish last time is held back as one that broke the page.
    const unfinished = readOpeningMark(library.storage);
    if (unfinished) {
      clearOpeningMark(library.storage);
      if (known.has(unfinished.id))
        addRenderFailure(library.storage, { ...unfinished, message: "it did not finish opening" });
      // A big map just imported is saved once its opening is done: the tab stopped before it was.
      else
        this.stores.notices
          .getState()
          .notify(
            "warning",
            `“${unfinished.title}” did not finish opening last time, before it could be saved, so it is not in the library. Import its file again to try once more.`,
            { lasting: true },
          );
    }
    // Maps that broke the page last time are left for the user to open.
    const failedMaps = readRenderFailures(library.storage).filter((failure) => known.has(failure.id));
    this.stores.keep.setState({ failedMaps });
    const tried = new Set<string>(failedMaps.map((failure) => failure.id));
    for (const id of candidates) {
      if (!id || tried.has(id) || !known.has(id)) continue;
      tried.add(id);
      if (this.openStored(id)) return;
    }
    if (failedMaps.length > 0) {
      // Nothing else to open: an empty map that is never saved, rather than a new map in the library.
      this.showPlaceholder("No map open");
      return;
    }
    this.addAndOpen(this.env.essayMap());
  }

  private showDocument(doc: ArgumentMap, id: string): void {
    this.opening = true;
    try {
      this.stores.document.getState().openDocument(doc, id);
    } finally {
      this.opening = false;
    }
  }

  /** A map was opened or changed; the library's own openings (`opening`) are not news to it. */
  private documentChanged(doc: ArgumentMap, libraryId: string | null): void {
    const controller = this.controller;
    if (this.opening || !controller) return;
    if (libraryId !== controller.openMapId) {
      // Something opened a map without the library: save what was pending, then write nothing more.
      controller.flush();
      controller.close();
      this.refresh();
      return;
    }
    controller.change(doc);
  }

  private statusChanged(status: SaveStatus): void {
    this.stores.keep.setState({ status });
    if (status.state === "saved" || status.state === "blocked") this.refresh();
  }
}

function unsavedEntry(id: string, doc: ArgumentMap): LibraryEntry {
  return { id, title: doc.map.title, size: 0, updatedAt: "", revision: 0, nodes: doc.nodes.length };
}
