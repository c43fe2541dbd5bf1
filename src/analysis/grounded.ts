/**
 * The grounded labelling (Dung 1995), in linear time and in rounds: round 1 labels IN every unattacked
 * argument; round 2 labels OUT everything they attack; round 3 labels IN every argument whose attackers
 * are now all OUT; and so on, IN on odd rounds and OUT on even ones, until nothing changes. The rest is
 * UNDEC. The rounds are kept because they are the explanation: "IN in round 3 (every attacker is OUT)".
 */

import { idRecord } from "../model/id-record";
import type { ArgumentMap } from "../model/schema";
import { type AttackFramework, attackersOf, attackFramework, type IgnoredEdges } from "./attack-framework";
import { listWords } from "./describe";

export type Label = "in" | "out" | "undec";

export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;
const LABEL_NAMES: readonly Label[] = ["undec", "in", "out"];

export interface GroundedCore {
  /** UNDEC, IN or OUT by node position. */
  label: Uint8Array;
  /** The round in which each node was decided; 0 for UNDEC. */
  round: Int32Array;
}

export interface GroundedLabelling {
  semantics: "grounded";
  labels: Record<string, Label>;
  /** Round in which each node got its label (IN on odd rounds, OUT on even ones); 0 for UNDEC. */
  rounds: Record<string, number>;
  ignored: IgnoredEdges;
}

export function groundedLabelling(input: ArgumentMap | AttackFramework): GroundedLabelling {
  const framework = "attackerStart" in input ? input : attackFramework(input);
  return labellingOf(framework.ids, groundedCore(framework), framework.ignored);
}

/**
 * The labelling by node id, from the labels and rounds by node position (`ids` the framework's, the
 * nodes' ids in document order): also what a page makes of a scoring worker's answer, which sends the
 * numbers rather than records of thousands of ids.
 */
export function labellingOf(
  ids: readonly string[],
  { label, round }: GroundedCore,
  ignored: IgnoredEdges,
): GroundedLabelling {
  const labels = idRecord<Label>();
  const rounds = idRecord<number>();
  // A plain loop: filling two records of 100,000 ids is most of the labelling, and a callback per id
  // adds a third to it.
  for (let v = 0; v < ids.length; v++) {
    const id = ids[v] as string;
    labels[id] = LABEL_NAMES[label[v] as number] as Label;
    rounds[id] = round[v] as number;
  }
  return { semantics: "grounded", labels, rounds, ignored };
}

export function groundedCore(framework: AttackFramework): GroundedCore {
  const count = framework.ids.length;
  const { attackerStart, targetStart, targets } = framework;
  const label = new Uint8Array(count);
  const round = new Int32Array(count);
  // Attack edges into each node whose source is not yet OUT; at zero the node is defended.
  const liveAttackers = new Int32Array(count);
  // Every node is labelled IN or OUT at most once, so the nodes labelled IN, in the order they were,
  // fit in one array and each round's are a range of it; the same for OUT.
  const ins = new Int32Array(count);
  const outs = new Int32Array(count);
  let inCount = 0;
  let outCount = 0;
  for (let v = 0; v < count; v++) {
    liveAttackers[v] = (attackerStart[v + 1] as number) - (attackerStart[v] as number);
    if (liveAttackers[v] === 0) {
      label[v] = IN;
      round[v] = 1;
      ins[inCount++] = v;
    }
  }
  let frontierStart = 0;
  for (let inRound = 1; frontierStart < inCount; inRound += 2) {
    const frontierEnd = inCount;
    const defeatedStart = outCount;
    for (let k = frontierStart; k < frontierEnd; k++) {
      const a = ins[k] as number;
      for (let i = targetStart[a] as number; i < (targetStart[a + 1] as number); i++) {
        const b = targets[i] as number;
        if (label[b] !== UNDEC) continue;
        label[b] = OUT;
        round[b] = inRound + 1;
        outs[outCount++] = b;
      }
    }
    for (let k = defeatedStart; k < outCount; k++) {
      const b = outs[k] as number;
      for (let i = targetStart[b] as number; i < (targetStart[b + 1] as number); i++) {
        const c = targets[i] as number;
        const live = (liveAttackers[c] as number) - 1;
        liveAttackers[c] = live;
        if (live === 0 && label[c] === UNDEC) {
          label[c] = IN;
          round[c] = inRound + 2;
          ins[inCount++] = c;
        }
      }
    }
    frontierStart = frontierEnd;
  }
  return { label, round };
}

export interface GroundedExplanation {
  nodeId: string;
  label: Label;
  round: number;
  /** Each attacker with its own label and round. */
  attackers: { nodeId: string; label: Label; round: number }[];
  text: string;
}

/** Why one node has its grounded label, from a finished labelling. */
export function explainGroundedLabel(
  input: ArgumentMap | AttackFramework,
  labelling: GroundedLabelling,
  nodeId: string,
): GroundedExplanation | undefined {
  const framework = "attackerStart" in input ? input : attackFramework(input);
  const v = framework.nodePosition.get(nodeId);
  if (v === undefined) return undefined;
  const label = labelling.labels[nodeId] as Label;
  const round = labelling.rounds[nodeId] as number;
  const attackers = [...new Set(attackersOf(framework, v))].map((a) => {
    const id = framework.ids[a] as string;
    return { nodeId: id, label: labelling.labels[id] as Label, round: labelling.rounds[id] as number };
  });
  return { nodeId, label, round, attackers, text: groundedText(nodeId, label, round, attackers) };
}

function groundedText(
  nodeId: string,
  label: Label,
  round: number,
  attackers: GroundedExplanation["attackers"],
): string {
  const named = (list: GroundedExplanation["attackers"]) => listWords(list.map((a) => a.nodeId));
  if (label === "in") {
    if (attackers.length === 0) return `IN in round ${round} (unattacked)`;
    return `IN in round ${round} (every attacker is OUT: ${named(attackers)})`;
  }
  if (label === "out") {
    const deciders = attackers.filter((a) => a.label === "in" && a.round === round - 1);
    return `OUT in round ${round} (attacked by ${named(deciders)})`;
  }
  const undecided = attackers.filter((a) => a.label === "undec");
  const self = undecided.some((a) => a.nodeId === nodeId);
  const others = undecided.filter((a) => a.nodeId !== nodeId);
  const reasons = [
    ...(self ? ["it attacks itself"] : []),
    ...(others.length > 0
      ? [
          `${named(others)} ${others.length === 1 ? "attacks" : "attack"} it and ${others.length === 1 ? "is" : "are"} UNDEC`,
        ]
      : []),
  ];
  return `UNDEC (no attacker is IN, but ${reasons.join(", and ")})`;
}
