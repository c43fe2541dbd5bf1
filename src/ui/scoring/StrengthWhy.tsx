/**
 * Why a node has its strength: its base score, each supporter's and attacker's contribution in words
 * (largest first), the undercuts on those links, then the arithmetic. The base score and each link's
 * weight can be tried out with a slider, and every strength on the map follows.
 */
import { useMemo } from "react";
import { explainStrength, type SourceContribution } from "../../analysis";
import { updateEdge, updateNode } from "../../model/operations";
import { DEFAULT_BASE, DEFAULT_WEIGHT } from "../../model/schema";
import { edgeRecord, nodeRecord } from "../../store/records";
import type { ScoreResults } from "../../store/score-store";
import { NodeLink } from "../inspector/NodeLink";
import { PointTitle } from "./PointTitle";
import { SEMANTICS_NAMES } from "./ScoreControls";
import { formatScore } from "./score-format";
import { WhatIfSlider } from "./WhatIfSlider";

const SMALLEST_WEIGHT = 0.05;

export function StrengthWhy({ id, results }: { id: string; results: ScoreResults }) {
  const explanation = useMemo(() => explainStrength(results.compiled, id, results.vector), [results, id]);
  if (!explanation) return null;
  const sources = [...explanation.sources].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const strength = results.strengths[id] ?? explanation.strength;
  return (
    <div className="why-strength">
      <PointTitle id={id} />
      <p className="why-headline">
        Strength <strong data-why-strength={strength}>{formatScore(strength)}</strong> under{" "}
        {SEMANTICS_NAMES[explanation.semantics]}, from a base score of {formatScore(explanation.base)}.
      </p>
      {results.vector.converged ? null : (
        <p className="why-unsettled">
          A cycle in the map did not settle after {results.vector.iterations} rounds, so this is the last
          value reached, not a final one.
        </p>
      )}
      <WhatIfSlider
        label="Try another base score"
        read={(doc) => nodeRecord(doc, id)?.base ?? DEFAULT_BASE}
        min={0}
        testId="what-if-base"
        apply={(doc, base) => updateNode(doc, id, { base })}
      />
      {sources.length === 0 ? (
        <p>Nothing supports or attacks this point, so its strength is its base score.</p>
      ) : (
        <ul className="why-sources" aria-label="What moves this score">
          {sources.map((source) => (
            <SourceRow key={source.edgeIds.join(" ")} source={source} />
          ))}
        </ul>
      )}
      {explanation.inCycle ? (
        <p className="why-cycle">
          This point sits on a cycle (it ends up arguing about itself), so its strength is where the cycle
          settles when every point is updated in turn.
        </p>
      ) : null}
      <details className="why-working">
        <summary>The working</summary>
        <ol>
          {explanation.steps.map((step, i) => (
            // Steps are an ordered derivation and can repeat word for word.
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity of a step
            <li key={i}>{step}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}

function SourceRow({ source }: { source: SourceContribution }) {
  const single = source.members.length === 1 ? source.members[0] : undefined;
  return (
    <li className={`why-source why-${source.relation}`} data-effect={source.effect}>
      <p className="why-sentence">{capitalize(source.sentence)}.</p>
      <p className="why-from">
        {source.nodeIds.map((nodeId) => (
          <NodeLink key={nodeId} id={nodeId} />
        ))}
        <span className="why-figures">
          strength {formatScore(source.strength)}, weight {formatScore(source.effectiveWeight)}
          {source.counted ? "" : " (not counted by this semantics)"}
        </span>
      </p>
      {single ? (
        <WhatIfSlider
          label="Weight of this link"
          read={(doc) => edgeRecord(doc, single.edgeId)?.weight ?? DEFAULT_WEIGHT}
          min={SMALLEST_WEIGHT}
          testId={`what-if-weight-${single.edgeId}`}
          apply={(doc, weight) =>
            updateEdge(doc, single.edgeId, { weight: weight === DEFAULT_WEIGHT ? undefined : weight })
          }
        />
      ) : null}
      {source.members.flatMap((member) =>
        member.undercuts.map((undercut) => (
          <p key={undercut.edgeId} className="why-undercut">
            {capitalize(undercut.sentence)}. <NodeLink id={undercut.nodeId} />
          </p>
        )),
      )}
    </li>
  );
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
