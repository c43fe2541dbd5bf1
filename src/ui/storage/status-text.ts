/** The words the status indicator shows for the autosave's state. */
import type { StorageMode } from "../../store/persistence/keep-store";
import type { SaveStatus } from "../../store/persistence/save-status";

export interface StatusText {
  text: string;
  tone: "ok" | "busy" | "warning";
  /** A longer explanation, shown as a tooltip. */
  detail: string;
}

export function describeStatus(
  status: SaveStatus,
  storage: StorageMode,
  openId: string | null,
  reading: { title: string } | null = null,
): StatusText {
  if (storage.kind === "loading") return { text: "Loading library…", tone: "busy", detail: "" };
  if (status.state === "idle" && openId === null && reading !== null) {
    return { text: "Opening…", tone: "busy", detail: `Reading “${reading.title}” from the library.` };
  }
  if (status.state === "idle") {
    return openId === null
      ? { text: "Not saved", tone: "warning", detail: "This map is not in the library and is never saved." }
      : { text: "Saved", tone: "ok", detail: "" };
  }
  const memory = storage.kind === "memory";
  switch (status.state) {
    case "saved":
      return memory
        ? {
            text: "In memory only",
            tone: "warning",
            detail: `Browser storage is unavailable: ${storage.reason}.`,
          }
        : {
            text: "Saved",
            tone: "ok",
            detail: status.savedAt ? `Saved at ${formatTime(status.savedAt)}` : "",
          };
    case "pending":
      return { text: "Saving…", tone: "busy", detail: "" };
    case "unsaved":
      return status.reason === "quota"
        ? { text: "Not saved: storage full", tone: "warning", detail: status.message }
        : { text: "Not saved: storage unavailable", tone: "warning", detail: status.message };
    case "conflict":
      return { text: "Not saved: changed in another tab", tone: "warning", detail: status.message };
    case "stopped":
      return { text: "Not saved: stopped after an error", tone: "warning", detail: status.message };
    case "blocked":
      return status.reason === "newer"
        ? { text: "Read-only: saved by a newer Warrant", tone: "warning", detail: status.message }
        : { text: "Not saved: stored copy unreadable", tone: "warning", detail: status.message };
  }
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString();
}
