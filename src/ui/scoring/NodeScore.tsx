/**
 * A node's score on the canvas, inside its score slot: the base score and, beside it, the strength as
 * a bar and a number, or the grounded label when labels are shown. Subscribed to this node's own
 * values only, so a change that leaves a node's score alone does not re-render it. A point with no
 * strength yet (added to a big map, whose scores come from a worker) shows an ellipsis until it has one.
 */
import "./scoring.css";
import { memo } from "react";
import { DEFAULT_BASE } from "../../model/schema";
import { nodeRecord } from "../../store/records";
import { useDocumentStore, useScoreStore } from "../app-context";
import { formatScore, LABEL_MEANING, LABEL_TEXT, strengthWords } from "./score-format";

function NodeScoreImpl({ id }: { id: string }) {
  const base = useDocumentStore((state) => nodeRecord(state.doc, id)?.base ?? DEFAULT_BASE);
  const showLabels = useScoreStore((state) => state.showLabels);
  const strength = useScoreStore((state) => (showLabels ? 0 : (state.results.strengths[id] ?? Number.NaN)));
  const label = useScoreStore((state) =>
    showLabels ? (state.results.labelling.labels[id] ?? "undec") : "undec",
  );
  const settled = useScoreStore((state) => state.results.vector.converged);

  if (showLabels) {
    return (
      <span className="node-score" data-label={label} title={`${LABEL_TEXT[label]}: ${LABEL_MEANING[label]}`}>
        <span className="node-score-base">{formatScore(base)}</span>
        <span className={`node-score-label label-${label}`}>{LABEL_TEXT[label]}</span>
      </span>
    );
  }
  if (Number.isNaN(strength)) {
    // A point an edit has just added to a big map: its strength is on its way from the worker.
    return (
      <span className="node-score" data-pending="" title="Being scored">
        <span className="node-score-base">{formatScore(base)}</span>
        <span className="node-score-arrow" aria-hidden="true">
          →
        </span>
        <span className="node-score-value">…</span>
      </span>
    );
  }
  const words = strengthWords(strength, base, settled);
  return (
    <span className="node-score" data-strength={strength} title={words} role="img" aria-label={words}>
      <span className="node-score-base">{formatScore(base)}</span>
      <span className="node-score-arrow" aria-hidden="true">
        →
      </span>
      <span className="node-score-bar" aria-hidden="true">
        <span className="node-score-fill" style={{ width: `${Math.round(strength * 100)}%` }} />
      </span>
      <span className={`node-score-value${settled ? "" : " node-score-unsettled"}`}>
        {settled ? "" : "≈"}
        {formatScore(strength)}
      </span>
    </span>
  );
}

export const NodeScore = memo(NodeScoreImpl);
