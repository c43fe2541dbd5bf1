/**
 * Tells the library when the map it opened has been drawn: after the canvas has rendered it and the
 * browser has painted a frame of it, so that a map whose drawing freezes or crashes the page is never
 * counted as opened (see store/persistence/opening-mark.ts). The canvas calls this; a page hidden
 * meanwhile paints no frames, so there the next task after rendering is taken instead.
 */
import { useEffect } from "react";
import { useApp, useKeepStore } from "../app-context";

export function useOpeningDrawn(): void {
  const { keep } = useApp();
  const opening = useKeepStore((state) => state.opening);
  useEffect(() => {
    if (opening === null || openingHeldByTest()) return;
    const done = () => keep.mapShown(opening);
    if (document.visibilityState === "hidden") {
      const timer = setTimeout(done, 0);
      return () => clearTimeout(timer);
    }
    // The second frame: the first has been painted by then.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(done);
    });
    return () => cancelAnimationFrame(frame);
  }, [opening, keep]);
}

/** The browser tests' build can hold a map's opening unfinished (`?fault=opening`), as a crash would. */
function openingHeldByTest(): boolean {
  return __WARRANT_TEST_FAULTS__ && new URLSearchParams(window.location.search).get("fault") === "opening";
}
