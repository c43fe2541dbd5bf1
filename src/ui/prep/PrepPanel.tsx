/**
 * The "Prep" tab: what each side should prepare before the round, each item selecting its point.
 */
import "./prep.css";
import { PrepChecklistSection } from "./PrepChecklistSection";

export function PrepPanel() {
  return (
    <section className="prep-panel" aria-label="Debate prep">
      <PrepChecklistSection />
    </section>
  );
}
