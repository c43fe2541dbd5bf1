/** Mounts the printable brief when it is open; its code loads only then. */

import { useBriefView } from "../app-context";
import { onDemandWhile } from "../on-demand/on-demand";

export const BriefLayer = onDemandWhile(
  () => useBriefView((state) => state.open),
  "the brief",
  () => import("./BriefPrintView").then((m) => m.default),
  { floating: true },
);
