/** After a delete: the map can be brought back for the rest of the session. */
import { useKeepStore } from "../../store/app-stores";
import { keepSession } from "../../store/persistence/start-keep";

export function UndoDeleteToast() {
  const deleted = useKeepStore((state) => state.deleted);
  if (!deleted) return null;
  return (
    <div className="keep-toast" role="status">
      Deleted “{deleted.title}”.{" "}
      <button type="button" onClick={() => keepSession()?.undoDelete()}>
        Undo delete
      </button>
      <button type="button" aria-label="Dismiss" onClick={() => keepSession()?.forgetDeleted()}>
        ×
      </button>
    </div>
  );
}
