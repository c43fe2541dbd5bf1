/**
 * The cite sheet of the open map as a Markdown download named after the map, and what to tell the
 * debater: how many cards it lists, and how many evidence points have no card yet.
 */
import { citeSheet, computeFlow } from "../../analysis";
import { citeSheetMarkdown } from "../../io/sheets/cite-sheet-markdown";
import type { ArgumentMap } from "../../model/schema";
import { downloadText } from "../storage/download";
import { mapFileName } from "../storage/file-name";

export function exportCiteSheet(doc: ArgumentMap): string {
  const sheet = citeSheet(doc, computeFlow(doc));
  const fileName = mapFileName(doc.map.title, ".cites.md");
  downloadText(citeSheetMarkdown(sheet), fileName, "text/markdown;charset=utf-8");
  const cards = sheet.sections.reduce((sum, section) => sum + section.entries.length, 0);
  const uncut = sheet.uncut.length;
  const still =
    uncut === 0
      ? ""
      : ` ${uncut} evidence ${uncut === 1 ? "point has" : "points have"} no card yet; the sheet lists ${uncut === 1 ? "it" : "them"} at the end.`;
  return `Saved ${fileName} (${cards} ${cards === 1 ? "card" : "cards"}).${still}`;
}
