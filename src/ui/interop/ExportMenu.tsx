/** The Export button; its items, and every exporter, load when it is first opened. */
import { lazy, Suspense, useState } from "react";

const ExportMenuItems = lazy(() => import("./ExportMenuItems"));

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  return (
    <div className="interop-export">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportMenuItems close={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
