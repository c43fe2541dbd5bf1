/** How scores read on screen: two decimals, labels in capitals, and words for screen readers. */
import type { Label } from "../../analysis";

export function formatScore(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : "–";
}

export const LABEL_TEXT: Record<Label, string> = { in: "IN", out: "OUT", undec: "UNDEC" };

export const LABEL_MEANING: Record<Label, string> = {
  in: "defended: every attack on it is defeated",
  out: "defeated: an attack on it stands",
  undec: "undecided: the attacks on it neither stand nor fall",
};

export function strengthWords(strength: number, base: number, settled: boolean): string {
  const unsettled = settled ? "" : ", not settled";
  return `strength ${formatScore(strength)} (base ${formatScore(base)}${unsettled})`;
}
