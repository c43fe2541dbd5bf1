/** One map in the library: open it, or rename, duplicate or delete it. */
import { memo, useState } from "react";
import type { LibraryEntry } from "../../store/persistence/library-entry";
import { keepSession } from "../../store/persistence/start-keep";
import { formatLastChange, formatNodeCount, formatStoredSize } from "./entry-format";

interface LibraryRowProps {
  entry: LibraryEntry;
  isOpen: boolean;
  unreadable: boolean;
}

export const LibraryRow = memo(function LibraryRow({ entry, isOpen, unreadable }: LibraryRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.title);
  const startRenaming = () => {
    setDraft(entry.title);
    setRenaming(true);
  };
  const commit = () => {
    if (keepSession()?.renameMap(entry.id, draft)) setRenaming(false);
  };
  return (
    <li className={`keep-entry${isOpen ? " is-open" : ""}`}>
      {renaming ? (
        <form
          className="keep-entry-rename"
          onSubmit={(event) => {
            event.preventDefault();
            commit();
          }}
        >
          <input
            aria-label="Map title"
            value={draft}
            maxLength={400}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") setRenaming(false);
            }}
          />
          <button type="submit">Save title</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="keep-entry-open"
          aria-current={isOpen ? "true" : undefined}
          onClick={() => keepSession()?.openMap(entry.id)}
        >
          {entry.title}
        </button>
      )}
      <div className="keep-entry-meta">
        {unreadable
          ? "could not be read"
          : `${formatNodeCount(entry.nodes)} · ${formatStoredSize(entry.size)} · ${formatLastChange(entry.updatedAt)}`}
        {isOpen && " · open"}
      </div>
      {!renaming && (
        <div className="keep-entry-actions">
          <button
            type="button"
            aria-label={`Rename “${entry.title}”`}
            onClick={startRenaming}
            disabled={unreadable}
          >
            Rename
          </button>
          <button
            type="button"
            aria-label={`Duplicate “${entry.title}”`}
            onClick={() => keepSession()?.duplicateMap(entry.id)}
            disabled={unreadable}
          >
            Duplicate
          </button>
          <button
            type="button"
            aria-label={`Delete “${entry.title}”`}
            onClick={() => keepSession()?.deleteMap(entry.id)}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
});
