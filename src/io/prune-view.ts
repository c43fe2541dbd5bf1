/** Drops view entries that name no node (the format warns about them, then forgets them). */
import type { ArgumentMap } from "../model/schema";

export function pruneDanglingView(doc: ArgumentMap): ArgumentMap {
  const view = doc.view;
  if (!view) return doc;
  const ids = new Set(doc.nodes.map((node) => node.id));
  const positions = view.positions;
  const staleSpot = positions !== undefined && Object.keys(positions).some((id) => !ids.has(id));
  const staleFold = view.collapsed?.some((id) => !ids.has(id)) ?? false;
  if (!staleSpot && !staleFold) return doc;
  return {
    ...doc,
    view: {
      ...(positions !== undefined
        ? { positions: Object.fromEntries(Object.entries(positions).filter(([id]) => ids.has(id))) }
        : {}),
      ...(view.collapsed !== undefined ? { collapsed: view.collapsed.filter((id) => ids.has(id)) } : {}),
    },
  };
}
