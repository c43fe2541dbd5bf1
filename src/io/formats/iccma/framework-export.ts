/**
 * A map's attack framework for solvers, in APX (`arg(a).`, `att(a,b).`), TGF (arguments, `#`, attacks) or
 * the ICCMA 2023 format (`p af N`, attacks as numbers, `#` comments): every point is an argument, every
 * attack an attack, each named by its solver name (solver-names.ts). APX lists in `%` comments and ICCMA
 * 2023 in `#` comments the map id behind each name; TGF writes the id after the name, as its label.
 * Supports, undercuts, kinds and words have no place in a framework and are reported as dropped.
 */
import type { ArgumentMap } from "../../../model/schema";
import { type ExportResult, plural } from "../export-result";
import { carried, fieldLosses, type MapField } from "../field-losses";

/**
 * The fields a framework carries: the points, by id, and the attacks; supports and undercuts are
 * reported on their own lines, every other field by field-losses.ts.
 */
export const FRAMEWORK_CARRIES: ReadonlySet<MapField> = carried({
  nodes: ["id"],
  edges: ["from", "to", "relation"],
});

import { NAMES_HEADING, nameComment, solverNames } from "./solver-names";

export type FrameworkSyntax = "apx" | "tgf" | "iccma";

const SYNTAX_LABEL: Record<FrameworkSyntax, string> = { apx: "APX", tgf: "TGF", iccma: "ICCMA 2023" };

export function exportFramework(doc: ArgumentMap, syntax: FrameworkSyntax): ExportResult {
  const names = solverNames(doc.nodes.map((node) => node.id));
  const attacks = doc.edges.filter((edge) => edge.relation === "attack");
  const lines =
    syntax === "apx"
      ? apxLines(doc, names, attacks)
      : syntax === "tgf"
        ? tgfLines(doc, names, attacks)
        : i23Lines(doc, attacks);
  return {
    text: lines.length > 0 ? `${lines.join("\n")}\n` : "",
    dropped: frameworkLosses(doc, SYNTAX_LABEL[syntax]),
  };
}

type Attacks = readonly ArgumentMap["edges"][number][];

function apxLines(doc: ArgumentMap, names: Map<string, string>, attacks: Attacks): string[] {
  const renamed = [...names].filter(([id, name]) => id !== name);
  const lines =
    renamed.length > 0
      ? [`% ${NAMES_HEADING}`, ...renamed.map(([id, name]) => `% ${nameComment(name, id)}`)]
      : [];
  for (const node of doc.nodes) lines.push(`arg(${names.get(node.id)}).`);
  for (const edge of attacks) lines.push(`att(${names.get(edge.from)},${names.get(edge.to)}).`);
  return lines;
}

function tgfLines(doc: ArgumentMap, names: Map<string, string>, attacks: Attacks): string[] {
  const lines = doc.nodes.map((node) => {
    const name = names.get(node.id) as string;
    return name === node.id ? name : `${name} ${node.id}`;
  });
  if (doc.nodes.length > 0 || attacks.length > 0) lines.push("#");
  for (const edge of attacks) lines.push(`${names.get(edge.from)} ${names.get(edge.to)}`);
  return lines;
}

/** Arguments are numbered 1..N; one `#` line per argument gives its map id, which is how such files name them. */
function i23Lines(doc: ArgumentMap, attacks: Attacks): string[] {
  const number = new Map(doc.nodes.map((node, i) => [node.id, i + 1]));
  return [
    `p af ${doc.nodes.length}`,
    ...doc.nodes.map((node) => `# ${node.id}`),
    ...attacks.map((edge) => `${number.get(edge.from)} ${number.get(edge.to)}`),
  ];
}

function frameworkLosses(doc: ArgumentMap, label: string): string[] {
  let supports = 0;
  let undercuts = 0;
  for (const edge of doc.edges) {
    if (edge.relation === "support") supports++;
    else if (edge.relation === "undercut") undercuts++;
  }
  const dropped: string[] = [];
  if (supports > 0) dropped.push(`${plural(supports, "support")} (${label} holds attacks only)`);
  if (undercuts > 0)
    dropped.push(`${plural(undercuts, "undercut")} (${label} holds attacks on arguments only)`);
  dropped.push(...fieldLosses(doc, FRAMEWORK_CARRIES));
  return dropped;
}
