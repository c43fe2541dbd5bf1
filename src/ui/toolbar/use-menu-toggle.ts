/**
 * A toolbar button that opens a panel under it: the button's props (it says whether the panel is open
 * and which panel it controls) and a ref for the element that holds both. The panel closes as menus do
 * everywhere (ui/popover/use-dismiss.ts): on Escape, giving the focus back to the button, on a press
 * outside, and when the focus leaves it.
 */
import { useRef, useState } from "react";
import { useDismiss } from "../popover/use-dismiss";

export function useMenuToggle(panelId: string) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  useDismiss(container, open, () => setOpen(false), button);
  return {
    open,
    setOpen,
    /** Shuts the panel and gives the focus back to its button (a Done button). */
    close: () => {
      setOpen(false);
      button.current?.focus();
    },
    /** Goes on the element that holds the button and the panel. */
    containerRef: container,
    buttonProps: {
      ref: button,
      type: "button" as const,
      "aria-expanded": open,
      "aria-controls": panelId,
      onClick: () => setOpen(!open),
    },
  };
}
