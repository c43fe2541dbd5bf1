/**
 * Ctrl+C and Ctrl+V with the canvas focused copy and paste nodes through the system clipboard (the browser's
 * copy and paste events, which need no permission); Ctrl+X is a key of the canvas (edit-keys.ts). Elsewhere,
 * and in any text field, the clipboard keeps its usual meaning; pasting a whole map as a new library entry is
 * the library's "Paste a map…".
 */
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { useApp } from "../app-context";
import { typingIn } from "./typing";

export function useClipboardEvents(): void {
  const app = useApp();
  const { copyToClipboard, pasteText } = app.commands.clipboard;
  const { getInternalNode } = useReactFlow();
  useEffect(() => {
    const drawnAt = (id: string) => getInternalNode(id)?.position;
    const onCanvas = (event: ClipboardEvent) => {
      const active = document.activeElement;
      return (
        event.clipboardData !== null &&
        !typingIn(active) &&
        active instanceof HTMLElement &&
        active.closest(".map-canvas") !== null
      );
    };
    const copy = (event: ClipboardEvent) => {
      if (onCanvas(event) && event.clipboardData && copyToClipboard(event.clipboardData, drawnAt))
        event.preventDefault();
    };
    const paste = (event: ClipboardEvent) => {
      if (!onCanvas(event) || !event.clipboardData) return;
      event.preventDefault();
      pasteText(event.clipboardData.getData("text/plain"));
    };
    document.addEventListener("copy", copy);
    document.addEventListener("paste", paste);
    return () => {
      document.removeEventListener("copy", copy);
      document.removeEventListener("paste", paste);
    };
  }, [getInternalNode, pasteText, copyToClipboard]);
}
