/** The Export button; its items, and every exporter, load when it is first opened. */
import { useEffect, useRef, useState } from "react";
import { useDocumentStore } from "../../store/app-stores";
import { onDemand } from "../on-demand/on-demand";
import { useDismiss } from "../popover/use-dismiss";
import { printMapOnPrint } from "./map-print";

const ExportMenuItems = onDemand("the export formats", () =>
  import("./ExportMenuItems").then((m) => m.default),
);

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(container, open, () => setOpen(false), button);
  // The browser's own Print prints the map's picture too, on one landscape page.
  useEffect(() => printMapOnPrint(() => useDocumentStore.getState().doc), []);
  return (
    <div className="interop-export" ref={container}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Export ▾
      </button>
      {open && <ExportMenuItems close={() => setOpen(false)} />}
    </div>
  );
}
