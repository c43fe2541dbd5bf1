/**
 * The map's attack framework in APX (`arg(a).`, `att(a,b).`): every point is an argument, every attack
 * an attack. Supports, undercuts, kinds and words have no place in it and are reported as dropped. An id
 * that is not a plain APX name (it holds `.`, `:` or `-`) is written with those characters as `_`.
 */
import type { ArgumentMap } from "../../../model/schema";
import { type ExportResult, plural } from "../export-result";

export function exportApx(doc: ArgumentMap): ExportResult {
  const names = apxNames(doc.nodes.map((node) => node.id));
  const lines: string[] = [];
  for (const node of doc.nodes) lines.push(`arg(${names.get(node.id)}).`);
  let supports = 0;
  let undercuts = 0;
  for (const edge of doc.edges) {
    if (edge.relation === "attack") lines.push(`att(${names.get(edge.from)},${names.get(edge.to)}).`);
    else if (edge.relation === "support") supports++;
    else undercuts++;
  }
  const dropped: string[] = [];
  if (supports > 0) dropped.push(`${plural(supports, "support")} (APX holds attacks only)`);
  if (undercuts > 0) dropped.push(`${plural(undercuts, "undercut")} (APX holds attacks on arguments only)`);
  if (doc.nodes.length > 0) {
    dropped.push(
      `the words, kinds and scores of ${plural(doc.nodes.length, "point")} (APX keeps names only)`,
    );
  }
  const renamed = [...names].filter(([id, name]) => id !== name).length;
  if (renamed > 0) dropped.push(`${plural(renamed, "id")} rewritten as plain APX names`);
  return { text: lines.length > 0 ? `${lines.join("\n")}\n` : "", dropped };
}

/** Names made of letters, digits and `_` only, unique, keyed by node id. */
export function apxNames(ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    const base = /^[A-Za-z0-9_]+$/.test(id) ? id : id.replace(/[^A-Za-z0-9_]/g, "_");
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}
