/**
 * Everything of the library that is not in the header: it starts the library once the page is up, and
 * shows the banners, the library panel, the dialogs, the undo toast and the drop target.
 */
import { useEffect, useRef } from "react";
import { BriefLayer } from "../interop/BriefLayer";
import { CiteSheetLayer } from "../interop/CiteSheetLayer";
import { ImportPreviewLayer } from "../interop/ImportPreviewLayer";
import { onDemandWhile } from "../on-demand/on-demand";
import { FileDrop } from "./FileDrop";
import { StorageBanners } from "./StorageBanners";
import { UndoDeleteToast } from "./UndoDeleteToast";
import "./keep.css";
import { useApp, useKeepStore, useKeepUi } from "../app-context";

// Each loads the first time it opens.
const floating = { floating: true };
const LibraryPanel = onDemandWhile(
  () => useKeepUi((state) => state.libraryOpen),
  "the library",
  () => import("../library/LibraryPanel").then((m) => m.LibraryPanel),
);
const ImportReportDialog = onDemandWhile(
  () => useKeepStore((state) => state.importReport !== null),
  "the import report",
  () => import("./ImportReportDialog").then((m) => m.ImportReportDialog),
  floating,
);
const PasteDialog = onDemandWhile(
  () => useKeepUi((state) => state.pasteOpen),
  "the Paste dialog",
  () => import("./PasteDialog").then((m) => m.PasteDialog),
  floating,
);
const ShareDialog = onDemandWhile(
  () => useKeepUi((state) => state.shareOpen),
  "the Share dialog",
  () => import("./ShareDialog").then((m) => m.ShareDialog),
  floating,
);
const ShareConfirmDialog = onDemandWhile(
  () => useKeepStore((state) => Boolean(state.pendingShare)),
  "the shared map's question",
  () => import("./ShareConfirmDialog").then((m) => m.ShareConfirmDialog),
  floating,
);

export function KeepLayer() {
  const app = useApp();
  const banners = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Idempotent: React's development double-run of effects starts the library only once.
    app.startKeep();
    // A map that broke the page last time was not opened: start on the library, where it still is.
    if (app.stores.keep.getState().failedMaps.length > 0) app.stores.keepUi.setState({ libraryOpen: true });
  }, [
    app.stores.keepUi.setState,
    app.stores.keep.getState, // Idempotent: React's development double-run of effects starts the library only once.
    app.startKeep,
  ]);
  return (
    <>
      <StorageBanners ref={banners} />
      <LibraryPanel below={banners} />
      <ImportReportDialog />
      <ImportPreviewLayer />
      <PasteDialog />
      <ShareDialog />
      <ShareConfirmDialog />
      <UndoDeleteToast />
      <FileDrop />
      <BriefLayer />
      <CiteSheetLayer />
    </>
  );
}
