/**
 * The passing notice over the canvas: why something was refused (an alert, announced at once), what
 * was done, or something to know (a status). It fades on its own after a while; a new one replaces it.
 */
import { useEffect } from "react";
import { useApp, useNotices } from "../app-context";

const SHOWN_FOR_MS = { error: 8000, warning: 8000, info: 3000 } as const;

export function EditToast() {
  const app = useApp();
  const notice = useNotices((state) => state.passing);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(app.stores.notices.getState().dismissPassing, SHOWN_FOR_MS[notice.tone]);
    return () => clearTimeout(timer);
  }, [notice, app.stores.notices.getState]);
  if (!notice) return null;
  return (
    <div
      key={notice.serial}
      className={`edit-toast is-${notice.tone}`}
      role={notice.tone === "error" ? "alert" : "status"}
    >
      <span className="edit-toast-message">{notice.message}</span>
      <button
        type="button"
        aria-label="Dismiss message"
        onClick={app.stores.notices.getState().dismissPassing}
      >
        ×
      </button>
    </div>
  );
}
