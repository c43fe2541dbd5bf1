/**
 * The library of maps in browser storage. It reads every map through the one load pipeline and writes
 * with a revision check, and it refuses to write over anything it could not read: such a map is
 * copied to a backup key and blocked for the rest of the session, until the user exports or resets it.
 */
import { canonicalMap } from "../../io/serialize";
import type { Problem } from "../../model/problem";
import type { ArgumentMap } from "../../model/schema";
import { type LibraryEntry, newestFirst, parseEntry } from "./library-entry";
import {
  backupKey,
  entryKey,
  isBackupKeyOf,
  LAST_OPEN_KEY,
  mapIdOfKey,
  mapKey,
  newLibraryId,
  outlinesKey,
} from "./storage-keys";
import { classifyStorageError, type StorageLike } from "./storage-port";
import {
  compressedPayload,
  decodeStoredHeader,
  type EncodedMap,
  encodeStoredMap,
  type StoredPayload,
  underHeader,
} from "./stored-map-codec";
import { decodeStoredMap, type StoredDecode } from "./stored-map-decode";

export type BlockReason = "unreadable" | "newer";

/** A stored map this session will not write to, and why. */
export interface BlockedMap {
  id: string;
  reason: BlockReason;
  title: string;
  message: string;
  errors: Problem[];
  /** Whether the raw text was copied to a backup key (a full quota can prevent it). */
  backedUp: boolean;
}

export type ReadResult =
  | { ok: true; doc: ArgumentMap; revision: number; savedAt: string }
  | { ok: false; reason: "missing" | "unavailable"; message: string }
  | { ok: false; reason: BlockReason; message: string; blocked: BlockedMap };

export type WriteResult =
  | { ok: true; revision: number; savedAt: string; entry: LibraryEntry }
  | { ok: false; reason: "conflict"; storedRevision: number; message: string }
  | { ok: false; reason: "quota" | "unavailable" | BlockReason; message: string };

/** What is stored for a map right now, read from its header only. */
export type Peek =
  | { kind: "missing" }
  | { kind: "stored"; revision: number; byThisTab: boolean }
  | { kind: "blocked"; reason: BlockReason }
  | { kind: "unavailable" };

export interface LibraryOptions {
  now?: () => Date;
  newId?: () => string;
  /** Names this tab in the headers it writes; random unless a test names it. */
  writer?: string;
}

export class MapLibrary {
  private readonly blocked = new Map<string, BlockedMap>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly writer: string;

  constructor(
    readonly storage: StorageLike,
    options: LibraryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => newLibraryId());
    this.writer = options.writer ?? `tab-${newLibraryId()}`;
  }

  /** Every stored map, newest first; an entry that cannot be read is rebuilt from the map's header. */
  list(): LibraryEntry[] {
    return this.listing().entries;
  }

  /** The list, and when storage failed part way, why (the entries are then only those read before). */
  listing(): { entries: LibraryEntry[]; failure: string | null } {
    const entries: LibraryEntry[] = [];
    let failure: string | null = null;
    try {
      for (const id of this.ids()) {
        const entry = parseEntry(id, this.storage.getItem(entryKey(id))) ?? this.entryFromData(id);
        if (entry) entries.push(entry);
      }
    } catch (error) {
      failure = describeStorageError(error);
    }
    return { entries: entries.sort(newestFirst), failure };
  }

  blockedMaps(): BlockedMap[] {
    return [...this.blocked.values()];
  }

  blockedMap(id: string): BlockedMap | undefined {
    return this.blocked.get(id);
  }

  read(id: string): ReadResult {
    const raw = this.get(mapKey(id));
    if (raw === undefined)
      return { ok: false, reason: "unavailable", message: "browser storage cannot be read" };
    if (raw === null)
      return { ok: false, reason: "missing", message: "this map is no longer in the library" };
    return this.settleRead(id, raw, decodeStoredMap(raw));
  }

  /**
   * What reading map `id`, stored as `raw`, came to (decoded here, or in a worker for a big map): the
   * map, or the map blocked for this session, with its text kept under a backup key when unreadable.
   */
  settleRead(id: string, raw: string, decoded: StoredDecode): ReadResult {
    if (!decoded.ok) {
      return this.refuse(id, raw, decoded.kind, decoded.title, decoded.message, decoded.errors);
    }
    this.blocked.delete(id);
    const { revision, savedAt } = decoded.header;
    return { ok: true, doc: decoded.doc, revision, savedAt };
  }

  peek(id: string): Peek {
    const blocked = this.blocked.get(id);
    if (blocked) return { kind: "blocked", reason: blocked.reason };
    const raw = this.get(mapKey(id));
    if (raw === undefined) return { kind: "unavailable" };
    if (raw === null) return { kind: "missing" };
    const decoded = decodeStoredHeader(raw);
    if (decoded.ok) {
      const { revision, writer } = decoded.header;
      return { kind: "stored", revision, byThisTab: writer === this.writer };
    }
    this.refuse(id, raw, decoded.kind, "", decoded.message, []);
    return { kind: "blocked", reason: decoded.kind };
  }

  /**
   * Writes `doc` as the next revision, unless the stored map is newer than `expectedRevision` (another
   * tab saved it), or could not be read. When the quota refuses the JSON, the write is retried
   * compressed: slower, but 4 to 12 times smaller. `prepared` is the map's stored form made beforehand
   * (a big map's, prepare-stored-map.ts), so that writing it costs only the write.
   */
  write(id: string, doc: ArgumentMap, expectedRevision: number, prepared?: StoredPayload): WriteResult {
    const peek = this.peek(id);
    if (peek.kind === "unavailable") return { ok: false, reason: "unavailable", message: UNAVAILABLE };
    if (peek.kind === "blocked") {
      const blocked = this.blocked.get(id);
      return { ok: false, reason: peek.reason, message: blocked?.message ?? "it could not be read" };
    }
    const stored = peek.kind === "stored" ? peek.revision : 0;
    if (stored > expectedRevision) {
      return {
        ok: false,
        reason: "conflict",
        storedRevision: stored,
        message: "another tab saved newer changes to this map",
      };
    }
    const revision = Math.max(stored, expectedRevision) + 1;
    const savedAt = this.now().toISOString();
    const header = { revision, savedAt, title: doc.map.title, writer: this.writer };
    let encoded: EncodedMap = prepared ? underHeader(header, prepared) : encodeStoredMap(doc, header);
    let failure = this.set(mapKey(id), encoded.text);
    if (failure === "quota" && encoded.encoding === "json") {
      const json = prepared?.payload ?? JSON.stringify(canonicalMap(doc));
      encoded = underHeader(header, compressedPayload(json));
      failure = this.set(mapKey(id), encoded.text);
    }
    if (failure === "quota") return { ok: false, reason: "quota", message: QUOTA };
    if (failure) return { ok: false, reason: "unavailable", message: UNAVAILABLE };
    const entry: LibraryEntry = {
      id,
      title: doc.map.title,
      size: encoded.text.length,
      updatedAt: savedAt,
      revision,
      nodes: doc.nodes.length,
    };
    // The entry only speeds up listing; if it cannot be written the list rebuilds it from the header.
    this.set(entryKey(id), JSON.stringify(entry));
    return { ok: true, revision, savedAt, entry };
  }

  /** Adds `doc` as a new map under a fresh id; the id is returned even if the first write failed. */
  create(doc: ArgumentMap): { id: string; result: WriteResult } {
    const id = this.freeId();
    return { id, result: this.write(id, doc, 0) };
  }

  /** An id no stored map has, for a map to be written under. */
  freeId(): string {
    let id = this.newId();
    while (this.get(mapKey(id))) id = this.newId();
    return id;
  }

  lastOpen(): string | null {
    return this.get(LAST_OPEN_KEY) ?? null;
  }

  rememberOpen(id: string): void {
    this.set(LAST_OPEN_KEY, id);
  }

  /** Every key the library holds for a map, for removal and undo; `complete` is false when storage could not list its backups. */
  keysOf(id: string): { keys: string[]; complete: boolean } {
    // The map's speech outlines go with it, and come back with it on "Undo delete".
    const keys = [mapKey(id), entryKey(id), outlinesKey(id)];
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key !== null && isBackupKeyOf(key, id)) keys.push(key);
      }
      return { keys, complete: true };
    } catch {
      return { keys, complete: false };
    }
  }

  /** Forgets that a map was blocked, once its stored data is gone (deleted or reset). */
  unblock(id: string): void {
    this.blocked.delete(id);
  }

  get(key: string): string | null | undefined {
    try {
      return this.storage.getItem(key);
    } catch {
      return undefined;
    }
  }

  /** Returns why the write failed, or null when it worked. */
  set(key: string, value: string): "quota" | "unavailable" | null {
    try {
      this.storage.setItem(key, value);
      return null;
    } catch (error) {
      return classifyStorageError(error);
    }
  }

  private ids(): string[] {
    const ids: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const id = mapIdOfKey(this.storage.key(i));
      if (id !== null) ids.push(id);
    }
    return ids;
  }

  private entryFromData(id: string): LibraryEntry | null {
    const raw = this.get(mapKey(id));
    if (!raw) return null;
    const decoded = decodeStoredHeader(raw);
    const header = decoded.ok ? decoded.header : undefined;
    return {
      id,
      title: header?.title || `Unreadable map ${id}`,
      size: raw.length,
      updatedAt: header?.savedAt ?? "",
      revision: header?.revision ?? 0,
      nodes: 0,
    };
  }

  /** Blocks the map and keeps its raw text under a backup key, unless it is merely newer. */
  private refuse(
    id: string,
    raw: string,
    reason: BlockReason,
    title: string,
    message: string,
    errors: Problem[],
  ): ReadResult & { ok: false } {
    const backedUp = reason === "unreadable" ? this.backUp(id, raw) : false;
    const blocked: BlockedMap = { id, reason, title: title || id, message, errors, backedUp };
    this.blocked.set(id, blocked);
    return { ok: false, reason, message, blocked };
  }

  private backUp(id: string, raw: string): boolean {
    const base = backupKey(id);
    const existing = this.get(base);
    if (existing === raw) return true;
    // Never replace an earlier backup: it may hold something different that nobody has looked at yet.
    const key = existing === null ? base : `${base}#${this.now().getTime()}`;
    return this.set(key, raw) === null;
  }
}

/** A storage exception in words, for messages that say what did not happen. */
export function describeStorageError(error: unknown): string {
  return classifyStorageError(error) === "quota" ? QUOTA : UNAVAILABLE;
}

const QUOTA = "browser storage is full";
const UNAVAILABLE = "browser storage cannot be used";
