/**
 * The "Prep" tab: what each side should prepare before the round (each item selecting its point), the
 * outlines of the speeches and the round's timer, one at a time (WAI-ARIA tabs: arrow keys move).
 */
import "./prep.css";
import type { PrepSection } from "../../store/debate/prep-view";
import { usePrepView } from "../app-context";
import { type Tab, TabList } from "../panel/TabList";
import { PrepChecklistSection } from "./PrepChecklistSection";
import { RoundTimerSection } from "./RoundTimerSection";
import { SpeechOutlineSection } from "./SpeechOutlineSection";

const SECTIONS: ReadonlyArray<Tab<PrepSection>> = [
  { id: "checklist", label: "Checklist" },
  { id: "outline", label: "Speeches" },
  { id: "timer", label: "Timer" },
];

export function PrepPanel() {
  const section = usePrepView((state) => state.section);
  const show = usePrepView((state) => state.show);
  const shown = SECTIONS.some((entry) => entry.id === section) ? section : "checklist";

  return (
    <section className="prep-panel" aria-label="Debate prep">
      <TabList
        tabs={SECTIONS}
        chosen={shown}
        onChoose={show}
        label="Prep"
        className="prep-sections"
        tabId={(id) => `prep-tab-${id}`}
        panelId={(id) => `prep-section-${id}`}
      />
      <div role="tabpanel" id={`prep-section-${shown}`} aria-labelledby={`prep-tab-${shown}`}>
        {shown === "checklist" && <PrepChecklistSection />}
        {shown === "outline" && <SpeechOutlineSection />}
        {shown === "timer" && <RoundTimerSection />}
      </div>
    </section>
  );
}
