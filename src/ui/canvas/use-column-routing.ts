/** Whether links are drawn along the columns' gutters (column-routes.ts): the map is laid out in columns. */

import { useExploreView, useUiStore } from "../app-context";
import { fitsInColumns } from "../layout/columns-layout";

export function useColumnRouting(): boolean {
  const columns = useUiStore((state) => state.layoutStyle === "columns");
  const fits = useExploreView((view) => fitsInColumns(view.visibleIds.length));
  return columns && fits;
}
