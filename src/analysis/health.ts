/**
 * Map health: the debate checks a teacher runs over a map, each finding carrying the node it is about
 * so the UI can select it. The format's own warnings (cycles, isolated nodes, several theses, ...) come
 * from `checkIntegrity` in the model and are folded in here as "format-warning" findings, so the app
 * shows one list.
 */
import { checkIntegrity } from "../model/integrity";
import type { Problem } from "../model/problem";
import type { ArgEdge, ArgNode, ArgumentMap } from "../model/schema";
import { type CompiledMap, compileMap, slotOf } from "./compile-map";
import { capitalize, describeNode, formatNumber } from "./describe";
import { evaluateStrengths } from "./evaluate-strengths";
import { explainStrength } from "./explain-strength";
import { answeredPoints, evidenceBackedPoints } from "./point-facts";
import { type GradualResult, strengthRecord } from "./strengths";

export type HealthCheck =
  | "unanswered-critique"
  | "unsupported-claim"
  | "evidence-without-source"
  | "weak-link"
  | "format-warning";

export interface HealthFinding {
  check: HealthCheck;
  /** "warning" for something to fix; "info" for something worth knowing (the weakest links). */
  severity: "warning" | "info";
  nodeId?: string;
  edgeId?: string;
  /** For format warnings, where in the document (as `nodes[3].quote`). */
  path?: string;
  message: string;
}

export interface HealthOptions {
  /** Strengths for the weak-link check; computed with DF-QuAD when absent. */
  strengths?: GradualResult;
  /** Warnings from the load pipeline, to save checking the document again; computed when absent. */
  formatWarnings?: readonly Problem[];
  /** How many weakest links to report under each thesis; default 3. */
  weakLinks?: number;
}

export function mapHealth(doc: ArgumentMap, options: HealthOptions = {}): HealthFinding[] {
  const compiled = compileMap(doc);
  const strengths = options.strengths ?? {
    semantics: "dfquad" as const,
    ...evaluated(compiled),
  };
  return [
    ...unansweredCritiques(doc),
    ...claimsWithoutEvidence(doc),
    ...evidenceWithoutSource(doc),
    ...weakestLinks(doc, compiled, strengths, options.weakLinks ?? 3),
    ...formatFindings(doc, options.formatWarnings ?? checkIntegrity(doc).warnings),
  ];
}

function evaluated(compiled: CompiledMap): Omit<GradualResult, "semantics"> {
  const vector = evaluateStrengths(compiled, "dfquad");
  return {
    converged: vector.converged,
    iterations: vector.iterations,
    strengths: strengthRecord(compiled, vector.values),
  };
}

/** A critique is answered when something attacks it or undercuts one of its own attacks. */
function unansweredCritiques(doc: ArgumentMap): HealthFinding[] {
  const answered = answeredPoints(doc);
  return doc.nodes
    .filter((node) => node.kind === "critique" && !answered.has(node.id))
    .map((node) => ({
      check: "unanswered-critique",
      severity: "warning",
      nodeId: node.id,
      message: `${capitalize(describeNode(node, doc.nodes))} is unanswered: no rebuttal or other attack targets it`,
    }));
}

/** Claims and theses that no evidence reaches through a chain of supports. */
function claimsWithoutEvidence(doc: ArgumentMap): HealthFinding[] {
  const backed = evidenceBackedPoints(doc);
  return doc.nodes
    .filter((node) => (node.kind === "claim" || node.kind === "thesis") && !backed.has(node.id))
    .map((node) => ({
      check: "unsupported-claim",
      severity: "warning",
      nodeId: node.id,
      message: `${capitalize(describeNode(node, doc.nodes))} has no evidence beneath it: no chain of supports leads to it from an evidence node`,
    }));
}

function evidenceWithoutSource(doc: ArgumentMap): HealthFinding[] {
  return doc.nodes
    .filter((node) => node.kind === "evidence" && (node.sourceIds?.length ?? 0) === 0)
    .map((node) => ({
      check: "evidence-without-source",
      severity: "warning",
      nodeId: node.id,
      message: `${capitalize(describeNode(node, doc.nodes))} cites no source`,
    }));
}

/**
 * Under each thesis, the weakest of the nodes that support it directly or through a chain of supports:
 * where its case is thinnest. Each comes with what pulls it down most, from its explanation.
 */
function weakestLinks(
  doc: ArgumentMap,
  compiled: CompiledMap,
  result: GradualResult,
  count: number,
): HealthFinding[] {
  const supporters = new Map<string, string[]>();
  for (const edge of doc.edges) {
    if (edge.relation !== "support") continue;
    const list = supporters.get(edge.to);
    if (list) list.push(edge.from);
    else supporters.set(edge.to, [edge.from]);
  }
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const findings: HealthFinding[] = [];
  for (const thesis of doc.nodes.filter((node) => node.kind === "thesis")) {
    const chain = new Set<string>([thesis.id]);
    const queue = [thesis.id];
    for (let head = 0; head < queue.length; head++) {
      for (const from of supporters.get(queue[head] as string) ?? []) {
        if (!chain.has(from)) {
          chain.add(from);
          queue.push(from);
        }
      }
    }
    chain.delete(thesis.id);
    const weakest = [...chain]
      .map((id) => ({ id, strength: result.strengths[id] ?? Number.NaN }))
      .sort((a, b) => a.strength - b.strength || (a.id < b.id ? -1 : 1))
      .slice(0, count);
    for (const { id, strength } of weakest) {
      const node = byId.get(id) as ArgNode;
      findings.push({
        check: "weak-link",
        severity: "info",
        nodeId: id,
        message: `${capitalize(describeNode(node, doc.nodes))} is one of the weakest supports of ${describeNode(thesis, doc.nodes)}: strength ${formatNumber(strength, 2)} (base ${formatNumber(compiled.base[slotOf(compiled, id) as number] as number, 2)}); ${weakness(compiled, id, result)}`,
      });
    }
  }
  return findings;
}

/** What pulls a node down the most, in words. */
function weakness(compiled: CompiledMap, id: string, result: GradualResult): string {
  const explanation = explainStrength(compiled, id, result);
  const worst = explanation?.sources
    .filter((source) => source.effect < 0)
    .sort((a, b) => a.effect - b.effect)[0];
  if (worst !== undefined) return `the most damaging source: ${worst.sentence}`;
  return "nothing pulls it down; its own base score is what keeps it low";
}

const NODE_PATH = /^nodes\[(\d+)\]/;
const EDGE_PATH = /^edges\[(\d+)\]/;

/**
 * The format's warnings as findings, with the node or edge their path names. The format's warning about
 * evidence without a source (at `nodes[i].sourceIds`) is left out: the check above reports it already.
 */
function formatFindings(doc: ArgumentMap, warnings: readonly Problem[]): HealthFinding[] {
  const findings: HealthFinding[] = [];
  for (const warning of warnings) {
    if (/^nodes\[\d+\]\.sourceIds$/.test(warning.path)) continue;
    const node = NODE_PATH.exec(warning.path);
    const edge = EDGE_PATH.exec(warning.path);
    const nodeId = node ? doc.nodes[Number(node[1])]?.id : undefined;
    const edgeRecord: ArgEdge | undefined = edge ? doc.edges[Number(edge[1])] : undefined;
    findings.push({
      check: "format-warning",
      severity: "warning",
      ...(nodeId !== undefined ? { nodeId } : {}),
      ...(edgeRecord !== undefined ? { edgeId: edgeRecord.id, nodeId: edgeRecord.from } : {}),
      path: warning.path,
      message: warning.message,
    });
  }
  return findings;
}
