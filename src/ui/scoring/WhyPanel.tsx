/** The "Why" tab: how the selected point got its strength, or its label when labels are shown. */
import { slotOf } from "../../analysis";
import { useScoreStore, useSelection } from "../app-context";
import { LabelWhy } from "./LabelWhy";
import { StrengthWhy } from "./StrengthWhy";

export function WhyPanel() {
  const selectedId = useSelection((state) => state.primaryId);
  const showLabels = useScoreStore((state) => state.showLabels);
  const results = useScoreStore((state) => state.results);
  const known = selectedId !== null && slotOf(results.compiled, selectedId) !== undefined;
  return (
    <section className="why-panel" aria-label="Why this score">
      {!known ? (
        <p className="panel-hint">
          Select a point to see how its score is made up, contribution by contribution.
        </p>
      ) : showLabels ? (
        <LabelWhy id={selectedId} results={results} />
      ) : (
        <StrengthWhy id={selectedId} results={results} />
      )}
    </section>
  );
}
