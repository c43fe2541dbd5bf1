/**
 * Undo and redo wherever focus is, except in a text field (which undoes its own typing): Ctrl+Z, and
 * Ctrl+Shift+Z or Ctrl+Y to redo (Cmd on a Mac).
 */
import { useEffect } from "react";
import { useApp } from "../app-context";
import { typingIn } from "./typing";

export function useGlobalEditKeys(): void {
  const app = useApp();
  const { redo, undo } = app.commands.edit;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typingIn(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) undo();
      else if ((key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [undo, redo]);
}
