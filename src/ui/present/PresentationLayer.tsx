/** Mounts presentation mode while it is on; its code loads the first time a presentation starts. */

import { usePresentation } from "../app-context";
import { onDemandWhile } from "../on-demand/on-demand";

export const PresentationLayer = onDemandWhile(
  () => usePresentation((state) => state.open),
  "the presentation",
  () => import("./PresentationView").then((m) => m.default),
  { floating: true },
);
