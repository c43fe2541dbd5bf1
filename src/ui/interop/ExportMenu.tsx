/** The Export button; its items, and every exporter, load when it is first opened. */
import { useEffect } from "react";
import { useDocumentStore } from "../../store/app-stores";
import { onDemand } from "../on-demand/on-demand";
import { MenuButton } from "../popover/MenuButton";
import { printMapOnPrint } from "./map-print";

const ExportMenuItems = onDemand("the export formats", () =>
  import("./ExportMenuItems").then((m) => m.default),
);

export function ExportMenu() {
  // The browser's own Print prints the map's picture too, on one landscape page.
  useEffect(() => printMapOnPrint(() => useDocumentStore.getState().doc), []);
  return (
    <MenuButton label="Export ▾" className="interop-export">
      {(close) => <ExportMenuItems close={close} />}
    </MenuButton>
  );
}
