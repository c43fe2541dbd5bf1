/** The import waiting in the Import dialog for a yes, if any: reader state, never saved. */
import { create } from "zustand";
import type { InputFormat } from "../io/formats/formats";
import type { ImportResult } from "../io/formats/import-result";
import type { NoticeGroup } from "../io/import-notices";
import type { Problem } from "../model/problem";

export interface PendingImport {
  source: string;
  name?: string;
  text: string;
  /** What decoding the file's bytes had to say (an encoding guessed), shown with the importer's warnings. */
  readingWarnings?: readonly Problem[];
  format?: InputFormat;
  label?: string;
  /** For a file in several languages: the one asked for, when not the one read by default. */
  lang?: string;
  /** When the content fits several formats: the person chooses. */
  candidates?: { format: InputFormat; label: string }[];
  result?: ImportResult & { ok: true };
}

/** What the last import had to tell, by kind, for the Health tab of the map it opened (kept for this page only). */
export interface LastImport {
  /** `map.id` of the map it opened. */
  mapId: string;
  /** Where it came from, in words: `the file “debate.argdown” (Argdown)`. */
  source: string;
  groups: NoticeGroup[];
}

export interface ImportFlowState {
  pending: PendingImport | null;
  reading: boolean;
  lastImport: LastImport | null;
}

export function createImportFlowStore() {
  return create<ImportFlowState>()(() => ({ pending: null, reading: false, lastImport: null }));
}
