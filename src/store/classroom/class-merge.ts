/**
 * The class merge the teacher is putting together: the copies dropped so far (each read through the one
 * load pipeline, a copy that is not a valid map kept with its problems so it can be named), the merge of
 * the valid ones, and the versions the teacher chose where copies disagree. Opening the class map adds
 * it to the library as any import is added.
 */
import { create } from "zustand";
import { type LoadResult, loadMap } from "../../io/load";
import { applyChoices, type ClassMerge, mergeCopies, versionIdentity } from "../../model/classroom";
import type { ArgumentMap } from "../../model/schema";

export interface CopyFile {
  name: string;
  result: LoadResult;
}

export interface ClassMergeState {
  open: boolean;
  files: CopyFile[];
  merge: ClassMerge | null;
  /** For each point, the version the teacher chose (by identity: indexes move as copies come in). */
  choices: ReadonlyMap<string, string>;
}

export interface ClassMergeActions {
  /** Starts a merge afresh (the dialog opens). */
  begin(): void;
  /** Ends it (the dialog closes), forgetting the copies. */
  end(): void;
  /** Reads dropped files; one with the name of a file already there replaces it. */
  addCopies(files: readonly { name: string; text: string }[]): void;
  removeCopy(name: string): void;
  chooseVersion(pointId: string, index: number): void;
}

const closed: ClassMergeState = { open: false, files: [], merge: null, choices: new Map() };

/** `opened` runs when the teacher starts a merge (the device becomes the teacher's). */
export function createClassMergeStore(opened: () => void) {
  return create<ClassMergeState & ClassMergeActions>()((set, get) => {
    const remerge = (files: CopyFile[], choices: ReadonlyMap<string, string>) => {
      const copies = files.flatMap((file) =>
        file.result.ok ? [{ doc: file.result.doc, label: copyLabel(file.name) }] : [],
      );
      const merged = copies.length === 0 ? null : mergeCopies(copies);
      const merge = merged ? applyChoices(merged, indexesOf(merged, choices)) : null;
      set({ files, merge, choices });
    };
    return {
      ...closed,
      begin: () => {
        opened();
        set({ ...closed, open: true });
      },
      end: () => set(closed),
      addCopies: (files) => {
        const read = files.map(({ name, text }) => ({ name, result: loadMap(text, { mode: "lenient" }) }));
        const names = new Set(read.map((file) => file.name));
        const kept = get().files.filter((file) => !names.has(file.name));
        remerge([...kept, ...read], get().choices);
      },
      removeCopy: (name) =>
        remerge(
          get().files.filter((file) => file.name !== name),
          get().choices,
        ),
      chooseVersion: (pointId, index) => {
        const { merge, choices } = get();
        const version = merge?.conflicts.find((conflict) => conflict.pointId === pointId)?.versions[index];
        if (!merge || !version) return;
        const next = new Map(choices).set(pointId, versionIdentity(version));
        set({ merge: applyChoices(merge, indexesOf(merge, next)), choices: next });
      },
    };
  });
}

export type ClassMergeStore = ReturnType<typeof createClassMergeStore>;

/** The valid copies' maps, in the order they were dropped. */
export function copiesRead(files: readonly CopyFile[]): ArgumentMap[] {
  return files.flatMap((file) => (file.result.ok ? [file.result.doc] : []));
}

/** The chosen versions as indexes into this merge's conflicts; a version no copy has any more is forgotten. */
function indexesOf(merge: ClassMerge, choices: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const conflict of merge.conflicts) {
    const chosen = choices.get(conflict.pointId);
    if (chosen === undefined) continue;
    const index = conflict.versions.findIndex((version) => versionIdentity(version) === chosen);
    if (index >= 0) out.set(conflict.pointId, index);
  }
  return out;
}

/** A copy that names no student is known by its file name, as `warrant merge` knows it. */
export function copyLabel(fileName: string): string {
  return fileName.replace(/(\.argmap)?\.json$/i, "");
}
