/** The save state of the open map, always on screen: saved, saving, or not saved and why. */

import { useKeepStore } from "../app-context";
import { describeStatus } from "./status-text";

export function SaveStatusIndicator() {
  const status = useKeepStore((state) => state.status);
  const storage = useKeepStore((state) => state.storage);
  const openId = useKeepStore((state) => state.openId);
  const reading = useKeepStore((state) => state.reading);
  const shown = describeStatus(status, storage, openId, reading);
  return (
    <output className={`keep-status keep-status-${shown.tone}`} title={shown.detail} aria-live="polite">
      {shown.text}
    </output>
  );
}
