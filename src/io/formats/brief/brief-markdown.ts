/**
 * The debate brief as Markdown: headings for the thesis, each side's case and the critiques, nested
 * lists for what supports what, `[^n]` footnotes numbered from the map's sources, and each point's
 * words as plain text (Markdown's own characters escaped, so a point reads as written). Kept: every
 * point's words, kind, who argues it and its sources; every other field is reported.
 */

import { kindName } from "../../../model/names";
import type { ArgNode, ArgumentMap } from "../../../model/schema";
import { shortenText } from "../../../model/text";
import type { ExportResult } from "../export-result";
import { carried, fieldLosses, type MapField } from "../field-losses";
import { escapeMarkdown } from "../markdown-text";

/** The fields a brief carries; every other field the map holds is reported (field-losses.ts). */
export const BRIEF_CARRIES: ReadonlySet<MapField> = carried({
  map: ["title", "debate"],
  nodes: ["kind", "text", "label", "attribution", "sourceIds"],
  edges: ["from", "to", "relation"],
  whole: ["sources"],
});

import { type BriefPoint, debateBrief } from "./debate-brief";

export function exportBrief(doc: ArgumentMap): ExportResult {
  const brief = debateBrief(doc);
  const out: string[] = [`# ${escapeMarkdown(brief.title)}`, ""];
  if (brief.motion) out.push(`*Motion:* ${escapeMarkdown(brief.motion)}`, "");
  out.push(brief.theses.length > 1 ? "## Theses" : "## Thesis", "");
  for (const thesis of brief.theses) out.push(`> ${line(thesis)}`, "");
  if (brief.theses.length === 0) out.push("*This map has no thesis yet.*", "");

  out.push(
    `## The case ${brief.forSide === "For" ? "for" : `of the ${escapeMarkdown(brief.forSide)} side`}`,
    "",
  );
  if (brief.caseFor.length === 0) out.push("*Nothing supports the thesis yet.*", "");
  for (const [i, point] of brief.caseFor.entries()) list(out, point, 0, `${i + 1}.`);
  out.push("");

  out.push(
    `## The case ${brief.againstSide === "Against" ? "against" : `of the ${escapeMarkdown(brief.againstSide)} side`}`,
    "",
  );
  if (brief.caseAgainst.length === 0) out.push("*Nothing attacks the thesis yet.*", "");
  for (const [i, point] of brief.caseAgainst.entries()) list(out, point, 0, `${i + 1}.`);
  out.push("");

  out.push("## Critiques and their rebuttals", "");
  if (brief.critiques.length === 0) out.push("*The map has no critiques.*", "");
  for (const critique of brief.critiques) {
    out.push(
      `### ${escapeMarkdown(critique.point.node.label ?? shortenText(critique.point.node.text, 80))}`,
      "",
    );
    out.push(line(critique.point), "");
    if (critique.targets.length > 0)
      out.push(
        `*Against:* ${critique.targets.map((t) => escapeMarkdown(t.label ?? shortenText(t.text, 80))).join("; ")}`,
        "",
      );
    for (const support of critique.point.supports) list(out, support, 0, "-");
    if (critique.rebuttals.length === 0) out.push("**Rebuttals:** none yet.", "");
    else {
      out.push("**Rebuttals:**", "");
      for (const rebuttal of critique.rebuttals) list(out, rebuttal, 0, "-");
      out.push("");
    }
  }
  if (brief.elsewhere.length > 0) {
    out.push("## Other points", "");
    for (const point of brief.elsewhere) list(out, point, 0, "-");
    out.push("");
  }
  if (brief.footnotes.length > 0) {
    out.push("## Sources", "");
    for (const { number, source } of brief.footnotes) {
      const page = source.page ? `, p. ${escapeMarkdown(source.page)}` : "";
      const url = source.url ? ` <${autolinkTarget(source.url)}>` : "";
      out.push(`[^${number}]: ${escapeMarkdown(source.citation)}${page}.${url}`);
    }
    out.push("");
  }
  const dropped = fieldLosses(doc, BRIEF_CARRIES);
  return {
    text: `${out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd()}\n`,
    dropped,
  };
}

/** Levels of list a brief indents; a longer chain of supports goes on at this depth, each line marked. */
const MAX_INDENT = 12;

/** A point as a list item, what supports it nested below; a loop, since a chain of supports may be long. */
function list(out: string[], top: BriefPoint, topDepth: number, topMarker: string): void {
  const stack: { point: BriefPoint; depth: number; marker: string }[] = [
    { point: top, depth: topDepth, marker: topMarker },
  ];
  while (stack.length > 0) {
    const { point, depth, marker } = stack.pop() as (typeof stack)[number];
    // Past the deepest indentation a line is marked instead of indented, so the text stays linear in size.
    const indent = "   ".repeat(Math.min(depth, MAX_INDENT));
    const deeper = depth > MAX_INDENT ? `*(${depth} levels down)* ` : "";
    out.push(`${indent}${marker} ${deeper}${line(point)}`);
    for (const doubter of point.linkQuestionedBy) {
      out.push(
        `${"   ".repeat(Math.min(depth + 1, MAX_INDENT + 1))}- *Its link is questioned:* ${escapeMarkdown(doubter.text)}${by(doubter)}`,
      );
    }
    for (let i = point.supports.length - 1; i >= 0; i--) {
      stack.push({ point: point.supports[i] as BriefPoint, depth: depth + 1, marker: "-" });
    }
  }
}

/** One point in a line: its kind, label and words, who argues it and its footnotes. */
function line(point: BriefPoint): string {
  const node = point.node;
  const label = node.label ? `**${escapeMarkdown(node.label)}:** ` : "";
  const notes = point.notes.map((n) => `[^${n}]`).join("");
  return `*${kindName(node.kind)}.* ${label}${escapeMarkdown(node.text.replace(/\s+/g, " ").trim())}${by(node)}${notes}`;
}

function by(node: ArgNode): string {
  return node.attribution ? ` (${escapeMarkdown(node.attribution)})` : "";
}

/**
 * A URL as the inside of an autolink, which ends at the first `<`, `>` or space: those (and control
 * characters) are percent-encoded, so a URL holding `<script>` stays one link and never becomes HTML.
 */
function autolinkTarget(url: string): string {
  return url.replace(/[<>\s\p{Cc}]/gu, (character) => encodeURIComponent(character));
}
