/**
 * A link that carries the open map in its fragment. The link is built only while this dialog is open
 * (compressing a large map takes a moment) and is judged by length: long links get a warning, links
 * too long for browsers are refused, both with the suggestion to export a file instead.
 */
import { useMemo, useState } from "react";
import {
  assessShareLinkLength,
  buildShareLink,
  SHARE_LINK_MAX_LENGTH,
  SHARE_LINK_WARN_LENGTH,
} from "../../io/share-link";
import { useApp, useDocumentStore, useKeepUi } from "../app-context";
import { downloadMap } from "./download";
import { KeepDialog } from "./KeepDialog";

export function ShareDialog() {
  const open = useKeepUi((state) => state.shareOpen);
  return open ? <ShareDialogBody /> : null;
}

function ShareDialogBody() {
  const app = useApp();
  const doc = useDocumentStore((state) => state.doc);
  const link = useMemo(() => buildShareLink(window.location.href, doc), [doc]);
  const verdict = assessShareLinkLength(link);
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const close = () => app.stores.keepUi.setState({ shareOpen: false });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  const exportButton = (
    <button type="button" onClick={() => downloadMap(doc)}>
      Export JSON instead
    </button>
  );
  if (verdict === "too-long") {
    return (
      <KeepDialog title="This map is too large for a link" onClose={close} actions={exportButton}>
        <p>
          Its link would be {link.length.toLocaleString("en")} characters long; browsers open links of at most{" "}
          {SHARE_LINK_MAX_LENGTH.toLocaleString("en")}. Export the map as a file and share the file.
        </p>
      </KeepDialog>
    );
  }
  return (
    <KeepDialog
      title="Share link"
      onClose={close}
      actions={
        <>
          {verdict === "long" && exportButton}
          <button type="button" onClick={copy}>
            Copy link
          </button>
        </>
      }
    >
      <p>
        The whole map is inside this link, after the <code>#</code>; it is not uploaded anywhere. Whoever
        opens it gets a copy in their own library.
      </p>
      <input className="keep-share-link" aria-label="Share link" readOnly value={link} onFocus={selectAll} />
      {verdict === "long" && (
        <p className="keep-warning" role="note">
          This link is {link.length.toLocaleString("en")} characters long. Many chat apps, e-mail programs and
          servers cut links longer than {SHARE_LINK_WARN_LENGTH.toLocaleString("en")} characters, which breaks
          it. Exporting a file is safer for a map this size.
        </p>
      )}
      {copied === "yes" && <p role="status">Copied.</p>}
      {copied === "failed" && (
        <p role="status">The browser did not allow copying; select the link and copy it.</p>
      )}
    </KeepDialog>
  );
}

function selectAll(event: { currentTarget: HTMLInputElement }) {
  event.currentTarget.select();
}
