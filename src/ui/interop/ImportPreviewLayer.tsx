/** Mounts the Import dialog while an import waits in it; the dialog and the importers load only then. */
import { lazy, Suspense } from "react";
import { useImportFlow } from "../../store/app-stores";

const ImportPreviewDialog = lazy(() => import("./ImportPreviewDialog"));

export function ImportPreviewLayer() {
  const pending = useImportFlow((state) => state.pending);
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <ImportPreviewDialog />
    </Suspense>
  );
}
