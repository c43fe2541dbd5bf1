/**
 * The message of the last editing action: why something was refused (an alert, announced at once) or
 * what was done (a status). It fades on its own after a while; a new message replaces it.
 */
import { useEffect } from "react";
import { useApp, useEditStore } from "../app-context";

const SHOWN_FOR_MS = { error: 8000, info: 3000 } as const;

export function EditToast() {
  const app = useApp();
  const notice = useEditStore((state) => state.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(app.stores.edit.getState().dismissNotice, SHOWN_FOR_MS[notice.tone]);
    return () => clearTimeout(timer);
  }, [notice, app.stores.edit.getState]);
  if (!notice) return null;
  return (
    <div
      key={notice.serial}
      className={`edit-toast is-${notice.tone}`}
      role={notice.tone === "error" ? "alert" : "status"}
    >
      <span className="edit-toast-message">{notice.message}</span>
      <button type="button" aria-label="Dismiss message" onClick={app.stores.edit.getState().dismissNotice}>
        ×
      </button>
    </div>
  );
}
