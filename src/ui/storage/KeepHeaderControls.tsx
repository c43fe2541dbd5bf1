/** The library's controls in the app header: the library panel, import, export, share, save status. */
import { useDocumentStore } from "../../store/document-store";
import { ExportMenu } from "../interop/ExportMenu";
import "../interop/interop.css";
import { downloadMap } from "./download";
import { ImportFileButton } from "./ImportFileButton";
import { setKeepUi, useKeepUi } from "./keep-ui-store";
import { SaveStatusIndicator } from "./SaveStatusIndicator";

export function KeepHeaderControls() {
  const libraryOpen = useKeepUi((state) => state.libraryOpen);
  return (
    <div className="keep-header-controls">
      <SaveStatusIndicator />
      <button
        type="button"
        aria-expanded={libraryOpen}
        onClick={() => setKeepUi({ libraryOpen: !libraryOpen })}
      >
        Library
      </button>
      <ImportFileButton label="Import…" />
      <button type="button" onClick={() => downloadMap(useDocumentStore.getState().doc)}>
        Export JSON
      </button>
      <ExportMenu />
      <button type="button" onClick={() => setKeepUi({ shareOpen: true })}>
        Share link
      </button>
    </div>
  );
}
