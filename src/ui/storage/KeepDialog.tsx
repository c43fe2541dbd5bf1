/** A small modal dialog for the library's messages: Escape or the close button dismisses it. */
import { type ReactNode, useEffect, useId, useRef } from "react";

interface KeepDialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom, after the close button's place. */
  actions?: ReactNode;
  /** For forms and tables that need more room than a message. */
  wide?: boolean;
}

export function KeepDialog({ title, onClose, children, actions, wide }: KeepDialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus moves into the dialog so that keyboard users land on it (on the control marked as the one
    // to start at, else the first), and back out when it closes.
    const previous = document.activeElement as HTMLElement | null;
    const first =
      panel.current?.querySelector<HTMLElement>("[data-autofocus]") ??
      panel.current?.querySelector<HTMLElement>("textarea, input, button");
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="keep-dialog-backdrop">
      <div
        ref={panel}
        className={wide ? "keep-dialog keep-dialog-wide" : "keep-dialog"}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === "Escape") onClose();
        }}
      >
        <h2 id={titleId} className="keep-dialog-title">
          {title}
        </h2>
        <div className="keep-dialog-body">{children}</div>
        <div className="keep-dialog-actions">
          {actions}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
