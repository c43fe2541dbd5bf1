/** Why a node has its grounded label: who attacks it and how each of those attackers is labelled. */
import { useMemo } from "react";
import { explainGroundedLabel } from "../../analysis";
import type { ScoreResults } from "../../store/score-store";
import { NodeLink } from "../inspector/NodeLink";
import { PointTitle } from "./PointTitle";
import { LABEL_MEANING, LABEL_TEXT } from "./score-format";

export function LabelWhy({ id, results }: { id: string; results: ScoreResults }) {
  const explanation = useMemo(() => explainGroundedLabel(results.doc, results.labelling, id), [results, id]);
  if (!explanation) return null;
  const { label, round, attackers } = explanation;
  const { ignored } = results.labelling;
  return (
    <div className="why-label">
      <PointTitle id={id} />
      <p className="why-headline">
        <span className={`node-score-label label-${label}`} data-why-label={label}>
          {LABEL_TEXT[label]}
        </span>{" "}
        {LABEL_MEANING[label]}
        {round > 0 ? ` (decided in round ${round})` : ""}.
      </p>
      {attackers.length === 0 ? (
        <p>Nothing attacks this point, so it stands.</p>
      ) : (
        <ul className="why-attackers" aria-label="Its attackers">
          {attackers.map((attacker) => (
            <li key={attacker.nodeId}>
              <NodeLink id={attacker.nodeId} />{" "}
              <span className={`node-score-label label-${attacker.label}`}>{LABEL_TEXT[attacker.label]}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="why-note">
        Grounded labels (Dung 1995) use attacks only: a point is IN when every attacker is OUT, OUT when some
        attacker is IN, UNDEC otherwise.
        {ignored.support + ignored.undercut > 0
          ? ` This map's ${ignored.support} supports and ${ignored.undercut} undercuts play no part here.`
          : ""}
      </p>
    </div>
  );
}
