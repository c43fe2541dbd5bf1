/**
 * Graphviz DOT of the whole map: one box per point, labelled with its label or words and coloured by
 * kind, supports as solid arrows, attacks dashed, undercuts dotted to a small point on the edge they
 * weaken (DOT edges cannot point at edges). Linked premises share a cluster-free `group` attribute so
 * `dot` keeps them side by side. Kept: every point and relation; every other field is reported.
 */
import type { ArgumentMap, NodeKind } from "../../model/schema";
import type { ExportResult } from "./export-result";
import { carried, fieldLosses, type MapField } from "./field-losses";

/** The fields a DOT drawing carries; every other field the map holds is reported (field-losses.ts). */
export const DOT_CARRIES: ReadonlySet<MapField> = carried({
  map: ["title"],
  nodes: ["id", "kind", "text", "label"],
  edges: ["from", "to", "relation", "group"],
});

const KIND_COLOURS: ReadonlyMap<NodeKind, string> = new Map([
  ["thesis", "#1f3a5f"],
  ["claim", "#2e7d32"],
  ["evidence", "#00838f"],
  ["critique", "#c62828"],
  ["rebuttal", "#6a1b9a"],
]);

export function exportDot(doc: ArgumentMap): ExportResult {
  const lines = [
    `digraph ${quote(doc.map.title)} {`,
    "  rankdir=BT;",
    '  node [shape=box, style="rounded", fontname="Helvetica"];',
  ];
  for (const node of doc.nodes) {
    const label = wrap(node.label ?? node.text, 40);
    lines.push(
      `  ${quote(node.id)} [label=${quote(label)}, color=${quote(KIND_COLOURS.get(node.kind) ?? "black")}, tooltip=${quote(node.kind)}];`,
    );
  }
  const undercut = new Set(doc.edges.filter((edge) => edge.relation === "undercut").map((edge) => edge.to));
  for (const edge of doc.edges) {
    if (edge.relation === "undercut") continue;
    const style = edge.relation === "support" ? "solid" : "dashed";
    const extra = edge.group !== undefined ? `, group=${quote(edge.group)}` : "";
    if (undercut.has(edge.id)) {
      // The edge is split at a small point so that undercuts have something to point at.
      lines.push(`  ${quote(edge.id)} [shape=point, width=0.08, label=""];`);
      lines.push(`  ${quote(edge.from)} -> ${quote(edge.id)} [style=${style}, arrowhead=none${extra}];`);
      lines.push(`  ${quote(edge.id)} -> ${quote(edge.to)} [style=${style}];`);
    } else {
      lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [style=${style}${extra}];`);
    }
  }
  for (const edge of doc.edges) {
    if (edge.relation === "undercut")
      lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [style=dotted];`);
  }
  lines.push("}");
  // A point with a label is drawn with its label, not its words.
  const labelled = doc.nodes.filter((node) => node.label !== undefined).length;
  const dropped = fieldLosses(doc, DOT_CARRIES, { "nodes.text": labelled });
  return { text: `${lines.join("\n")}\n`, dropped };
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as DOT's `\n`. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

function wrap(text: string, width: number): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}
