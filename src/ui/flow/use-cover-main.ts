/**
 * While the flow sheet covers the main area, what it covers (the canvas, the side panel) is made inert:
 * out of reach of Tab and of screen readers, as it is out of sight. Given back as it was when the sheet goes.
 */
import { type RefObject, useEffect } from "react";

export function useCoverMain(sheet: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const own = sheet.current;
    const main = own?.closest(".app-main");
    if (!own || !main) return;
    const covered = [...main.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && !child.contains(own) && !child.inert,
    );
    for (const element of covered) element.inert = true;
    return () => {
      for (const element of covered) element.inert = false;
    };
  }, [sheet]);
}
