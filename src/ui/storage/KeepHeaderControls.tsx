/** The library's controls in the app header: the library panel, import, export, share, save status. */
import { useDocumentStore, useKeepUi } from "../../store/app-stores";
import { ExportMenu } from "../interop/ExportMenu";
import "../interop/interop.css";
import { downloadMap } from "./download";
import { ImportFileButton } from "./ImportFileButton";
import { SaveStatusIndicator } from "./SaveStatusIndicator";

export function KeepHeaderControls() {
  const libraryOpen = useKeepUi((state) => state.libraryOpen);
  return (
    <div className="keep-header-controls">
      <SaveStatusIndicator />
      <button
        type="button"
        aria-expanded={libraryOpen}
        onClick={() => useKeepUi.setState({ libraryOpen: !libraryOpen })}
      >
        Library
      </button>
      <ImportFileButton label="Import…" />
      <button type="button" onClick={() => downloadMap(useDocumentStore.getState().doc)}>
        Export JSON
      </button>
      <ExportMenu />
      <button type="button" onClick={() => useKeepUi.setState({ shareOpen: true })}>
        Share link
      </button>
    </div>
  );
}
