/**
 * Which of a row's tabs show when the row is too narrow for them all: the first ones, in order, as many as
 * fit beside the button that lists the rest, and always the chosen one (in place of those before it that
 * no longer fit), so the tab whose panel shows is never hidden.
 */
export function tabsThatFit(widths: readonly number[], room: number, more: number, chosen: number): number[] {
  const all = widths.map((_, i) => i);
  if (widths.reduce((sum, width) => sum + width, 0) <= room) return all;
  const shown: number[] = [];
  let used = more;
  for (const i of all) {
    const width = widths[i] as number;
    if (used + width > room) break;
    shown.push(i);
    used += width;
  }
  if (chosen >= 0 && chosen < widths.length && !shown.includes(chosen)) {
    const width = widths[chosen] as number;
    while (shown.length > 0 && used + width > room) used -= widths[shown.pop() as number] as number;
    shown.push(chosen);
  }
  return shown;
}
