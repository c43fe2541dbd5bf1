/**
 * The tabs of a row that fit its width (tabs-that-fit.ts), measured in the page: each tab's width is read
 * from a hidden copy of the row holding every tab and the More button, and the row's room follows its
 * size as the panel is resized.
 */
import { type RefObject, useLayoutEffect, useState } from "react";
import { tabsThatFit } from "./tabs-that-fit";

export function useTabsThatFit(
  row: RefObject<HTMLElement | null>,
  measure: RefObject<HTMLElement | null>,
  labels: readonly string[],
  chosen: number,
): number[] {
  const [room, setRoom] = useState(Number.POSITIVE_INFINITY);
  const [widths, setWidths] = useState<number[]>([]);
  const key = labels.join("\u0000");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the copy is measured again when the labels change.
  useLayoutEffect(() => {
    const copy = measure.current;
    if (copy) setWidths([...copy.children].map((child) => child.getBoundingClientRect().width));
  }, [key, measure]);
  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    setRoom(element.clientWidth);
    const observer = new ResizeObserver(() => setRoom(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [row]);
  // The copy's last child is the More button.
  if (widths.length !== labels.length + 1) return labels.map((_, i) => i);
  return tabsThatFit(widths.slice(0, -1), room, widths[labels.length] as number, chosen);
}
