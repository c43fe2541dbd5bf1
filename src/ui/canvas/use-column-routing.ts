/** Whether links are drawn along the columns' gutters (column-routes.ts): the map is laid out in columns. */

import { fitsInColumns } from "../../model/layout/columns-layout";
import { useExploreView, useUiStore } from "../app-context";

export function useColumnRouting(): boolean {
  const columns = useUiStore((state) => state.layoutStyle === "columns");
  const fits = useExploreView((view) => fitsInColumns(view.visibleIds.length));
  return columns && fits;
}
