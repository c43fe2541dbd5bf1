/**
 * Why a point has its strength: the change from its base score, divided among the points that can
 * reach it (their Shapley contributions, which add up to the change shown), as a sentence, a list and
 * a small waterfall; what taking each point out would do, on request; the base score to try out; and
 * the formula's working behind a disclosure.
 */
import { useMemo, useState } from "react";
import { explainStrength, type ShownFigure, shownContributions } from "../../analysis";
import { updateNode } from "../../model/operations";
import { DEFAULT_BASE } from "../../model/schema";
import { nodeRecord, nodeTitle } from "../../store/records";
import type { ScoreResults } from "../../store/score-store";
import { useDocumentStore } from "../app-context";
import { ContributionList } from "./ContributionList";
import { ContributionWaterfall } from "./ContributionWaterfall";
import { changeSentence, shareSentence, shortName } from "./contribution-words";
import { PointTitle } from "./PointTitle";
import { SEMANTICS_NAMES } from "./ScoreControls";
import { StrengthWorking } from "./StrengthWorking";
import { useContributions } from "./use-contributions";
import { WhatIfSlider } from "./WhatIfSlider";

export function StrengthWhy({ id, results }: { id: string; results: ScoreResults }) {
  const explanation = useMemo(() => explainStrength(results.compiled, id, results.vector), [results, id]);
  const contributions = useContributions(results, id);
  const doc = useDocumentStore((state) => state.doc);
  const [withRemoval, setWithRemoval] = useState(false);
  const report = contributions.status === "ready" ? contributions.report : null;
  const shown = useMemo(() => (report ? shownContributions(report) : null), [report]);
  if (!explanation) return null;
  const titleOf = (nodeId: string) => {
    const node = nodeRecord(doc, nodeId) ?? nodeRecord(results.doc, nodeId);
    return node ? nodeTitle(node, 60) : nodeId;
  };
  const nameOf = (figure: ShownFigure) =>
    figure.id === null ? `${figure.count} others` : figure.id === id ? "itself" : titleOf(figure.id);
  return (
    <div className="why-strength">
      <PointTitle id={id} />
      {shown ? (
        <>
          <p className="why-headline" data-why-change={shown.change}>
            <strong>{changeSentence(shown, shortName(titleOf(id)))}</strong>{" "}
            {shareSentence(shown.figures, titleOf)}
          </p>
          <p className="why-note">
            Under {SEMANTICS_NAMES[explanation.semantics]}. Each figure is a point's share of the change: its
            effect averaged over every order in which the points could be added to this one alone.
            {report?.estimated
              ? ` With ${report.contributions.length} points reaching this one, the shares are estimated from ${report.permutations.toLocaleString("en")} sampled orders (each within about ±${(2 * report.standardError).toFixed(3)}).`
              : ""}
          </p>
        </>
      ) : (
        <p className="why-headline" role="status">
          {contributions.status === "failed"
            ? `Each point's share could not be worked out: ${contributions.message}`
            : "Working out each point's share of this strength…"}
        </p>
      )}
      {results.vector.converged && (report?.converged ?? true) ? null : (
        <p className="why-unsettled">
          A cycle in the map did not settle (after {results.vector.iterations} rounds, or in{" "}
          {report?.unsettled ?? 0} of the maps with some points taken out), so these are the last values
          reached, not final ones.
        </p>
      )}
      {shown && report && report.contributions.length > 0 ? (
        <>
          <ContributionWaterfall shown={shown} nameOf={nameOf} />
          <ContributionList shown={shown} withRemoval={withRemoval} />
          <button
            type="button"
            className="why-removal-toggle"
            aria-pressed={withRemoval}
            onClick={() => setWithRemoval((on) => !on)}
          >
            {withRemoval ? "Hide what taking each out would do" : "Show what taking each out would do"}
          </button>
        </>
      ) : shown ? (
        <p>Nothing supports, attacks or undercuts this point, so its strength is its base score.</p>
      ) : null}
      <WhatIfSlider
        label="Try another base score"
        read={(map) => nodeRecord(map, id)?.base ?? DEFAULT_BASE}
        min={0}
        testId="what-if-base"
        apply={(map, base) => updateNode(map, id, { base })}
      />
      {explanation.inCycle ? (
        <p className="why-cycle">
          This point sits on a cycle (it ends up arguing about itself), so its strength is where the cycle
          settles when every point is updated in turn.
        </p>
      ) : null}
      <StrengthWorking explanation={explanation} />
    </div>
  );
}
