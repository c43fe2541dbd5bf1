/** The library: every stored map, newest first, with ways to add maps. */
import { type RefObject, useLayoutEffect, useState } from "react";
import { useApp, useKeepStore, useKeepUi } from "../app-context";
import { ImportFileButton } from "../storage/ImportFileButton";
import { LibraryRow } from "./LibraryRow";

/** `below`: the element the panel starts under, so that it never hides the banners above it. */
export function LibraryPanel({ below }: { below: RefObject<HTMLElement | null> }) {
  const app = useApp();
  const open = useKeepUi((state) => state.libraryOpen);
  const top = useBottomOf(below, open);
  const entries = useKeepStore((state) => state.entries);
  const openId = useKeepStore((state) => state.openId);
  const blocked = useKeepStore((state) => state.blocked);
  if (!open) return null;
  const blockedReasons = new Map(blocked.map((map) => [map.id, map.reason]));
  return (
    <aside className="keep-library" aria-label="Library" style={top === undefined ? undefined : { top }}>
      <div className="keep-library-head">
        <h2>Library</h2>
        <button type="button" onClick={() => app.stores.keepUi.setState({ libraryOpen: false })}>
          Close
        </button>
      </div>
      <div className="keep-library-actions">
        <button type="button" onClick={() => app.keep.createBlankMap()}>
          New blank map
        </button>
        <button type="button" onClick={() => app.keep.createEssayMap()}>
          New from the essay map
        </button>
        <ImportFileButton />
        <button type="button" onClick={() => app.stores.keepUi.setState({ pasteOpen: true })}>
          Paste a map…
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
              blocked={blockedReasons.get(entry.id)}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}

/** The bottom edge of an element on screen, followed as it grows and shrinks (banners come and go). */
function useBottomOf(target: RefObject<HTMLElement | null>, active: boolean): number | undefined {
  const [bottom, setBottom] = useState<number>();
  useLayoutEffect(() => {
    const element = target.current;
    if (!active || !element) return;
    const update = () => setBottom(element.getBoundingClientRect().bottom);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
    };
  }, [target, active]);
  return bottom;
}
