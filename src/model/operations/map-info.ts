/** Changing what the map says about itself. */
import type { ArgumentMap } from "../schema";
import { produceMap } from "./draft";

/**
 * The map under another title (already checked: see acceptableTitle in the library); the map itself
 * when the title is the one it has. A recipe, so renaming the open map is an undo step of one patch.
 */
export function retitleMap(doc: ArgumentMap, title: string): ArgumentMap {
  if (doc.map.title === title) return doc;
  return produceMap(doc, (draft) => {
    draft.map.title = title;
  });
}
