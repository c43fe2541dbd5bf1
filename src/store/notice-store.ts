/**
 * The one channel every part of the app tells the user things through, with one set of tones:
 * `info` (something was done), `warning` (something the user should know that they did not cause just
 * now: a map that could not be saved, scores worked out another way) and `error` (what they asked for was
 * refused, announced at once). A passing notice fades by itself (the toast over the canvas); a lasting one
 * stays above the map until it is dismissed, its action is taken, or, when it is about one map, another
 * map opens. A new notice of either kind replaces the last of that kind. Never saved.
 */
import { create } from "zustand";

export type NoticeTone = "info" | "warning" | "error";

export interface Notice {
  tone: NoticeTone;
  message: string;
  /** One thing the user can do about it, offered as a button. */
  action?: { label: string; run: () => void };
  /** The library id of the map the notice is about: it goes when another map opens. */
  aboutMap?: string;
  /** Tells a repeated message from the one before, so it shows again. */
  serial: number;
}

export interface NoticeOptions {
  action?: Notice["action"];
  aboutMap?: string;
  /** Stays until dismissed instead of fading. */
  lasting?: boolean;
}

export interface NoticeState {
  passing: Notice | null;
  lasting: Notice | null;
  notify(tone: NoticeTone, message: string, options?: NoticeOptions): void;
  dismissPassing(): void;
  dismissLasting(): void;
  /** Another map is open: a lasting notice about some other map no longer applies. */
  keepAbout(openLibraryId: string | null): void;
}

export function createNoticeStore() {
  let serial = 0;
  return create<NoticeState>()((set, get) => ({
    passing: null,
    lasting: null,
    notify: (tone, message, { action, aboutMap, lasting = false } = {}) => {
      const notice: Notice = { tone, message, serial: ++serial };
      if (action) notice.action = action;
      if (aboutMap !== undefined) notice.aboutMap = aboutMap;
      set(lasting ? { lasting: notice } : { passing: notice });
    },
    dismissPassing: () => set({ passing: null }),
    dismissLasting: () => set({ lasting: null }),
    keepAbout: (openLibraryId) => {
      const about = get().lasting?.aboutMap;
      if (about !== undefined && about !== openLibraryId) set({ lasting: null });
    },
  }));
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;
