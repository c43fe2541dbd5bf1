import { useApp, useKeepStore } from "../app-context";
/** After a delete: the map can be brought back for the rest of the session. */

export function UndoDeleteToast() {
  const app = useApp();
  const deleted = useKeepStore((state) => state.deleted);
  if (!deleted) return null;
  return (
    <div className="keep-toast" role="status">
      Deleted “{deleted.title}”.{" "}
      <button type="button" onClick={() => app.keep.undoDelete()}>
        Undo delete
      </button>
      <button type="button" aria-label="Dismiss" onClick={() => app.keep.forgetDeleted()}>
        ×
      </button>
    </div>
  );
}
