/**
 * Why a node has the strength it has, computed on demand for one node from a finished run: its base,
 * each source's contribution, the aggregate and the influence step, with sentences for the inspector.
 *
 * The effect of a source is a local counterfactual: the node's strength now, minus what the same
 * formula gives with that source left out and every other strength held where it is. It answers "how
 * much does this critique pull the thesis down, given everything else", is cheap (no re-run of the
 * map), and in the worked example of scoring.md gives "k lowers t by 0.18" under DF-QuAD. It is not the
 * change a full re-run without the source would show: on a cycle removing a source also moves the
 * strengths it feeds back into. Undercuts get an effect the same way (the link restored to full weight).
 */
import type { ArgEdge, ArgumentMap } from "../model/schema";
import { type CompiledMap, compileMap, nodeAtSlot, slotOf } from "./compile-map";
import { capitalize, describeEffect, describeNode, formatNumber, listWords } from "./describe";
import type { StrengthVector } from "./evaluate-strengths";
import { describeAggregate, describeInfluence } from "./explain-text";
import { aggregateOf, DFQUAD, H_CATEGORIZER, influence, SEMANTICS_CODE } from "./influence";
import type { GradualSemantics } from "./semantics";
import { type GradualResult, isCompiled, strengthReader } from "./strengths";

export interface UndercutContribution {
  nodeId: string;
  edgeId: string;
  weight: number;
  strength: number;
  /** 1 - weight * strength: what this undercut multiplies the edge's weight by. */
  factor: number;
  /** This node's strength now minus its strength were the undercut absent. */
  effect: number;
  sentence: string;
}

export interface MemberContribution {
  nodeId: string;
  edgeId: string;
  strength: number;
  weight: number;
  undercutFactor: number;
  effectiveWeight: number;
  undercuts: UndercutContribution[];
}

export interface SourceContribution {
  relation: "support" | "attack";
  /** The linked-premise group, when this source is one. */
  group?: string;
  nodeIds: string[];
  edgeIds: string[];
  /** Strength of the source: the product of the members' strengths for a linked group. */
  strength: number;
  /** The edge's weight (the smallest of a group's). */
  weight: number;
  /** How much undercuts scaled the weight: effectiveWeight / weight. */
  undercutFactor: number;
  /** The weight that counts: the smallest effective weight among the members. */
  effectiveWeight: number;
  /** effectiveWeight * strength, what goes into the aggregate. */
  value: number;
  /** False for supports under the h-categorizer, which weighs attacks only. */
  counted: boolean;
  /** This node's strength now minus its strength without this source (others held fixed). */
  effect: number;
  sentence: string;
  members: MemberContribution[];
}

export interface StrengthExplanation {
  nodeId: string;
  semantics: GradualSemantics;
  base: number;
  /** influence(base, aggregate): equal to the run's strength (within its tolerance on a cycle). */
  strength: number;
  sources: SourceContribution[];
  aggregate: { supportPart: number; attackPart: number; value: number; text: string };
  influence: { text: string };
  /** True when the node sits on a cycle, so its strength is a fixed point found by iteration. */
  inCycle: boolean;
  /** The derivation in order, one sentence each: base, sources, aggregate, influence. */
  steps: string[];
}

export function explainStrength(
  input: ArgumentMap | CompiledMap,
  nodeId: string,
  result: GradualResult | StrengthVector,
): StrengthExplanation | undefined {
  const compiled = isCompiled(input) ? input : compileMap(input);
  const slot = slotOf(compiled, nodeId);
  if (slot === undefined) return undefined;
  const code = SEMANTICS_CODE[result.semantics];
  const strengthAt = strengthReader(compiled, result);
  const base = compiled.base[slot] as number;
  const terms = readTerms(compiled, slot, strengthAt, code);

  const strengthWith = (values: readonly number[]): number =>
    influence(code, base, foldTerms(code, terms, values).value);
  const values = terms.map((term) => term.value);
  const strength = strengthWith(values);
  const sources = terms.map((term, i) => {
    const without = values.map((value, j) => (j === i ? Number.NaN : value));
    const effect = term.counted ? strength - strengthWith(without) : 0;
    for (const member of term.members) {
      for (const undercut of member.undercuts) {
        const restored = values.map((value, j) => (j === i ? termValueWithout(term, undercut) : value));
        undercut.effect = strength - strengthWith(restored);
        undercut.sentence = `${describeNode(nodeOf(compiled, undercut.nodeId), compiled.doc.nodes)} undercuts the link from ${describeNode(nodeOf(compiled, member.nodeId), compiled.doc.nodes)} (to ${formatNumber(undercut.factor, 2)} of its weight), which ${describeEffect(undercut.effect)}`;
      }
    }
    return { ...term, effect, sentence: sourceSentence(compiled, term, effect) };
  });

  const aggregate = foldTerms(code, terms, values);
  const aggregateText = describeAggregate(code, aggregate);
  const influenceText = describeInfluence(code, base, aggregate.value, strength);
  const steps = [
    `Base score ${formatNumber(base)}.`,
    ...sources.flatMap((source) => [
      `${capitalize(source.sentence)}.`,
      ...source.members.flatMap((member) => member.undercuts.map((u) => `${capitalize(u.sentence)}.`)),
    ]),
    aggregateText,
    influenceText,
  ];
  return {
    nodeId,
    semantics: result.semantics,
    base,
    strength,
    sources,
    aggregate: { ...aggregate, text: aggregateText },
    influence: { text: influenceText },
    inCycle: isInCycle(compiled, slot),
    steps,
  };
}

type Term = Omit<SourceContribution, "effect" | "sentence">;

function readTerms(
  compiled: CompiledMap,
  slot: number,
  strengthAt: (slot: number) => number,
  code: number,
): Term[] {
  const { termStart, termMemberStart, memberSource, memberWeight, memberEdge } = compiled;
  const { undercutStart, undercutSource, undercutWeight, undercutEdge } = compiled;
  const edges = compiled.doc.edges;
  const terms: Term[] = [];
  for (let t = termStart[2 * slot] as number; t < (termStart[2 * slot + 2] as number); t++) {
    const isSupport = t < (termStart[2 * slot + 1] as number);
    const members: MemberContribution[] = [];
    for (let m = termMemberStart[t] as number; m < (termMemberStart[t + 1] as number); m++) {
      const undercuts: UndercutContribution[] = [];
      let undercutFactor = 1;
      for (let u = undercutStart[m] as number; u < (undercutStart[m + 1] as number); u++) {
        const weight = undercutWeight[u] as number;
        const strength = strengthAt(undercutSource[u] as number);
        const factor = 1 - weight * strength;
        undercutFactor *= factor;
        const edge = edges[undercutEdge[u] as number] as ArgEdge;
        undercuts.push({
          nodeId: edge.from,
          edgeId: edge.id,
          weight,
          strength,
          factor,
          effect: 0,
          sentence: "",
        });
      }
      const edge = edges[memberEdge[m] as number] as ArgEdge;
      const weight = memberWeight[m] as number;
      members.push({
        nodeId: edge.from,
        edgeId: edge.id,
        strength: strengthAt(memberSource[m] as number),
        weight,
        undercutFactor,
        effectiveWeight: weight * undercutFactor,
        undercuts,
      });
    }
    const strength = members.reduce((product, member) => product * member.strength, 1);
    const weight = Math.min(...members.map((member) => member.weight));
    const effectiveWeight = Math.min(...members.map((member) => member.effectiveWeight));
    const group =
      isSupport && members.length > 0
        ? (edges[memberEdge[termMemberStart[t] as number] as number] as ArgEdge).group
        : undefined;
    terms.push({
      relation: isSupport ? "support" : "attack",
      ...(group !== undefined ? { group } : {}),
      nodeIds: members.map((member) => member.nodeId),
      edgeIds: members.map((member) => member.edgeId),
      strength,
      weight,
      undercutFactor: weight > 0 ? effectiveWeight / weight : 1,
      effectiveWeight,
      value: effectiveWeight * strength,
      counted: !(isSupport && code === H_CATEGORIZER),
      members,
    });
  }
  return terms;
}

/** The term's value were one undercut absent: its member's weight rises by 1 / factor. */
function termValueWithout(term: Term, undercut: UndercutContribution): number {
  let weight = Number.POSITIVE_INFINITY;
  for (const member of term.members) {
    let effective = member.weight;
    for (const other of member.undercuts) if (other !== undercut) effective *= other.factor;
    weight = Math.min(weight, effective);
  }
  return weight * term.strength;
}

interface Fold {
  supportPart: number;
  attackPart: number;
  value: number;
}

/** The aggregate from term values; NaN marks a term left out. */
function foldTerms(code: number, terms: readonly Term[], values: readonly number[]): Fold {
  const product = code === DFQUAD;
  let support = product ? 1 : 0;
  let attack = product ? 1 : 0;
  terms.forEach((term, i) => {
    const x = values[i] as number;
    if (Number.isNaN(x) || !term.counted) return;
    if (term.relation === "support") support = product ? support * (1 - x) : support + x;
    else attack = product ? attack * (1 - x) : attack + x;
  });
  const supportPart = product ? 1 - support : support;
  const attackPart = product ? 1 - attack : attack;
  return { supportPart, attackPart, value: aggregateOf(code, supportPart, attackPart) };
}

function sourceSentence(compiled: CompiledMap, term: Term, effect: number): string {
  const names = term.nodeIds.map((id) => describeNode(nodeOf(compiled, id), compiled.doc.nodes));
  const subject = names.length === 1 ? (names[0] as string) : `the linked group of ${listWords(names)}`;
  if (!term.counted) return `${subject} is not counted: the h-categorizer weighs attacks only`;
  const detail =
    term.effectiveWeight < 1
      ? ` (its link counts ${formatNumber(term.effectiveWeight, 2)} of full weight)`
      : "";
  return `${subject} ${describeEffect(effect)}${detail}`;
}

function isInCycle(compiled: CompiledMap, slot: number): boolean {
  const { componentStart, componentCyclic } = compiled;
  let low = 0;
  let high = componentCyclic.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((componentStart[mid] as number) <= slot) low = mid;
    else high = mid - 1;
  }
  return componentCyclic[low] === 1;
}

function nodeOf(compiled: CompiledMap, id: string) {
  return nodeAtSlot(compiled, slotOf(compiled, id) as number);
}
