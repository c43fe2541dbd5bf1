/**
 * A toolbar button that opens a panel of settings under it: the button's props (it says whether the
 * panel is open and which panel it controls) and a key handler for the panel that shuts it on Escape and
 * gives the focus back to the button.
 */
import { type KeyboardEvent, useRef, useState } from "react";

export function useMenuToggle(panelId: string) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return {
    open,
    setOpen,
    /** Shuts the panel and gives the focus back to its button. */
    close,
    buttonProps: {
      ref: button,
      type: "button" as const,
      "aria-expanded": open,
      "aria-controls": panelId,
      onClick: () => setOpen(!open),
    },
    onPanelKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      close();
    },
  };
}
