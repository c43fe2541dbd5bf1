/** A share link's map, named and sized, waiting to be added to the library; nothing is stored until then. */

import { useApp, useKeepStore } from "../app-context";
import { KeepDialog } from "./KeepDialog";

export function ShareConfirmDialog() {
  const app = useApp();
  const pending = useKeepStore((state) => state.pendingShare);
  if (!pending) return null;
  const answer = (add: boolean) => app.keep.answerShare(add);
  return (
    <KeepDialog
      title="Add the shared map?"
      onClose={() => answer(false)}
      actions={
        <button type="button" onClick={() => answer(true)}>
          Add to my library
        </button>
      }
    >
      <p>
        The link carries “{pending.title}”: {pending.nodes} {pending.nodes === 1 ? "point" : "points"},{" "}
        {pending.edges} {pending.edges === 1 ? "relation" : "relations"}, {formatBytes(pending.bytes)}.
      </p>
      <p>Add it to your library as a new map? Closing this adds nothing.</p>
    </KeepDialog>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB` : `${(kb / 1024).toFixed(1)} MB`;
}
