/** The open map and what is selected in it. */
import { create } from "zustand";
import type { ArgumentMap } from "../model/schema";
import { loadEssayMap } from "./essay-map";

export interface DocumentState {
  doc: ArgumentMap;
  selectedId: string | null;
  select(id: string | null): void;
  replaceDocument(doc: ArgumentMap): void;
}

export const useDocumentStore = create<DocumentState>()((set) => ({
  doc: loadEssayMap(),
  selectedId: null,
  select: (id) => set({ selectedId: id }),
  replaceDocument: (doc) => set({ doc, selectedId: null }),
}));
