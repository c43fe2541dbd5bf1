/** Import by pasting: the text of a map goes into a box and through the load pipeline. */
import { useState } from "react";
import { useApp, useKeepUi } from "../app-context";
import { KeepDialog } from "./KeepDialog";

export function PasteDialog() {
  const app = useApp();
  const { importTextByFlow } = app.commands.imports;
  const open = useKeepUi((state) => state.pasteOpen);
  const [text, setText] = useState("");
  if (!open) return null;
  const close = () => {
    setText("");
    app.stores.keepUi.setState({ pasteOpen: false });
  };
  const importPasted = () => {
    close();
    void importTextByFlow(text, "the pasted text");
  };
  return (
    <KeepDialog
      title="Paste a map"
      onClose={close}
      actions={
        <button type="button" onClick={importPasted} disabled={text.trim() === ""}>
          Import as a new map
        </button>
      }
    >
      <label className="keep-paste-label">
        A map as text: Warrant's JSON (format v1 or v2), Argdown, AIF JSON, ICCMA, a Kialo export or a
        microtext:
        <textarea
          className="keep-paste-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={12}
          spellCheck={false}
        />
      </label>
    </KeepDialog>
  );
}
