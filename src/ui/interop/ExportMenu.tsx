/** The Export button; its items, and every exporter, load when it is first opened. */
import { useEffect } from "react";
import { useApp } from "../app-context";
import { onDemand } from "../on-demand/on-demand";
import { MenuButton } from "../popover/MenuButton";
import { printMapOnPrint } from "./map-print";

// While they load, the note stands where the menu will, over the page, not in the header's row.
const ExportMenuItems = onDemand(
  "the export formats",
  () => import("./ExportMenuItems").then((m) => m.default),
  { noteClass: "interop-export-menu" },
);

export function ExportMenu() {
  const app = useApp();
  // The browser's own Print prints the map's picture too, on one landscape page.
  useEffect(() => printMapOnPrint(() => app.stores.document.getState().doc), [app.stores.document.getState]);
  return (
    <MenuButton label="Export ▾" className="interop-export">
      {(close) => <ExportMenuItems close={close} />}
    </MenuButton>
  );
}
