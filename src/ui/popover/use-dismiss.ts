/**
 * A menu or popover closes as menus do everywhere: on Escape wherever the focus is, on a press outside
 * it, and when the focus moves out of it (Tab past its last item). `container` holds both the button that
 * opens it and what it opens, so a press on the button is left to the button, which toggles. After
 * Escape the focus goes back to the button when it was inside, so the keyboard keeps its place.
 */
import { type RefObject, useEffect, useRef } from "react";

export function useDismiss(
  container: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
  button?: RefObject<HTMLElement | null>,
): void {
  // The latest close, so a parent that makes a new function each render does not re-add the listeners.
  const latestClose = useRef(close);
  latestClose.current = close;
  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) =>
      target instanceof Node && container.current !== null && container.current.contains(target);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const hadFocus = inside(event.target) || inside(document.activeElement);
      latestClose.current();
      if (hadFocus) button?.current?.focus();
    };
    const onPress = (event: PointerEvent) => {
      if (!inside(event.target)) latestClose.current();
    };
    const onFocus = (event: FocusEvent) => {
      if (!inside(event.target)) latestClose.current();
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onPress, true);
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPress, true);
      document.removeEventListener("focusin", onFocus);
    };
  }, [open, container, button]);
}
