/** One map in the library: open it, or rename, duplicate or delete it. */
import { memo, useState } from "react";
import type { LibraryEntry } from "../../store/persistence/library-entry";
import type { BlockReason } from "../../store/persistence/map-library";
import { useApp } from "../app-context";
import { formatLastChange, formatNodeCount, formatStoredSize } from "./entry-format";

interface LibraryRowProps {
  entry: LibraryEntry;
  isOpen: boolean;
  /** Why this session will not open or write the map, when it will not. */
  blocked: BlockReason | undefined;
}

const BLOCKED_WORDS: Record<BlockReason, string> = {
  unreadable: "could not be read",
  newer: "saved by a newer version of Warrant",
};

export const LibraryRow = memo(function LibraryRow({ entry, isOpen, blocked }: LibraryRowProps) {
  const app = useApp();
  const cannotRead = blocked !== undefined;
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.title);
  const startRenaming = () => {
    setDraft(entry.title);
    setRenaming(true);
  };
  const commit = () => {
    if (app.keep.renameMap(entry.id, draft)) setRenaming(false);
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
          onClick={() => app.keep.openMap(entry.id)}
        >
          {entry.title}
        </button>
      )}
      <div className="keep-entry-meta">
        {blocked
          ? BLOCKED_WORDS[blocked]
          : `${formatNodeCount(entry.nodes)} · ${formatStoredSize(entry.size)} · ${formatLastChange(entry.updatedAt)}`}
        {isOpen && " · open"}
      </div>
      {!renaming && (
        <div className="keep-entry-actions">
          <button
            type="button"
            aria-label={`Rename “${entry.title}”`}
            onClick={startRenaming}
            disabled={cannotRead}
          >
            Rename
          </button>
          <button
            type="button"
            aria-label={`Duplicate “${entry.title}”`}
            onClick={() => app.keep.duplicateMap(entry.id)}
            disabled={cannotRead}
          >
            Duplicate
          </button>
          <button
            type="button"
            aria-label={`Delete “${entry.title}”`}
            onClick={() => app.keep.deleteMap(entry.id)}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
});
