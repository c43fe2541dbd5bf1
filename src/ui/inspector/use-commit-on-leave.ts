/**
 * Words typed in a field and not yet given to the map are given to it when the page is hidden or left
 * (a reload, a closed tab, a switch to another app), before the library writes the map at once on the
 * same events: the listeners are on the window in the capture phase, so they run first.
 */
import { useEffect, useRef } from "react";

export function useCommitOnLeave(commit: () => void): void {
  const latest = useRef(commit);
  useEffect(() => {
    latest.current = commit;
  });
  useEffect(() => {
    const leave = (event: Event) => {
      if (event.type === "visibilitychange" && document.visibilityState !== "hidden") return;
      latest.current();
    };
    window.addEventListener("pagehide", leave, true);
    window.addEventListener("visibilitychange", leave, true);
    return () => {
      window.removeEventListener("pagehide", leave, true);
      window.removeEventListener("visibilitychange", leave, true);
    };
  }, []);
}
