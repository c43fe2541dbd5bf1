/**
 * A button that opens a menu below it, closed as menus close everywhere (use-dismiss.ts). The menu is
 * drawn by `children`, given how to close it (after an item is chosen), and only while open.
 */
import { type ReactNode, useRef, useState } from "react";
import { useDismiss } from "./use-dismiss";

export function MenuButton(props: {
  label: string;
  className: string;
  /** -1 keeps the button out of the tab order, where the keyboard reaches its items another way. */
  tabIndex?: number;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  useDismiss(container, open, close, button);
  return (
    <div className={props.className} ref={container}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        tabIndex={props.tabIndex}
        onClick={() => setOpen(!open)}
      >
        {props.label}
      </button>
      {open ? props.children(close) : null}
    </div>
  );
}
