/**
 * The tables `warrant score` prints without --json: one row per point, strongest (or IN) first, with
 * the point's words cut to fit a terminal line, so a student can read the result without a JSON tool.
 */
import type { IgnoredEdges, Label } from "../analysis";
import { type ArgNode, type ArgumentMap, DEFAULT_BASE } from "../model/schema";
import { shortenText } from "../model/text";

const WORDS_WIDTH = 60;

export function strengthTable(doc: ArgumentMap, strengths: Readonly<Record<string, number>>): string {
  const rows = doc.nodes
    .map((node, order) => ({ node, order, strength: strengths[node.id] ?? Number.NaN }))
    .sort((a, b) => b.strength - a.strength || a.order - b.order)
    .map(({ node, strength }) => [
      strength.toFixed(2),
      (node.base ?? DEFAULT_BASE).toFixed(2),
      node.kind,
      node.id,
      words(node),
    ]);
  return renderTable(["strength", "base", "kind", "id", "point"], rows, [0, 1]);
}

const LABEL_ORDER: Record<Label, number> = { in: 0, undec: 1, out: 2 };

export function labelTable(
  doc: ArgumentMap,
  labels: Readonly<Record<string, Label>>,
  ignored: IgnoredEdges,
): string {
  const rows = doc.nodes
    .map((node, order) => ({ node, order, label: labels[node.id] ?? "undec" }))
    .sort((a, b) => LABEL_ORDER[a.label] - LABEL_ORDER[b.label] || a.order - b.order)
    .map(({ node, label }) => [
      label.toUpperCase(),
      (node.base ?? DEFAULT_BASE).toFixed(2),
      node.kind,
      node.id,
      words(node),
    ]);
  return renderTable(["label", "base", "kind", "id", "point"], rows, [1]) + ignoredNote(ignored);
}

export function extensionsTable(
  doc: ArgumentMap,
  semantics: string,
  found: readonly (readonly string[])[],
  ignored: IgnoredEdges,
): string {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const order = new Map(doc.nodes.map((node, i) => [node.id, i]));
  const heading =
    found.length === 0
      ? `No ${semantics} extension: no set of points both stands together and answers every other point.\n`
      : `${found.length} ${semantics} ${found.length === 1 ? "extension" : "extensions"}:\n`;
  const blocks = found.map((members, i) => {
    // In the map's own order, so extensions read like the map and compare line by line.
    const sorted = [...members].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const rows = sorted.map((id) => {
      const node = byId.get(id);
      return [node?.kind ?? "", id, node ? words(node) : ""];
    });
    const title = `\nExtension ${i + 1} (${members.length} ${members.length === 1 ? "point" : "points"})\n`;
    return members.length === 0
      ? `${title}  (empty)\n`
      : title + renderTable(["kind", "id", "point"], rows, []);
  });
  return heading + blocks.join("") + ignoredNote(ignored);
}

function ignoredNote(ignored: IgnoredEdges): string {
  if (ignored.support === 0 && ignored.undercut === 0) return "";
  return `\nOnly attacks count here: ${ignored.support} ${ignored.support === 1 ? "support" : "supports"} and ${ignored.undercut} ${ignored.undercut === 1 ? "undercut" : "undercuts"} were left out.\n`;
}

export function words(node: ArgNode): string {
  return shortenText(node.label ?? node.text, WORDS_WIDTH);
}

/** Columns padded to their widest cell; numeric columns (by index) aligned right. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[],
): string {
  const widths = header.map((title, c) =>
    Math.max(title.length, ...rows.map((row) => (row[c] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        const last = c === cells.length - 1;
        if (numeric.includes(c)) return cell.padStart(widths[c] as number);
        return last ? cell : cell.padEnd(widths[c] as number);
      })
      .join("  ")
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}
