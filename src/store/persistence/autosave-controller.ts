/**
 * Saves the open map a moment after it stops changing, instead of on every change: one write per pause
 * (about 300 ms), a flush when the page is hidden or closed, and a retry after a failed write. It never
 * drops the newest state: a change made while a write is under way is written after it, a failed
 * write keeps the changes in memory, and a map another tab saved more recently is not written over.
 *
 * It knows nothing of React, zustand or the DOM; the session feeds it documents and events.
 */
import type { ArgumentMap } from "../../model/schema";
import type { MapLibrary } from "./map-library";
import { isBigMap, type PrepareStoredMap } from "./prepare-stored-map";
import { holdsWrites, type SaveStatus } from "./save-status";
import type { StoredPayload } from "./stored-map-codec";

export type SaveTarget = Pick<MapLibrary, "write" | "peek" | "read">;

export interface AutosaveOptions {
  target: SaveTarget;
  /** Quiet time before a write. */
  delayMs?: number;
  /** First retry after a failed write; doubled after each failure up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /**
   * Makes a big map's stored form without holding up the page (prepare-stored-map.ts). Without it,
   * every map is written at once.
   */
  prepare?: PrepareStoredMap;
}

export type CatchUp =
  | { kind: "current" }
  | { kind: "adopted"; doc: ArgumentMap; revision: number }
  | { kind: "conflict" }
  | { kind: "blocked" };

export class AutosaveController {
  private readonly target: SaveTarget;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private mapId: string | null = null;
  /** The stored revision the open document builds on. */
  private baseRevision = 0;
  private latest: ArgumentMap | null = null;
  /** The document last written (or read); unsaved changes exist while it is not `latest`. */
  private saved: ArgumentMap | null = null;
  private savedAt = "";
  /** The revision this tab last wrote itself, to notice when a simultaneous write replaced it. */
  private wroteRevision: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay: number;
  private writing = false;
  private readonly prepare: PrepareStoredMap | undefined;
  /** The document whose stored form is being made; a write that replaces it (a flush) drops it. */
  private preparing: ArgumentMap | null = null;
  private current: SaveStatus = { state: "idle" };
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(options: AutosaveOptions) {
    this.target = options.target;
    this.delayMs = options.delayMs ?? 300;
    this.retryMs = options.retryMs ?? 2_000;
    this.maxRetryMs = options.maxRetryMs ?? 30_000;
    this.retryDelay = this.retryMs;
    this.prepare = options.prepare;
  }

  get status(): SaveStatus {
    return this.current;
  }

  get openMapId(): string | null {
    return this.mapId;
  }

  get revision(): number {
    return this.baseRevision;
  }

  /** The newest document handed in, saved or not. */
  get document(): ArgumentMap | null {
    return this.latest;
  }

  /**
   * No write is waiting for its moment or under way: unless the map changes again, nothing more will be
   * written. The browser tests wait on this, rather than on the clock, to show that something is never saved.
   */
  get quiet(): boolean {
    return this.timer === undefined && !this.writing && this.preparing === null;
  }

  /** Whether `doc` would be written once its stored form is made, rather than at once. */
  savesLater(doc: ArgumentMap): boolean {
    return this.prepare !== undefined && isBigMap(doc);
  }

  hasUnsavedChanges(): boolean {
    return this.mapId !== null && this.latest !== this.saved;
  }

  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts saving `doc` as library map `id`, stored at `revision`. `unsaved` says the document is not
   * in storage yet (its first write failed), so it is written as soon as possible.
   */
  open(
    id: string,
    doc: ArgumentMap,
    revision: number,
    options: { savedAt?: string; unsaved?: boolean } = {},
  ) {
    this.stopWriting();
    this.mapId = id;
    this.latest = doc;
    this.saved = options.unsaved ? null : doc;
    this.baseRevision = revision;
    this.savedAt = options.savedAt ?? "";
    this.wroteRevision = null;
    this.retryDelay = this.retryMs;
    if (options.unsaved) {
      this.setStatus({ state: "pending" });
      this.schedule(this.delayMs);
    } else {
      this.setStatus({ state: "saved", savedAt: this.savedAt });
    }
  }

  /** Stops saving; the caller flushes first if it wants pending changes written. */
  close(): void {
    this.stopWriting();
    this.mapId = null;
    this.latest = null;
    this.saved = null;
    this.savedAt = "";
    this.setStatus({ state: "idle" });
  }

  /**
   * Part of the page failed to draw the open map. Nothing is written from here on, not even changes
   * still waiting for the debounce: they may be what broke it, and state after an error is not to be
   * trusted. The stored copy stays as it was last saved; `open` starts afresh.
   */
  stopAfterError(message: string): void {
    this.stopWriting();
    this.setStatus({ state: "stopped", message });
  }

  change(doc: ArgumentMap): void {
    if (this.mapId === null || doc === this.latest) return;
    this.latest = doc;
    // While held, the change is kept in memory; the user's choice decides where it goes.
    if (holdsWrites(this.current)) return;
    if (this.current.state !== "unsaved") this.setStatus({ state: "pending" });
    this.schedule(this.delayMs);
  }

  /** Writes now if anything is unsaved. True when nothing is left unsaved. */
  flush(): boolean {
    this.stopWriting();
    return this.write();
  }

  /**
   * Called when another tab may have saved this map (a `storage` event, the tab becoming visible).
   * With nothing unsaved here the newer version is adopted; otherwise it is a conflict.
   */
  catchUp(): CatchUp {
    if (this.mapId === null || this.current.state === "stopped") return { kind: "current" };
    const peek = this.target.peek(this.mapId);
    if (peek.kind === "blocked") return { kind: "blocked" };
    if (peek.kind !== "stored") return { kind: "current" };
    if (peek.revision === this.baseRevision && this.wroteRevision === peek.revision && !peek.byThisTab) {
      // Another tab wrote the same revision at the same moment and its write replaced this one: what
      // this tab wrote is no longer stored, so it counts as unsaved again.
      this.saved = null;
      this.setConflict(peek.revision);
      return { kind: "conflict" };
    }
    if (peek.revision <= this.baseRevision) return { kind: "current" };
    if (this.hasUnsavedChanges()) {
      this.setConflict(peek.revision);
      return { kind: "conflict" };
    }
    return this.adoptStored();
  }

  /**
   * Whether the stored copy of the open map is gone though this tab holds it (the site's storage was
   * cleared while the page was open, or another tab deleted it): it then counts as unsaved and is written
   * again at once, so "Saved" is never said of a map that is not in storage. True when it was gone.
   */
  restoreIfGone(): boolean {
    if (this.mapId === null || holdsWrites(this.current) || this.writing) return false;
    if (this.target.peek(this.mapId).kind !== "missing") return false;
    this.saved = null;
    this.flush();
    return true;
  }

  /** Resolves a conflict by taking the stored version; the changes made here are dropped. */
  adoptStored(): CatchUp {
    if (this.mapId === null) return { kind: "current" };
    const read = this.target.read(this.mapId);
    if (!read.ok) {
      if (read.reason === "unreadable" || read.reason === "newer") {
        this.setStatus({ state: "blocked", reason: read.reason, message: read.message });
        return { kind: "blocked" };
      }
      return { kind: "current" };
    }
    this.open(this.mapId, read.doc, read.revision, { savedAt: read.savedAt });
    return { kind: "adopted", doc: read.doc, revision: read.revision };
  }

  dispose(): void {
    this.stopWriting();
    this.listeners.clear();
  }

  /**
   * Writes the newest document now if anything is unsaved; true when nothing is left unsaved. A big
   * map, unless `atOnce`, has its stored form made first without holding up the page, and is written
   * when that is ready: false until then.
   */
  private write(atOnce = true): boolean {
    if (this.mapId === null || this.latest === null) return true;
    if (this.latest === this.saved) {
      if (this.current.state === "pending") this.setStatus({ state: "saved", savedAt: this.savedAt });
      return true;
    }
    if (holdsWrites(this.current)) return false;
    if (!atOnce && this.prepare && isBigMap(this.latest)) {
      this.writeWhenPrepared(this.prepare, this.latest, this.mapId);
      return false;
    }
    return this.commit(this.latest);
  }

  private writeWhenPrepared(prepare: PrepareStoredMap, doc: ArgumentMap, mapId: string): void {
    // One at a time: a change made meanwhile is written once this one is (see `commit`).
    if (this.preparing !== null) return;
    this.preparing = doc;
    const done = (prepared?: StoredPayload) => {
      // A flush, another map or a stop came first: this stored form is no longer wanted.
      if (this.preparing !== doc || this.mapId !== mapId) return;
      this.preparing = null;
      if (holdsWrites(this.current)) return;
      this.commit(doc, prepared);
    };
    // Failing to prepare it, the map is written at once rather than not at all.
    prepare(doc).then(done, () => done());
  }

  private commit(doc: ArgumentMap, prepared?: StoredPayload): boolean {
    if (this.mapId === null) return true;
    // A storage call that re-enters (a stub, a synchronous event) must not start a second write.
    if (this.writing) return false;
    this.writing = true;
    let result: ReturnType<SaveTarget["write"]>;
    try {
      result = this.target.write(this.mapId, doc, this.baseRevision, prepared);
    } finally {
      this.writing = false;
    }
    if (result.ok) {
      this.baseRevision = result.revision;
      this.wroteRevision = result.revision;
      this.saved = doc;
      this.savedAt = result.savedAt;
      this.retryDelay = this.retryMs;
      if (this.latest !== doc) {
        // Changed while writing: that change is saved after a pause of its own.
        this.setStatus({ state: "pending" });
        this.schedule(this.delayMs);
        return false;
      }
      this.setStatus({ state: "saved", savedAt: result.savedAt });
      return true;
    }
    if (result.reason === "conflict") {
      this.setConflict(result.storedRevision);
    } else if (result.reason === "unreadable" || result.reason === "newer") {
      this.setStatus({ state: "blocked", reason: result.reason, message: result.message });
    } else {
      this.setStatus({ state: "unsaved", reason: result.reason, message: result.message });
      this.schedule(this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, this.maxRetryMs);
    }
    return false;
  }

  private setConflict(storedRevision: number): void {
    this.stopWriting();
    this.setStatus({
      state: "conflict",
      storedRevision,
      message: "another tab saved newer changes to this map",
    });
  }

  private schedule(delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.write(false);
    }, delay);
  }

  /** No write waits any more: neither for its moment nor for its stored form. */
  private stopWriting(): void {
    this.cancel();
    this.preparing = null;
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setStatus(status: SaveStatus): void {
    this.current = status;
    for (const listener of this.listeners) listener(status);
  }
}
