/**
 * Everything of the library that is not in the header: it starts the library once the page is up, and
 * shows the banners, the library panel, the dialogs, the undo toast and the drop target.
 */
import { useEffect, useRef } from "react";
import { useKeepStore, useKeepUi } from "../../store/app-stores";
import { startKeep } from "../../store/persistence/start-keep";
import { BriefLayer } from "../interop/BriefLayer";
import { ImportPreviewLayer } from "../interop/ImportPreviewLayer";
import { LibraryPanel } from "../library/LibraryPanel";
import { FileDrop } from "./FileDrop";
import { ImportReportDialog } from "./ImportReportDialog";
import { PasteDialog } from "./PasteDialog";
import { ShareConfirmDialog } from "./ShareConfirmDialog";
import { ShareDialog } from "./ShareDialog";
import { StorageBanners } from "./StorageBanners";
import { UndoDeleteToast } from "./UndoDeleteToast";
import "./keep.css";

export function KeepLayer() {
  const banners = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Idempotent: React's development double-run of effects starts the library only once.
    startKeep();
    // A map that broke the page last time was not opened: start on the library, where it still is.
    if (useKeepStore.getState().failedMaps.length > 0) useKeepUi.setState({ libraryOpen: true });
  }, []);
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
    </>
  );
}
