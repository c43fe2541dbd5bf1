/** Mounts the printable cite sheet when it is open; its code loads only then. */
import { useCiteSheetView } from "../app-context";
import { onDemandWhile } from "../on-demand/on-demand";

export const CiteSheetLayer = onDemandWhile(
  () => useCiteSheetView((state) => state.open),
  "the cite sheet",
  () => import("./CiteSheetPrintView").then((m) => m.default),
  { floating: true },
);
