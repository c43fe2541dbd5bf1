/** The library's controls in the app header: the library panel, import, export, share, save status. */
import { ExportMenu } from "../interop/ExportMenu";
import "../interop/interop.css";
import { useApp, useKeepUi } from "../app-context";
import { downloadMap } from "./download";
import { ImportFileButton } from "./ImportFileButton";
import { SaveStatusIndicator } from "./SaveStatusIndicator";

export function KeepHeaderControls() {
  const app = useApp();
  const libraryOpen = useKeepUi((state) => state.libraryOpen);
  return (
    <div className="keep-header-controls">
      <SaveStatusIndicator />
      <button
        type="button"
        aria-expanded={libraryOpen}
        onClick={() => app.stores.keepUi.setState({ libraryOpen: !libraryOpen })}
      >
        Library
      </button>
      <ImportFileButton label="Import…" />
      <button type="button" onClick={() => downloadMap(app.stores.document.getState().doc)}>
        Export JSON
      </button>
      <ExportMenu />
      <button type="button" onClick={() => app.stores.keepUi.setState({ shareOpen: true })}>
        Share link
      </button>
    </div>
  );
}
