/** Keeping the keyboard inside a modal dialog. */
import type { KeyboardEvent } from "react";

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: the dialog keeps the keyboard. */
export function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return;
  const controls = [...dialog.querySelectorAll<HTMLElement>("input, select, button")].filter(
    (control) => !control.hasAttribute("disabled"),
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
