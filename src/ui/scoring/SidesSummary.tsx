/**
 * Each side's case: the points that argue for the thesis and those that argue against it (from the
 * parity of attacks along their paths to it), strongest first, and those that end up on both sides.
 */
import type { Side } from "../../analysis";
import type { ScoreResults } from "../../store/score-store";
import { NodeLink } from "../inspector/NodeLink";
import { formatScore } from "./score-format";

const SIDE_TITLES: Record<Exclude<Side, "none">, string> = {
  pro: "For the thesis",
  con: "Against the thesis",
  both: "On both sides",
};

export function SidesSummary({
  sides,
  thesisId,
  results,
}: {
  sides: Readonly<Record<string, Side>>;
  thesisId: string | undefined;
  results: ScoreResults;
}) {
  if (thesisId === undefined) return <p>The map has no thesis, so its points have no sides yet.</p>;
  const members = (side: Side) =>
    Object.keys(sides)
      .filter((id) => sides[id] === side && id !== thesisId)
      .sort((a, b) => (results.strengths[b] ?? 0) - (results.strengths[a] ?? 0));
  return (
    <section className="health-sides" aria-label="Each side's case">
      <h3>Each side's case</h3>
      {(["pro", "con", "both"] as const).map((side) => {
        const ids = members(side);
        if (side === "both" && ids.length === 0) return null;
        return (
          <details key={side} className={`health-side side-${side}`}>
            <summary>
              {SIDE_TITLES[side]}: <span data-side-count={side}>{ids.length}</span>{" "}
              {ids.length === 1 ? "point" : "points"}
            </summary>
            <ul>
              {ids.map((id) => (
                <li key={id}>
                  <NodeLink id={id} />{" "}
                  <span className="health-strength">{formatScore(results.strengths[id] ?? 0)}</span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
