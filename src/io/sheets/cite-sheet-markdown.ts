/**
 * The cite sheet as Markdown: a heading per speech with a card in it, each card a numbered item of its tag
 * in bold and its cite, the quoted text as a block quote under it, then the evidence still to cut. Every
 * word is written as typed (Markdown's own characters escaped), and a card's line breaks are kept.
 */
import { escapeMarkdown } from "../formats/markdown-text";

/** What the writer reads of a card (the analysis core's `citeSheet` gives it). */
export interface CiteLine {
  tag: string;
  cite: string;
  citeFrom: "card" | "sources" | "none";
  text?: string;
}

/** What the writer reads of a cite sheet: its cards by speech, and what is still to cut. */
export interface CiteSheetText {
  title: string;
  motion?: string;
  sections: readonly { heading: string; entries: readonly CiteLine[] }[];
  uncut: readonly { words: string; speechId?: string }[];
  cardsOffEvidence: number;
}

export function citeSheetMarkdown(sheet: CiteSheetText): string {
  const out: string[] = [`# Cite sheet: ${escapeMarkdown(sheet.title)}`, ""];
  if (sheet.motion) out.push(`*Motion:* ${escapeMarkdown(sheet.motion)}`, "");
  if (sheet.sections.length === 0) out.push("*No evidence point carries a card yet.*", "");
  let number = 0;
  for (const section of sheet.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, "");
    for (const entry of section.entries) {
      number++;
      out.push(`${number}. ${entryLine(entry)}`);
      if (entry.text !== undefined) out.push("", ...quoted(entry.text));
      out.push("");
    }
  }
  if (sheet.uncut.length > 0) {
    out.push("## Evidence with no card yet", "");
    for (const point of sheet.uncut) {
      const where = point.speechId ? ` (${escapeMarkdown(point.speechId)})` : "";
      out.push(`- ${escapeMarkdown(oneLine(point.words))}${where}`);
    }
    out.push("");
  }
  if (sheet.cardsOffEvidence > 0) {
    const n = sheet.cardsOffEvidence;
    out.push(
      `*${n} ${n === 1 ? "card is" : "cards are"} kept on ${n === 1 ? "a point that is" : "points that are"} not evidence, and not listed: make ${n === 1 ? "it" : "them"} evidence again to list ${n === 1 ? "it" : "them"}.*`,
      "",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function entryLine(entry: CiteLine): string {
  const tag = `**${escapeMarkdown(oneLine(entry.tag))}**`;
  if (entry.citeFrom === "none") return `${tag}: *no cite yet*`;
  const from = entry.citeFrom === "sources" ? " *(from the map's sources)*" : "";
  return `${tag}: ${escapeMarkdown(oneLine(entry.cite))}${from}`;
}

/** The quoted text as a block quote, each of its lines escaped, indented under its numbered item. */
function quoted(text: string): string[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() === "" ? "   >" : `   > ${escapeMarkdown(line.trim())}`));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
