/**
 * Dropping a file anywhere on the window imports it. Only drags that carry files are taken, so dragging
 * nodes on the canvas (pointer events, not HTML drag and drop) is never disturbed.
 */
import { useEffect, useState } from "react";
import { useApp } from "../app-context";

export function FileDrop() {
  const app = useApp();
  const { importFileByFlow } = app.commands.imports;
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      // Without this the browser would open the file itself, leaving the app.
      if (carriesFiles(event)) event.preventDefault();
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void importFileByFlow(file);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [importFileByFlow]);
  if (!dragging) return null;
  return (
    <div className="keep-drop-overlay" aria-hidden="true">
      Drop a map file (Warrant, Argdown, AIF, ICCMA, Kialo or microtext) to import it as a new map
    </div>
  );
}
