/** Mounts the printable brief when it is open; its code loads only then. */
import { lazy, Suspense } from "react";
import { useBriefView } from "../../store/app-stores";

const BriefPrintView = lazy(() => import("./BriefPrintView"));

export function BriefLayer() {
  const open = useBriefView((state) => state.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <BriefPrintView />
    </Suspense>
  );
}
