/**
 * Every key Warrant uses in browser storage: the library's maps, and a few settings of the device. Each map
 * has a key of its own for its data and another for its small index entry, so two tabs saving different
 * maps never rewrite a shared list and lose each other's entry.
 */
const PREFIX = "warrant:";
const MAP = `${PREFIX}map:`;
const ENTRY = `${PREFIX}entry:`;
const BACKUP = `${PREFIX}backup:`;
const OUTLINES = `${PREFIX}outlines:`;

export const LAST_OPEN_KEY = `${PREFIX}last-open`;
/** Maps that broke the page last time they were drawn (see render-failures.ts). */
export const RENDER_FAILURES_KEY = `${PREFIX}render-failures`;
/** The map being opened, until the page has drawn it (see opening-mark.ts). */
export const OPENING_KEY = `${PREFIX}opening`;
/** Words being typed into a point, kept as they are typed until they are given to the map (typing-draft.ts). */
export const TYPING_KEY = `${PREFIX}typing`;
/** Whether this device is used by a teacher or a student (see store/classroom/classroom-role.ts). */
export const CLASSROOM_ROLE_KEY = `${PREFIX}classroom-role`;

/** The speaking pace a debater set for read-time estimates (see store/debate/speech-outlines.ts). */
export const WORDS_PER_MINUTE_KEY = `${PREFIX}words-per-minute`;

/** How the reader likes maps laid out on the canvas (see ui/toolbar/LayoutChoice.tsx). */
export const LAYOUT_STYLE_KEY = `${PREFIX}layout-style`;

/** Set once the legend has been shown open: on later visits it starts folded (see ui/canvas/Legend.tsx). */
export const LEGEND_SEEN_KEY = `${PREFIX}legend-seen`;

export const mapKey = (id: string): string => `${MAP}${id}`;
export const entryKey = (id: string): string => `${ENTRY}${id}`;
export const backupKey = (id: string): string => `${BACKUP}${id}`;
/** A map's speech outlines: the debater's notes about the map, kept beside it, not in its file. */
export const outlinesKey = (id: string): string => `${OUTLINES}${id}`;

/** The library id a data key belongs to, or null for any other key. */
export function mapIdOfKey(key: string | null): string | null {
  return key?.startsWith(MAP) ? key.slice(MAP.length) : null;
}

export function entryIdOfKey(key: string | null): string | null {
  return key?.startsWith(ENTRY) ? key.slice(ENTRY.length) : null;
}

/** True for the backups of one map: `warrant:backup:<id>` and the numbered ones beside it. */
export function isBackupKeyOf(key: string, id: string): boolean {
  const base = backupKey(id);
  return key === base || key.startsWith(`${base}#`);
}

/** True when a `storage` event may change what the library shows. */
export function isLibraryKey(key: string | null): boolean {
  return key === null || key.startsWith(MAP) || key.startsWith(ENTRY);
}

/** A library id: time first so ids sort by creation, then randomness so two tabs never collide. */
export function newLibraryId(now = Date.now(), random = Math.random): string {
  const noise = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
  return `m${now.toString(36)}${noise}`;
}
