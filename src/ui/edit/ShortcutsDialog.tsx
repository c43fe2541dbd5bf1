/** The `?` overlay: every key of the canvas, from the one list the keys are handled by (shortcuts.ts). */
import { useEffect, useRef } from "react";
import { useApp, useEditStore } from "../app-context";
import { focusCanvas } from "./popover-focus";
import { SHORTCUT_GROUPS } from "./shortcuts";

export function ShortcutsDialog() {
  const app = useApp();
  const open = useEditStore((state) => state.shortcutsOpen);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);
  if (!open) return null;
  const close = () => {
    app.stores.edit.setState({ shortcutsOpen: false });
    focusCanvas();
  };
  return (
    <div
      className="edit-dialog-backdrop"
      onPointerDown={(event) => event.target === event.currentTarget && close()}
    >
      <div
        className="edit-dialog shortcuts-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onKeyDown={(event) => {
          if (event.key === "Escape" || event.key === "?") {
            event.preventDefault();
            close();
          }
        }}
      >
        <div className="edit-dialog-head">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button ref={closeButton} type="button" onClick={close}>
            Close
          </button>
        </div>
        <div className="shortcuts-groups">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.title} aria-label={group.title}>
              <h3>{group.title}</h3>
              <dl>
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.keys.join()} className="shortcut-row">
                    <dt>
                      {shortcut.keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 ? " or " : null}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </dt>
                    <dd>{shortcut.does}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
