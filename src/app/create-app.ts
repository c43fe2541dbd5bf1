/**
 * The application: every store with its wiring (create-stores.ts), the commands that views and keys
 * call, and the library session, made together and returned as one object. Nothing here is made when a
 * module is imported: each call of createApp is a fresh app, so a page makes one (main.tsx) and each
 * test makes its own. React receives the app through context (ui/app-context.tsx); views read stores
 * through it and act through `commands`, never through a store instance of their own.
 */
import type { ArgumentMap } from "../model/schema";
import { loadEssayMap } from "../store/essay-map";
import { MemoryStorage } from "../store/persistence/storage-port";
import { createImportReader } from "../store/reading/import-reading";
import { createReadingRunner } from "../store/reading/reading-runner";
import { createStoredReader } from "../store/reading/stored-reading";
import type { AppEnvironment } from "./app-environment";
import { createClipboardCommands } from "./commands/clipboard-commands";
import { createEditCommands } from "./commands/edit-commands";
import { createExploreCommands } from "./commands/explore-commands";
import { createImportCommands } from "./commands/import-commands";
import { createPresentCommands } from "./commands/present-commands";
import { createSelectionCommands } from "./commands/selection-commands";
import { createAppStores } from "./create-stores";
import type { KeepEnvironment } from "./library/keep-core";
import { KeepSession } from "./library/keep-session";

export function createApp(environment: AppEnvironment = {}) {
  const stores = createAppStores({
    ...(environment.initialDoc ? { initialDoc: environment.initialDoc } : {}),
    ...(environment.scorer ? { scorer: environment.scorer } : {}),
  });
  // One reading at a time, under one bar: imports and big maps opened from the library.
  const runReading = createReadingRunner(stores.importReading);
  const keepEnvironment: KeepEnvironment = {
    openStorage: () => ({ kind: "browser", storage: new MemoryStorage() }),
    essayMap: loadEssayMap,
    now: () => new Date(),
    readStored: createStoredReader(runReading),
    ...environment.keep,
  };
  const keep = new KeepSession(keepEnvironment, stores);

  const explore = createExploreCommands(stores);
  const selection = createSelectionCommands(stores, explore);
  const edit = createEditCommands(stores, selection);
  const commands = {
    explore,
    selection,
    edit,
    present: createPresentCommands(stores, edit, selection, environment.fullScreen ?? null),
    clipboard: createClipboardCommands(stores, edit, selection),
    imports: createImportCommands(
      stores,
      keep,
      environment.readForImport ?? createImportReader(stores, runReading),
    ),
    maps: {
      /** Opens a map that is shown but never saved (a generated demo). */
      openEphemeral(doc: ArgumentMap): void {
        stores.ephemeral.getState().mark(doc);
        stores.document.getState().openDocument(doc);
      },
      isEphemeral(doc: ArgumentMap = stores.document.getState().doc): boolean {
        return stores.ephemeral.getState().isEphemeral(doc);
      },
    },
  };

  let unbindPage: (() => void) | null = null;
  return {
    stores,
    commands,
    keep,
    /** Loads the library and opens its map, once; bound to the page when the environment has one. */
    startKeep(): KeepSession {
      if (keep.started) return keep;
      keep.start();
      unbindPage = environment.bindPage?.(keep, stores) ?? null;
      return keep;
    },
    /** Writes what is pending and lets go of the page (the end of a test). */
    stop(): void {
      unbindPage?.();
      unbindPage = null;
      keep.stop();
    },
  };
}

export type App = ReturnType<typeof createApp>;
