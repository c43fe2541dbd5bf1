/**
 * Generates debate-shaped maps of any size for benchmarks, demos (`?generate=N`) and tests: a thesis,
 * claims beneath it, evidence under claims (each with a source), critiques attacking claims and rebuttals
 * attacking critiques, with some undercuts. Optional extra edges between random nodes make the graph
 * dense and cyclic. Seeded, so the same arguments give the same map.
 */
import {
  type ArgEdge,
  type ArgNode,
  type ArgumentMap,
  CURRENT_VERSION,
  type NodeKind,
  type Source,
} from "./schema";

export interface GenerateOptions {
  nodes: number;
  /** Total edges wanted; beyond the tree's own edges, extra support and attack edges are added. */
  edges?: number;
  seed?: number;
}

/** A small, fast, seedable generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHILD_KINDS: Record<NodeKind, NodeKind[]> = {
  thesis: ["claim", "claim", "claim", "critique"],
  claim: ["evidence", "claim", "critique", "evidence"],
  evidence: ["critique"],
  critique: ["rebuttal", "rebuttal", "evidence"],
  rebuttal: ["critique", "evidence"],
};

const TOPICS = ["deterrence", "enforcement", "sovereignty", "membership", "record", "cooperation"];

export function generateDebate(options: GenerateOptions): ArgumentMap {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const count = Math.max(1, Math.floor(options.nodes));
  const nodes: ArgNode[] = [];
  const edges: ArgEdge[] = [];
  const sources: Source[] = [];
  const taken = new Set<string>();
  const supportsInto = new Map<string, ArgEdge[]>();
  let edgeCount = 0;
  const addEdge = (from: string, to: string, relation: ArgEdge["relation"]): ArgEdge | undefined => {
    const key = `${from}>${to}>${relation}`;
    if (taken.has(key) || (from === to && relation !== "attack")) return undefined;
    taken.add(key);
    const edge: ArgEdge = { id: `e${++edgeCount}`, from, to, relation };
    edges.push(edge);
    if (relation === "support") supportsInto.set(to, [...(supportsInto.get(to) ?? []), edge]);
    return edge;
  };

  nodes.push(node("n0", "thesis", 0, random));
  // Breadth-first growth keeps the tree bushy and shallow, like a real debate.
  for (let i = 1; i < count; i++) {
    const parentIndex = Math.floor(random() ** 1.6 * i);
    const parent = nodes[parentIndex] as ArgNode;
    const kind = pick(CHILD_KINDS[parent.kind]);
    const child = node(`n${i}`, kind, i, random);
    if (kind === "evidence") {
      const source: Source = {
        id: `s${sources.length + 1}`,
        citation: `Study ${sources.length + 1}, ${1990 + (i % 35)}`,
      };
      sources.push(source);
      child.sourceIds = [source.id];
    }
    nodes.push(child);
    const attacks = kind === "critique" || kind === "rebuttal";
    const edge = addEdge(child.id, parent.id, attacks ? "attack" : "support");
    // Now and then a critique questions the relation rather than the statement.
    if (kind === "critique" && edge && random() < 0.1) {
      const supports = supportsInto.get(parent.id) ?? [];
      if (supports.length > 0) addEdge(child.id, pick(supports).id, "undercut");
    }
  }

  const wanted = options.edges ?? 0;
  let attempts = 0;
  while (edges.length < wanted && attempts < wanted * 4) {
    attempts++;
    const from = nodes[Math.floor(random() * count)] as ArgNode;
    const to = nodes[Math.floor(random() * count)] as ArgNode;
    if (from === to) continue;
    addEdge(from.id, to.id, from.kind === "critique" || from.kind === "rebuttal" ? "attack" : "support");
  }

  return {
    format: "argument-map",
    version: CURRENT_VERSION,
    map: { id: `generated-${count}`, title: `Generated debate of ${count} nodes` },
    nodes,
    edges,
    sources,
  };
}

function node(id: string, kind: NodeKind, i: number, random: () => number): ArgNode {
  return {
    id,
    kind,
    text: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i}: a point about ${TOPICS[i % TOPICS.length]} in this debate.`,
    label: `${kind} ${i}`,
    base: Math.round((0.3 + random() * 0.6) * 100) / 100,
    tags: [TOPICS[i % TOPICS.length] as string],
  };
}
