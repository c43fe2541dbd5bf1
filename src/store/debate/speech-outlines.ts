/**
 * The speech outlines of the open map: for each speech of its debate format, the points the debater
 * will make, in order, and the speaking pace the read-time estimate uses. Outlines are the debater's
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
import { withEntryMoved, withoutEntry, withPoint } from "./outline-lists";
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
  outlines: SpeechOutlines;
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
  addPoint(speechId: string, pointId: string): void;
  removeEntry(speechId: string, index: number): void;
  moveEntry(speechId: string, from: number, to: number): void;
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
          : { outlines: {}, problem: null };
      // The same map again (another tab saved it) keeps the speech being outlined.
      const speechId = libraryId === get().libraryId ? get().speechId : null;
      set({ libraryId, outlines: read.outlines, problem: read.problem, speechId, kept: true });
    };

    const change = (speechId: string, edit: (list: readonly string[]) => string[]) => {
      const { outlines, libraryId } = get();
      const outlinesNow = { ...outlines, [speechId]: edit(outlines[speechId] ?? []) };
      const kept =
        libraryId === null || settings === null
          ? true
          : settings.writeSetting(outlinesKey(libraryId), writeOutlines(outlinesNow));
      set({ outlines: outlinesNow, kept, problem: null });
    };

    return {
      libraryId: openLibraryId(),
      outlines: {},
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
      addPoint: (speechId, pointId) => change(speechId, (list) => withPoint(list, pointId)),
      removeEntry: (speechId, index) => change(speechId, (list) => withoutEntry(list, index)),
      moveEntry: (speechId, from, to) => change(speechId, (list) => withEntryMoved(list, from, to)),
      setWordsPerMinute: (wordsPerMinute) => {
        if (!isPace(wordsPerMinute)) return;
        set({ wordsPerMinute });
        settings?.writeSetting(WORDS_PER_MINUTE_KEY, String(wordsPerMinute));
      },
    };
  });
}

export type SpeechOutlinesStore = ReturnType<typeof createSpeechOutlinesStore>;
