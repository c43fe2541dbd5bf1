/**
 * The speech outlines of the open map: for each speech of its debate format, what the debater chose of
 * its outline (the order of its entries, the points added by hand, the flow's points taken out; the flow
 * gives the rest, `analysis/speech-outline-entries.ts`), and the speaking pace the read-time estimate uses. Outlines are the debater's
 * notes, not part of the map (the file format has no field for them), so they are not undone with the
 * map's edits; they are kept on the device beside the map in the library (by its library id) once the
 * library's storage is connected, and the pace is kept as a setting of the device.
 *
 * Nothing kept is lost on a bad value: an outline that cannot be read is left out and said, and what was
 * stored stays as it was until the debater changes an outline of that map.
 */
import { create } from "zustand";
import type { SettingsPort } from "../classroom/classroom-role";
import { outlinesKey, WORDS_PER_MINUTE_KEY } from "../persistence/storage-keys";
import { withEntryMoved, withoutEntry, withoutPoint, withPoint } from "./outline-lists";
import {
  DEFAULT_WORDS_PER_MINUTE,
  isPace,
  readOutlines,
  readWordsPerMinute,
  type SpeechOutlines,
  writeOutlines,
} from "./outline-storage";

export interface SpeechOutlinesState {
  /** The library id of the map the outlines are for; null for a map the library does not hold. */
  libraryId: string | null;
  /** The order of each speech's entries, as the debater last arranged them. */
  outlines: SpeechOutlines;
  /** The points the debater added to each speech's outline by hand. */
  added: SpeechOutlines;
  /** The flow's points the debater took out of each speech's outline. */
  takenOut: SpeechOutlines;
  /** The speech being outlined; null until the debater picks one (the format's first is shown). */
  speechId: string | null;
  wordsPerMinute: number;
  /** What of the kept outlines could not be read, in words. */
  problem: string | null;
  /** Whether the last change could be kept on the device. */
  kept: boolean;

  /** Reads the kept pace and this map's outlines once the library's storage is open; later changes are written there. */
  connect(port: SettingsPort): void;
  /** Another map is open: its own outlines, from the device when they are kept there. */
  mapOpened(libraryId: string | null): void;
  chooseSpeech(speechId: string): void;
  /** Adds a point by hand after the entries `shown` (by default the order kept). */
  addPoint(speechId: string, pointId: string, shown?: readonly string[]): void;
  /** Takes out the entry at `index` of the entries `shown` (the outline as the flow and the choices make it). */
  removeEntry(speechId: string, shown: readonly string[], index: number): void;
  /** Moves the entry at `from` of the entries `shown` to `to`, keeping that order. */
  moveEntry(speechId: string, shown: readonly string[], from: number, to: number): void;
  /** Ignored unless it is a whole number of words a minute the app offers (MIN/MAX_WORDS_PER_MINUTE). */
  setWordsPerMinute(wordsPerMinute: number): void;
}

export function createSpeechOutlinesStore(openLibraryId: () => string | null) {
  let settings: SettingsPort | null = null;

  return create<SpeechOutlinesState>()((set, get) => {
    const load = (libraryId: string | null) => {
      const read =
        libraryId !== null && settings !== null
          ? readOutlines(settings.readSetting(outlinesKey(libraryId)))
          : readOutlines(null);
      // The same map again (another tab saved it) keeps the speech being outlined.
      const speechId = libraryId === get().libraryId ? get().speechId : null;
      const { outlines, added, takenOut, problem } = read;
      set({ libraryId, outlines, added, takenOut, problem, speechId, kept: true });
    };

    type Lists = "outlines" | "added" | "takenOut";
    type ListEdit = (list: readonly string[]) => string[];
    const change = (speechId: string, edits: Partial<Record<Lists, ListEdit>>) => {
      const { libraryId } = get();
      const lists = { outlines: get().outlines, added: get().added, takenOut: get().takenOut };
      for (const name of Object.keys(edits) as Lists[]) {
        const edit = edits[name] as ListEdit;
        lists[name] = { ...lists[name], [speechId]: edit(lists[name][speechId] ?? []) };
      }
      const kept =
        libraryId === null || settings === null
          ? true
          : settings.writeSetting(outlinesKey(libraryId), writeOutlines(lists));
      set({ ...lists, kept, problem: null });
    };

    return {
      libraryId: openLibraryId(),
      outlines: {},
      added: {},
      takenOut: {},
      speechId: null,
      wordsPerMinute: DEFAULT_WORDS_PER_MINUTE,
      problem: null,
      kept: true,
      connect: (port) => {
        if (settings === port) return;
        settings = port;
        const pace = readWordsPerMinute(port.readSetting(WORDS_PER_MINUTE_KEY));
        if (pace !== null) set({ wordsPerMinute: pace });
        // Outlines made before the storage was there are kept, not replaced by an empty list.
        if (Object.keys(get().outlines).length === 0) load(openLibraryId());
      },
      mapOpened: (libraryId) => load(libraryId),
      chooseSpeech: (speechId) => set({ speechId }),
      addPoint: (speechId, pointId, shown) =>
        change(speechId, {
          outlines: (list) => withPoint(shown ?? list, pointId),
          added: (list) => withPoint(list, pointId),
          takenOut: (list) => withoutPoint(list, pointId),
        }),
      removeEntry: (speechId, shown, index) => {
        const id = shown[index];
        if (id === undefined) return;
        change(speechId, {
          outlines: () => withoutEntry(shown, index),
          added: (list) => withoutPoint(list, id),
          takenOut: (list) => withPoint(list, id),
        });
      },
      moveEntry: (speechId, shown, from, to) =>
        change(speechId, { outlines: () => withEntryMoved(shown, from, to) }),
      setWordsPerMinute: (wordsPerMinute) => {
        if (!isPace(wordsPerMinute)) return;
        set({ wordsPerMinute });
        settings?.writeSetting(WORDS_PER_MINUTE_KEY, String(wordsPerMinute));
      },
    };
  });
}

export type SpeechOutlinesStore = ReturnType<typeof createSpeechOutlinesStore>;
