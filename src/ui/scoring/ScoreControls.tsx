/**
 * The toolbar's scoring controls: which gradual semantics computes the strengths, and a switch that
 * shows the grounded labels on the canvas instead. While a big map's scores are on their way from the
 * worker, a quiet note says so (the canvas shows the scores before the edit meanwhile).
 */
import { GRADUAL_SEMANTICS, type GradualSemantics, SEMANTICS_SOURCES } from "../../analysis";
import { useApp, useScoreStore } from "../app-context";

export const SEMANTICS_NAMES: Record<GradualSemantics, string> = {
  dfquad: "DF-QuAD",
  "quadratic-energy": "Quadratic energy",
  euler: "Euler-based",
  "h-categorizer": "h-categorizer (attacks only)",
};

export function ScoreControls() {
  const app = useApp();
  const semantics = useScoreStore((state) => state.semantics);
  const showLabels = useScoreStore((state) => state.showLabels);
  const converged = useScoreStore((state) => state.results.vector.converged);
  const iterations = useScoreStore((state) => state.results.vector.iterations);
  const pending = useScoreStore((state) => state.pending);
  const { setSemantics, setShowLabels } = app.stores.score.getState();
  return (
    <fieldset className="score-controls">
      <legend className="visually-hidden">Scoring</legend>
      <label>
        <span>Score with</span>{" "}
        <select
          value={semantics}
          disabled={showLabels}
          onChange={(event) => setSemantics(event.target.value as GradualSemantics)}
          title={SEMANTICS_SOURCES[semantics]}
        >
          {GRADUAL_SEMANTICS.map((name) => (
            <option key={name} value={name} title={SEMANTICS_SOURCES[name]}>
              {SEMANTICS_NAMES[name]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        role="switch"
        aria-checked={showLabels}
        className="score-labels-switch"
        onClick={() => setShowLabels(!showLabels)}
        title="Show which points are defended (IN), defeated (OUT) or undecided (UNDEC) under the grounded labelling"
      >
        Labels: {showLabels ? "IN / OUT" : "off"}
      </button>
      {pending ? (
        <span className="score-pending" role="status">
          Scoring…
        </span>
      ) : null}
      {!showLabels && !converged ? (
        <span className="score-unsettled" role="status">
          A cycle did not settle after {iterations} rounds: strengths marked ≈ are not final
        </span>
      ) : null}
    </fieldset>
  );
}
