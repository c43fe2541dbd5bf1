/**
 * The "Prep" tab: what each side should prepare before the round (each item selecting its point), the
 * outlines of the speeches and the round's timer, one at a time (WAI-ARIA tabs: arrow keys move).
 */
import "./prep.css";
import { type KeyboardEvent, useRef } from "react";
import { usePrepView } from "../../store/app-stores";
import type { PrepSection } from "../../store/debate/prep-view";
import { PrepChecklistSection } from "./PrepChecklistSection";
import { RoundTimerSection } from "./RoundTimerSection";
import { SpeechOutlineSection } from "./SpeechOutlineSection";

const SECTIONS: ReadonlyArray<{ id: PrepSection; label: string }> = [
  { id: "checklist", label: "Checklist" },
  { id: "outline", label: "Speeches" },
  { id: "timer", label: "Timer" },
];

export function PrepPanel() {
  const section = usePrepView((state) => state.section);
  const show = usePrepView((state) => state.show);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const shown = SECTIONS.some((entry) => entry.id === section) ? section : "checklist";

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const at = SECTIONS.findIndex((entry) => entry.id === shown);
    const next = (at + step + SECTIONS.length) % SECTIONS.length;
    show((SECTIONS[next] as { id: PrepSection }).id);
    tabs.current[next]?.focus();
  };

  return (
    <section className="prep-panel" aria-label="Debate prep">
      <div className="prep-sections" role="tablist" aria-label="Prep" onKeyDown={onKeyDown}>
        {SECTIONS.map((entry, i) => (
          <button
            key={entry.id}
            ref={(element) => {
              tabs.current[i] = element;
            }}
            type="button"
            role="tab"
            id={`prep-tab-${entry.id}`}
            aria-selected={shown === entry.id}
            aria-controls={`prep-section-${entry.id}`}
            tabIndex={shown === entry.id ? 0 : -1}
            onClick={() => show(entry.id)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`prep-section-${shown}`} aria-labelledby={`prep-tab-${shown}`}>
        {shown === "checklist" && <PrepChecklistSection />}
        {shown === "outline" && <SpeechOutlineSection />}
        {shown === "timer" && <RoundTimerSection />}
      </div>
    </section>
  );
}
