/**
 * The working behind a strength, for whoever wants the formula: the point's direct supports and attacks
 * with their strengths and weights (each link's weight can be tried out), the arithmetic step by step,
 * and what each symbol in it means.
 */
import type { SourceContribution, StrengthExplanation } from "../../analysis";
import { FORMULA_SYMBOLS } from "../../analysis";
import { updateEdge } from "../../model/operations";
import { DEFAULT_WEIGHT } from "../../model/schema";
import { edgeRecord } from "../../store/records";
import { NodeLink } from "../inspector/NodeLink";
import { formatScore } from "./score-format";
import { WhatIfSlider } from "./WhatIfSlider";

const SMALLEST_WEIGHT = 0.05;

export function StrengthWorking({ explanation }: { explanation: StrengthExplanation }) {
  const sources = [...explanation.sources].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  return (
    <details className="why-working">
      <summary>How the formula gives it</summary>
      <p className="why-note">
        The strength is worked out from the points that bear on it directly, each at its own strength. The
        sentences below hold every other point where it is, so they need not add up to the change; the shares
        above do.
      </p>
      {sources.length > 0 ? (
        <ul className="why-sources" aria-label="What bears on it directly">
          {sources.map((source) => (
            <SourceRow key={source.edgeIds.join(" ")} source={source} />
          ))}
        </ul>
      ) : null}
      <ol>
        {explanation.steps.map((step, i) => (
          // Steps are an ordered derivation and can repeat word for word.
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity of a step
          <li key={i}>{step}</li>
        ))}
      </ol>
      <dl className="why-symbols" aria-label="What the symbols mean">
        {FORMULA_SYMBOLS[explanation.semantics].map(({ symbol, meaning }) => (
          <div key={symbol}>
            <dt>{symbol}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
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
