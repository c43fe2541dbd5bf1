/**
 * AIF as a map. I-nodes (propositions) become points. An RA (inference) becomes support from each of its
 * premises to its conclusion, linked as one group when it has several premises. A CA (conflict) becomes
 * an attack; a CA aimed at an RA undercuts the inference (every link of it), one aimed at a CA undercuts
 * that attack. An MA (rephrase) is kept as a support from the rephrasing to what it rephrases, marked
 * in `meta.aif` as a rephrase. The scheme an RA, CA or MA names ("Evidence to Hypothesis", a scheme of
 * the analyst's own) is kept on the relation as `meta.aif.scheme`, unless it is the default one. The dialogue layer (L, TA, YA) and preferences (PA) have no place in a
 * map and are dropped with counts; so are edges to nodes the file lacks and repeated node objects.
 */
import type { JsonValue } from "../../../model/schema";
import { LIMITS } from "../../../model/schema";
import { parseJson } from "../../parse-json";
import { plural } from "../export-result";
import { cutToCodePoints } from "../fit-limits";
import { finishImport, guardImport, type ImportResult, unreadable } from "../import-result";
import { MapBuilder } from "../map-builder";
import { type AifDocument, type AifNode, readAif } from "./aif-read";
import { DEFAULT_SCHEME } from "./aif-schemes";

const DIALOGUE_TYPES: ReadonlyMap<string, string> = new Map([
  ["L", "L (locution)"],
  ["TA", "TA (transition)"],
  ["YA", "YA (illocution)"],
]);

export interface AifImportOptions {
  name?: string;
}

export function importAif(text: string, options: AifImportOptions = {}): ImportResult {
  return guardImport(() => {
    const parsed = parseJson(text);
    if (!parsed.ok) return unreadable([parsed.error]);
    const read = readAif(parsed.value);
    if (!read.ok) return unreadable(read.errors);
    const builder = new MapBuilder();
    mapAif(read.doc, builder);
    const title = options.name ? options.name.replace(/\.[^.]*$/, "") : "AIF map";
    const doc = builder.build({ title, idHint: title });
    if (read.doc.sourceText !== undefined)
      doc.map.sourceText = cutToCodePoints(read.doc.sourceText, LIMITS.sourceText);
    return finishImport(doc, builder.dropped());
  });
}

function mapAif(aif: AifDocument, builder: MapBuilder): void {
  for (const line of aif.unusable) builder.drop(line);
  for (const [id, extra] of aif.repeated)
    builder.drop(`node ${JSON.stringify(id)} appears ${extra + 1} times; the first is kept`);

  const byId = new Map<string, AifNode>(aif.nodes.map((node) => [node.id, node]));
  const incoming = new Map<string, AifNode[]>();
  const outgoing = new Map<string, AifNode[]>();
  let dangling = 0;
  for (const edge of aif.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) {
      dangling++;
      continue;
    }
    push(outgoing, from.id, to);
    push(incoming, to.id, from);
  }
  if (dangling > 0)
    builder.drop(
      `${plural(dangling, "edge names a node", "edges name nodes")} the file does not have; dropped`,
    );

  for (const node of aif.nodes) {
    if (node.type === "I")
      builder.node({ sourceId: node.id, text: node.text, meta: renamedMeta(builder, node.id) });
  }

  // Inferences first, so that undercuts can find the links they aim at.
  const linksOf = new Map<string, string[]>();
  for (const node of aif.nodes) {
    if (node.type === "RA" || node.type === "MA")
      linksOf.set(node.id, supportLinks(node, incoming, outgoing, builder));
  }
  for (const node of aif.nodes)
    if (node.type === "CA") linksOf.set(node.id, attackLinks(node, incoming, outgoing, builder));
  for (const node of aif.nodes) if (node.type === "CA") undercuts(node, incoming, outgoing, linksOf, builder);

  const other = new Map<string, number>();
  for (const node of aif.nodes) {
    if (["I", "RA", "CA", "MA"].includes(node.type)) continue;
    const name = DIALOGUE_TYPES.get(node.type) ?? (node.type === "" ? "untyped" : node.type);
    other.set(name, (other.get(name) ?? 0) + 1);
  }
  const dialogue = [...other].filter(([name]) => [...DIALOGUE_TYPES.values()].includes(name));
  if (dialogue.length > 0) {
    builder.drop(
      `the dialogue layer was dropped: ${dialogue.map(([name, n]) => `${n} ${name}`).join(", ")} nodes`,
    );
  }
  for (const [name, n] of other) {
    if (!dialogue.some(([d]) => d === name))
      builder.drop(`${plural(n, `${name} node has`, `${name} nodes have`)} no place in a map; dropped`);
  }
  reportConflicts(aif, incoming, outgoing, builder);
  builder.inferKinds(theses(aif, incoming, outgoing));
  positions(aif, builder);
}

function supportLinks(
  node: AifNode,
  incoming: Map<string, AifNode[]>,
  outgoing: Map<string, AifNode[]>,
  builder: MapBuilder,
): string[] {
  const what = `${node.type} ${JSON.stringify(node.id)}`;
  const premises = (incoming.get(node.id) ?? []).filter((from) => {
    if (from.type === "I") return true;
    if (from.type === "L")
      builder.drop(
        `${what}: the locution ${JSON.stringify(from.id)} is wired in as a premise; a locution is not a proposition, so that premise is dropped`,
      );
    else if (from.type !== "YA")
      builder.drop(
        `${what}: ${from.type} ${JSON.stringify(from.id)} as a premise cannot be expressed; dropped`,
      );
    return false;
  });
  const conclusions = (outgoing.get(node.id) ?? []).filter((to) => to.type === "I");
  for (const to of outgoing.get(node.id) ?? []) {
    if (to.type !== "I")
      builder.drop(
        `${what} points at ${to.type} ${JSON.stringify(to.id)}, which a support cannot target; dropped`,
      );
  }
  if (premises.length === 0 || conclusions.length === 0) {
    builder.drop(`${what} has ${premises.length === 0 ? "no premise" : "no conclusion"}; dropped`);
    return [];
  }
  const group = premises.length > 1 ? builder.ids.fresh(`g-${node.id}`, "g") : undefined;
  const meta = schemeMeta(node);
  const links: string[] = [];
  for (const conclusion of conclusions) {
    for (const premise of premises) {
      const id = builder.edge(idOf(builder, premise), idOf(builder, conclusion), "support", what, {
        group,
        meta,
      });
      if (id !== undefined) links.push(id);
    }
  }
  return links;
}

function attackLinks(
  node: AifNode,
  incoming: Map<string, AifNode[]>,
  outgoing: Map<string, AifNode[]>,
  builder: MapBuilder,
): string[] {
  const what = `CA ${JSON.stringify(node.id)}`;
  const attackers = (incoming.get(node.id) ?? []).filter((from) => from.type === "I");
  const targets = (outgoing.get(node.id) ?? []).filter((to) => to.type === "I");
  if (attackers.length === 0) {
    builder.drop(`${what} has no attacking proposition; dropped`);
    return [];
  }
  if (attackers.length > 1)
    builder.drop(`${what}: its ${attackers.length} linked attackers each attack on their own`);
  const links: string[] = [];
  for (const target of targets) {
    for (const attacker of attackers) {
      const id = builder.edge(idOf(builder, attacker), idOf(builder, target), "attack", what, {
        meta: schemeMeta(node),
      });
      if (id !== undefined) links.push(id);
    }
  }
  return links;
}

/** A CA aimed at an RA or a CA undercuts every link that node became. */
function undercuts(
  node: AifNode,
  incoming: Map<string, AifNode[]>,
  outgoing: Map<string, AifNode[]>,
  linksOf: Map<string, string[]>,
  builder: MapBuilder,
): void {
  const what = `CA ${JSON.stringify(node.id)}`;
  const attackers = (incoming.get(node.id) ?? []).filter((from) => from.type === "I");
  for (const target of outgoing.get(node.id) ?? []) {
    if (target.type === "I") continue;
    const links = linksOf.get(target.id);
    if (!links) {
      builder.drop(
        `${what} points at ${target.type} ${JSON.stringify(target.id)}, which a map cannot attack; dropped`,
      );
      continue;
    }
    for (const attacker of attackers) {
      for (const link of links)
        builder.edge(
          idOf(builder, attacker),
          link,
          "undercut",
          `${what} on ${target.type} ${JSON.stringify(target.id)}`,
          { meta: schemeMeta(node) },
        );
    }
  }
}

/** Mutual conflicts are legal (an attack cycle); they are counted so the person importing knows. */
function reportConflicts(
  aif: AifDocument,
  incoming: Map<string, AifNode[]>,
  outgoing: Map<string, AifNode[]>,
  builder: MapBuilder,
): void {
  const pairs = new Set<string>();
  for (const node of aif.nodes) {
    if (node.type !== "CA") continue;
    for (const a of incoming.get(node.id) ?? [])
      for (const b of outgoing.get(node.id) ?? []) pairs.add(`${a.id}\u0000${b.id}`);
  }
  let mutual = 0;
  for (const pair of pairs) {
    const [a, b] = pair.split("\u0000");
    if (a !== undefined && b !== undefined && a < b && pairs.has(`${b}\u0000${a}`)) mutual++;
  }
  if (mutual > 0)
    builder.drop(
      `${plural(mutual, "symmetric conflict", "symmetric conflicts")} (each proposition attacks the other) ${mutual === 1 ? "is" : "are"} kept as attacks both ways`,
    );
  const isolated = aif.nodes.filter(
    (node) =>
      node.type === "I" &&
      !(incoming.get(node.id) ?? []).some(isArgument) &&
      !(outgoing.get(node.id) ?? []).some(isArgument),
  ).length;
  if (isolated > 0)
    builder.drop(
      `${plural(isolated, "proposition takes", "propositions take")} part in no inference or conflict; kept unconnected`,
    );
}

function isArgument(node: AifNode): boolean {
  return node.type === "RA" || node.type === "CA" || node.type === "MA";
}

/** Propositions that are argued about but argue for or against nothing are the map's theses. */
function theses(
  aif: AifDocument,
  incoming: Map<string, AifNode[]>,
  outgoing: Map<string, AifNode[]>,
): string[] {
  return aif.nodes
    .filter((node) => node.type === "I")
    .filter((node) => (incoming.get(node.id) ?? []).some((n) => n.type === "RA" || n.type === "CA"))
    .filter((node) => !(outgoing.get(node.id) ?? []).some(isArgument))
    .map((node) => node.id);
}

/** OVA's layout, unless it puts every point in one place (as files saved before layout do). */
function positions(aif: AifDocument, builder: MapBuilder): void {
  const placed = aif.nodes.filter((node) => node.type === "I" && aif.positions.has(node.id));
  const distinct = new Set(
    placed.map((node) => {
      const at = aif.positions.get(node.id);
      return `${at?.x},${at?.y}`;
    }),
  );
  if (distinct.size < 2) {
    if (placed.length > 1)
      builder.drop("the OVA layout puts every proposition in one place; the map is laid out anew");
    return;
  }
  for (const node of placed) {
    const id = builder.nodeId(node.id);
    const at = aif.positions.get(node.id);
    if (id !== undefined && at) builder.position(id, at);
  }
}

/** What a relation keeps of the scheme node it came from: a rephrase says so, a named scheme its name. */
function schemeMeta(node: AifNode): Record<string, JsonValue> {
  const aif: Record<string, JsonValue> = {};
  if (node.type === "MA") aif.type = "MA";
  const scheme = node.text.trim();
  if (scheme !== "" && scheme !== node.type && scheme !== DEFAULT_SCHEME[node.type]) aif.scheme = scheme;
  return Object.keys(aif).length > 0 ? { aif } : {};
}

function idOf(builder: MapBuilder, node: AifNode): string {
  return builder.nodeId(node.id) ?? node.id;
}

function renamedMeta(builder: MapBuilder, sourceId: string): Record<string, JsonValue> | undefined {
  const id = builder.ids.idFor(sourceId, "n");
  return id === sourceId ? undefined : { aif: { nodeID: sourceId } };
}

function push(map: Map<string, AifNode[]>, key: string, node: AifNode): void {
  const list = map.get(key);
  if (list) list.push(node);
  else map.set(key, [node]);
}
