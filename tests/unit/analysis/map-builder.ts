/**
 * Small maps for the analysis tests, written the way the examples are drawn:
 * `buildMap({ t: 0.5, c: 0.8 }, [["c", "support", "t"]])`. Edge ids default to "from.relation.to".
 */
import type { ArgEdge, ArgNode, ArgumentMap, NodeKind, Relation } from "../../../src/model/schema";

export type NodeSpec = number | Partial<Omit<ArgNode, "id">>;
export type EdgeSpec = [
  from: string,
  relation: Relation,
  to: string,
  options?: { id?: string; weight?: number; group?: string },
];

export function buildMap(nodes: Record<string, NodeSpec>, edges: EdgeSpec[] = []): ArgumentMap {
  return {
    format: "argument-map",
    version: 3,
    map: { id: "test", title: "Test map" },
    nodes: Object.entries(nodes).map(([id, spec]) => node(id, spec)),
    edges: edges.map(([from, relation, to, options]) => {
      const edge: ArgEdge = { id: options?.id ?? edgeId(from, relation, to), from, to, relation };
      if (options?.weight !== undefined) edge.weight = options.weight;
      if (options?.group !== undefined) edge.group = options.group;
      return edge;
    }),
  };
}

export function edgeId(from: string, relation: Relation, to: string): string {
  return `${from}.${relation}.${to}`;
}

function node(id: string, spec: NodeSpec): ArgNode {
  const fields = typeof spec === "number" ? { base: spec } : spec;
  const kind: NodeKind = fields.kind ?? "claim";
  return { id, kind, text: fields.text ?? `Statement ${id}.`, ...fields };
}

/** An attack-only framework from ICCMA's APX text (`arg(a). att(a,b).`), as Warrant imports it. */
export function fromApx(text: string): ArgumentMap {
  const args = [...text.matchAll(/arg\(\s*([^)\s]+)\s*\)/g)].map((m) => m[1] as string);
  const attacks = [...text.matchAll(/att\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)/g)].map(
    (m) => [m[1] as string, "attack", m[2] as string] as EdgeSpec,
  );
  return buildMap(Object.fromEntries(args.map((a) => [a, {}])), attacks);
}

/** A directed ring a0 -> a1 -> ... -> a(n-1) -> a0 of one relation. */
export function ring(size: number, relation: Relation = "attack", base = 0.5): ArgumentMap {
  const nodes = Object.fromEntries(Array.from({ length: size }, (_, i) => [`a${i}`, base]));
  const edges = Array.from({ length: size }, (_, i) => [`a${i}`, relation, `a${(i + 1) % size}`] as EdgeSpec);
  return buildMap(nodes, edges);
}
