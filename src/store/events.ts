/**
 * What happens between the stores, said out loud. A store that changes something others follow emits
 * an event; `createAppStores` (app/create-stores.ts) is the one place that says which stores listen, and in
 * what order. The library's autosave, started later, adds its listeners for the two map events when it
 * starts (app/library/keep-core.ts). Listeners run synchronously, in the order they were added,
 * before React draws anything.
 *
 * A new event is a new entry in `AppEvents` (its name and what it carries), an `emit` where it happens,
 * and its listeners in `createAppStores`.
 */
import type { ArgumentMap } from "../model/schema";

export interface AppEvents {
  /**
   * A whole map was put in place of the open one: opened from the library, made new, imported, from a
   * share link, generated for a demo, or another tab's newer version of it. Its undo history starts
   * afresh, and what the reader had selected, searched or filtered belonged to the map before.
   */
  mapOpened: { doc: ArgumentMap; libraryId: string | null };
  /** The open map changed: an edit, undo or redo, or a change of its view (folds, tidying). */
  mapChanged: { doc: ArgumentMap; previous: ArgumentMap };
  /**
   * The reader's primary selection moved (the canvas, the outline, search, a link in a panel).
   * `keepSet` says the canvas's selection of several points already holds it and stays as it is.
   */
}

export type AppEventName = keyof AppEvents;

export interface AppEventBus {
  /** Adds a listener; the returned function removes it. */
  on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void;
  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void;
}

export function createEventBus(): AppEventBus {
  const listeners = new Map<AppEventName, Array<(payload: never) => void>>();
  return {
    on(event, listener) {
      const list = listeners.get(event) ?? [];
      list.push(listener as (payload: never) => void);
      listeners.set(event, list);
      return () => {
        const at = list.indexOf(listener as (payload: never) => void);
        if (at !== -1) list.splice(at, 1);
      };
    },
    emit(event, payload) {
      // A copy, so that a listener added or removed while the event runs does not change this round.
      for (const listener of [...(listeners.get(event) ?? [])])
        (listener as (p: typeof payload) => void)(payload);
    },
  };
}
