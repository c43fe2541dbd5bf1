/**
 * Map health: the debate checks a teacher runs over a map, each finding carrying the node it is about
 * so the UI can select it. The format's own warnings (cycles, isolated nodes, several theses, ...) come
 * from `checkIntegrity` in the model and are folded in here as "format-warning" findings, so the app
 * shows one list.
 */
import { type GraphIndex, SUPPORT } from "../model/graph-index";
import { checkIntegrity } from "../model/integrity";
import type { Problem } from "../model/problem";
import type { ArgEdge, ArgNode, ArgumentMap } from "../model/schema";
import { type CompiledMap, compileMap, slotOf } from "./compile-map";
import { capitalize, describeNode, formatNumber } from "./describe";
import { evaluateStrengths, type StrengthVector } from "./evaluate-strengths";
import { explainStrength } from "./explain-strength";
import { answeredNodes, evidenceBackedNodes } from "./point-facts";
import { type GradualResult, isCompiled, strengthReader } from "./strengths";

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
  /**
   * Strengths for the weak-link check, by node id or by slot of the compiled map passed in; computed
   * with DF-QuAD when absent.
   */
  strengths?: GradualResult | StrengthVector;
  /** Warnings from the load pipeline, to save checking the document again; computed when absent. */
  formatWarnings?: readonly Problem[];
  /** How many weakest links to report under each thesis; default 3. */
  weakLinks?: number;
}

/** The findings for a map, or for a map compiled already (the app passes the one its scores came from). */
export function mapHealth(input: ArgumentMap | CompiledMap, options: HealthOptions = {}): HealthFinding[] {
  const compiled = isCompiled(input) ? input : compileMap(input);
  const { doc, index } = compiled;
  const strengths = options.strengths ?? evaluateStrengths(compiled, "dfquad");
  return [
    ...unansweredCritiques(doc, index),
    ...claimsWithoutEvidence(doc, index),
    ...evidenceWithoutSource(doc),
    ...weakestLinks(compiled, strengths, options.weakLinks ?? 3),
    ...formatFindings(doc, options.formatWarnings ?? checkIntegrity(doc).warnings),
  ];
}

/** A critique is answered when something attacks it or undercuts one of its own relations. */
function unansweredCritiques(doc: ArgumentMap, index: GraphIndex): HealthFinding[] {
  const answered = answeredNodes(index);
  const findings: HealthFinding[] = [];
  doc.nodes.forEach((node, v) => {
    if (node.kind !== "critique" || answered[v] === 1) return;
    findings.push({
      check: "unanswered-critique",
      severity: "warning",
      nodeId: node.id,
      message: `${capitalize(describeNode(node, doc.nodes))} is unanswered: no rebuttal or other attack targets it`,
    });
  });
  return findings;
}

/** Claims and theses that no evidence reaches through a chain of supports. */
function claimsWithoutEvidence(doc: ArgumentMap, index: GraphIndex): HealthFinding[] {
  const backed = evidenceBackedNodes(doc, index);
  const findings: HealthFinding[] = [];
  doc.nodes.forEach((node, v) => {
    if ((node.kind !== "claim" && node.kind !== "thesis") || backed[v] === 1) return;
    findings.push({
      check: "unsupported-claim",
      severity: "warning",
      nodeId: node.id,
      message: `${capitalize(describeNode(node, doc.nodes))} has no evidence beneath it: no chain of supports leads to it from an evidence node`,
    });
  });
  return findings;
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
  compiled: CompiledMap,
  result: GradualResult | StrengthVector,
  count: number,
): HealthFinding[] {
  const { doc, index } = compiled;
  const strengthAt = strengthReader(compiled, result);
  const { start, edges } = index.incoming;
  const findings: HealthFinding[] = [];
  doc.nodes.forEach((thesis, t) => {
    if (thesis.kind !== "thesis") return;
    // Everything that supports the thesis directly or through a chain of supports.
    const chain = new Set<number>([t]);
    const queue = [t];
    for (let at = 0; at < queue.length; at++) {
      const v = queue[at] as number;
      for (let k = start[3 * v + SUPPORT] as number; k < (start[3 * v + SUPPORT + 1] as number); k++) {
        const from = index.source[edges[k] as number] as number;
        if (!chain.has(from)) {
          chain.add(from);
          queue.push(from);
        }
      }
    }
    chain.delete(t);
    const weakest = [...chain]
      .map((v) => {
        const node = doc.nodes[v] as ArgNode;
        return { node, strength: strengthAt(slotOf(compiled, node.id) as number) };
      })
      .sort((a, b) => a.strength - b.strength || (a.node.id < b.node.id ? -1 : 1))
      .slice(0, count);
    for (const { node, strength } of weakest) {
      const id = node.id;
      findings.push({
        check: "weak-link",
        severity: "info",
        nodeId: id,
        message: `${capitalize(describeNode(node, doc.nodes))} is one of the weakest supports of ${describeNode(thesis, doc.nodes)}: strength ${formatNumber(strength, 2)} (base ${formatNumber(compiled.base[slotOf(compiled, id) as number] as number, 2)}); ${weakness(compiled, id, result)}`,
      });
    }
  });
  return findings;
}

/** What pulls a node down the most, in words. */
function weakness(compiled: CompiledMap, id: string, result: GradualResult | StrengthVector): string {
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
