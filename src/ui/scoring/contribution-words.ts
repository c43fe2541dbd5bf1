/** Contributions in words: signed figures and the sentence that opens the Why tab. */
import type { ShownContributions, ShownFigure } from "../../analysis";
import { formatScore } from "./score-format";

/** −0.31, +0.12, 0.00: a minus sign, not a hyphen, and a plus on gains so the direction always shows. */
export function signedFigure(x: number): string {
  const text = Math.abs(x).toFixed(2);
  if (text === "0.00") return "0.00";
  return `${x < 0 ? "−" : "+"}${text}`;
}

/** "0.55 → 0.01: Ku & Nzelibe lost 0.54." */
export function changeSentence(shown: ShownContributions, title: string): string {
  const change = shown.change;
  const verb =
    change < 0
      ? `lost ${Math.abs(change).toFixed(2)}`
      : change > 0
        ? `gained ${change.toFixed(2)}`
        : "kept its base score";
  return `${formatScore(shown.base)} → ${formatScore(shown.strength)}: ${title} ${verb}.`;
}

/** "“Studies do find deterrence” accounts for −0.35, “Few cases by design” for −0.12, and 3 others for −0.07." */
export function shareSentence(
  figures: readonly ShownFigure[],
  titleOf: (id: string) => string,
  most = 3,
): string {
  const moving = figures.filter((figure) => figure.shown !== 0);
  if (moving.length === 0) return "";
  const named = moving.slice(0, most);
  const restCount = moving.slice(most).reduce((count, figure) => count + figure.count, 0);
  const restValue = moving.slice(most).reduce((sum, figure) => sum + figure.shown, 0);
  const parts = named.map((figure, i) => {
    const who = figure.id === null ? `${figure.count} other points together` : `“${titleOf(figure.id)}”`;
    return i === 0
      ? `${who} accounts for ${signedFigure(figure.shown)}`
      : `${who} for ${signedFigure(figure.shown)}`;
  });
  if (restCount > 0)
    parts.push(`${restCount} more ${restCount === 1 ? "point" : "points"} for ${signedFigure(restValue)}`);
  const last = parts.length > 1 ? `, and ${parts.pop()}` : "";
  return `${parts.join(", ")}${last}.`;
}

/** A point's name short enough for a sentence: the part of its title before a colon, when it has one. */
export function shortName(title: string): string {
  const colon = title.indexOf(": ");
  return colon > 0 && colon <= 40 ? title.slice(0, colon) : title;
}
