/**
 * A page to read and print over the app (the debate brief, the cite sheet): a modal that takes the focus
 * when it opens and gives it back where it was when it closes, so a keyboard reader lands in it and returns
 * to what they were doing; Print, any actions of its own, and Close (or Escape). The print stylesheet
 * (interop.css) prints its article alone.
 */
import { type ReactNode, useEffect, useRef } from "react";

interface PrintablePageProps {
  label: string;
  onClose(): void;
  /** Buttons between Print and Close. */
  actions?: ReactNode;
  /** A class for the article, beside the shared `interop-brief`. */
  className?: string;
  children: ReactNode;
}

export function PrintablePage({ label, onClose, actions, className, children }: PrintablePageProps) {
  const printButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    printButton.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div
      className="interop-brief-layer"
      role="dialog"
      aria-modal="true"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="interop-brief-actions">
        <button ref={printButton} type="button" onClick={() => window.print()}>
          Print
        </button>
        {actions}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <article className={className ? `interop-brief ${className}` : "interop-brief"}>{children}</article>
    </div>
  );
}
