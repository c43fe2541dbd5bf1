/**
 * Maps that broke the page the last time they were drawn, which this visit therefore did not open by
 * itself (a part of the page failed, or its opening never finished). Each stays in the library exactly as
 * it was last saved: the reader can export it, delete it or try again.
 */

import { useApp, useKeepStore } from "../app-context";
import { downloadText } from "./download";
import { mapFileName } from "./file-name";

export function FailedMapsBanner() {
  const app = useApp();
  const failed = useKeepStore((state) => state.failedMaps);
  if (failed.length === 0) return null;
  const session = app.keep;
  return (
    <div className="keep-banner keep-banner-warning" role="alert">
      {failed.map((map) => (
        <p key={map.id}>
          “{map.title}” could not be shown last time ({map.message}), so it was not opened this time. It is in
          the library as it was last saved.{" "}
          <button type="button" onClick={() => session?.openMap(map.id)}>
            Open it again
          </button>
          <button
            type="button"
            onClick={() => {
              const text = session?.storedText(map.id);
              if (text) downloadText(text, mapFileName(map.title));
            }}
          >
            Export it
          </button>
          <button type="button" onClick={() => session?.deleteMap(map.id)}>
            Delete it
          </button>
        </p>
      ))}
      <button type="button" onClick={() => session?.dismissFailedMaps()}>
        Dismiss
      </button>
    </div>
  );
}
