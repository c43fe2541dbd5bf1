/** The Export button; its items, and every exporter, load when it is first opened. */
import { useState } from "react";
import { onDemand } from "../on-demand/on-demand";

const ExportMenuItems = onDemand("the export formats", () =>
  import("./ExportMenuItems").then((m) => m.default),
);

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  return (
    <div className="interop-export">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && <ExportMenuItems close={() => setOpen(false)} />}
    </div>
  );
}
