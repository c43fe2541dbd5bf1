/**
 * Messages about where the work is: working in memory, a map that is not saved and why, a conflict with
 * another tab, maps that could not be read. Each says what happened and offers what can be done.
 */
import type { Ref } from "react";
import type { BlockedMap } from "../../store/persistence/map-library";
import { useApp, useDocumentStore, useKeepStore, useNotices } from "../app-context";
import { ImportReadingBar } from "../interop/ImportReadingBar";
import { downloadMap, downloadText } from "./download";
import { FailedMapsBanner } from "./FailedMapsBanner";
import { mapFileName } from "./file-name";

export function StorageBanners({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const app = useApp();
  const storage = useKeepStore((state) => state.storage);
  const status = useKeepStore((state) => state.status);
  const blocked = useKeepStore((state) => state.blocked);
  const notice = useNotices((state) => state.lasting);
  const listFailure = useKeepStore((state) => state.listFailure);
  const title = useDocumentStore((state) => state.doc.map.title);
  const exportOpenMap = () => downloadMap(app.stores.document.getState().doc);
  const exportButton = (
    <button type="button" onClick={exportOpenMap}>
      Export JSON
    </button>
  );
  return (
    <div className="keep-banners" ref={ref}>
      <ImportReadingBar />
      <FailedMapsBanner />
      {listFailure && (
        <Banner tone="warning" role="alert">
          The library could not be read in full ({listFailure}), so some maps may be missing from the list.
          Nothing was changed or removed.
        </Banner>
      )}
      {storage.kind === "memory" && (
        <Banner tone="warning">
          Browser storage is unavailable ({storage.reason}), so your maps live in this tab only and are lost
          when it closes. Export a map to keep it. {exportButton}
        </Banner>
      )}
      {status.state === "unsaved" && (
        <Banner tone="warning" role="alert">
          “{title}” is not saved: {status.reason === "quota" ? "browser storage is full" : status.message}.
          Your changes are kept in this tab and saving is retried; export the map to be safe
          {status.reason === "quota" ? ", or delete maps you no longer need from the library" : ""}.{" "}
          {exportButton}
          {status.reason === "quota" && (
            <button type="button" onClick={() => app.stores.keepUi.setState({ libraryOpen: true })}>
              Open library
            </button>
          )}
        </Banner>
      )}
      {status.state === "conflict" && (
        <Banner tone="warning" role="alert">
          Another tab saved newer changes to “{title}”. This tab's changes are not saved, so that they do not
          overwrite that work.{" "}
          <button type="button" onClick={() => app.keep.resolveConflict("theirs")}>
            Load the other tab's version
          </button>
          <button type="button" onClick={() => app.keep.resolveConflict("mine-as-copy")}>
            Keep this tab's changes as a copy
          </button>
        </Banner>
      )}
      {status.state === "blocked" && (
        <Banner tone="warning" role="alert">
          “{title}” can no longer be saved where it was: the stored copy {status.message}. It is left as it
          is.{" "}
          <button type="button" onClick={() => app.keep.resolveConflict("mine-as-copy")}>
            Keep this tab's changes as a copy
          </button>
          {exportButton}
        </Banner>
      )}
      {blocked
        .filter((map) => !map.dismissed)
        .map((map) => (
          <BlockedBanner key={map.id} map={map} />
        ))}
      {notice && (
        <Banner
          tone={notice.tone === "info" ? "info" : "warning"}
          role={notice.tone === "error" ? "alert" : "status"}
        >
          {notice.message}{" "}
          {notice.action && (
            <button type="button" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button type="button" onClick={() => app.stores.notices.getState().dismissLasting()}>
            Dismiss
          </button>
        </Banner>
      )}
    </div>
  );
}

function BlockedBanner({ map }: { map: BlockedMap }) {
  const app = useApp();
  const session = app.keep;
  const exportRaw = () => {
    const text = session?.storedText(map.id);
    if (text !== null && text !== undefined) downloadText(text, mapFileName(map.title, ".recovered.json"));
  };
  if (map.reason === "newer") {
    return (
      <Banner tone="warning" role="alert">
        “{map.title}” was saved by a newer version of Warrant, so this version cannot open it ({map.message}).
        It is left untouched.{" "}
        <button type="button" onClick={exportRaw}>
          Export its data
        </button>
        <button type="button" onClick={() => session?.dismissBlocked(map.id)}>
          Dismiss
        </button>
      </Banner>
    );
  }
  return (
    <Banner tone="warning" role="alert">
      The stored map “{map.title}” could not be read: {map.message}.{" "}
      {map.backedUp ? "Its raw text is kept in a backup" : "Its raw text is kept where it was"}, and Warrant
      will not write over it.{" "}
      <button type="button" onClick={exportRaw}>
        Export raw text
      </button>
      <button type="button" onClick={() => session?.deleteMap(map.id)}>
        Reset (delete it)
      </button>
      <button type="button" onClick={() => session?.dismissBlocked(map.id)}>
        Dismiss
      </button>
    </Banner>
  );
}

function Banner({
  tone,
  role = "status",
  children,
}: {
  tone: "info" | "warning";
  role?: "status" | "alert";
  children: React.ReactNode;
}) {
  return (
    <div className={`keep-banner keep-banner-${tone}`} role={role}>
      {children}
    </div>
  );
}
