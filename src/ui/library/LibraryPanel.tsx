/** The library: every stored map, newest first, with ways to add maps. */
import { useKeepStore } from "../../store/persistence/keep-store";
import { keepSession } from "../../store/persistence/start-keep";
import { ImportFileButton } from "../storage/ImportFileButton";
import { setKeepUi, useKeepUi } from "../storage/keep-ui-store";
import { LibraryRow } from "./LibraryRow";

export function LibraryPanel() {
  const open = useKeepUi((state) => state.libraryOpen);
  const entries = useKeepStore((state) => state.entries);
  const openId = useKeepStore((state) => state.openId);
  const blocked = useKeepStore((state) => state.blocked);
  if (!open) return null;
  const unreadable = new Set(blocked.map((map) => map.id));
  return (
    <aside className="keep-library" aria-label="Library">
      <div className="keep-library-head">
        <h2>Library</h2>
        <button type="button" onClick={() => setKeepUi({ libraryOpen: false })}>
          Close
        </button>
      </div>
      <div className="keep-library-actions">
        <button type="button" onClick={() => keepSession()?.createBlankMap()}>
          New blank map
        </button>
        <button type="button" onClick={() => keepSession()?.createEssayMap()}>
          New from the essay map
        </button>
        <ImportFileButton />
        <button type="button" onClick={() => setKeepUi({ pasteOpen: true })}>
          Paste JSON…
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="keep-library-empty">No maps stored yet.</p>
      ) : (
        <ul className="keep-entries" aria-label="Maps">
          {entries.map((entry) => (
            <LibraryRow
              key={entry.id}
              entry={entry}
              isOpen={entry.id === openId}
              unreadable={unreadable.has(entry.id)}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
