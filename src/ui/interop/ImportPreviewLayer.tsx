/** Mounts the Import dialog while an import waits in it; the dialog and the importers load only then. */

import { useImportFlow } from "../app-context";
import { onDemandWhile } from "../on-demand/on-demand";

export const ImportPreviewLayer = onDemandWhile(
  () => useImportFlow((state) => Boolean(state.pending)),
  "the Import dialog",
  () => import("./ImportPreviewDialog").then((m) => m.default),
  { floating: true },
);
