/**
 * The side panel beside the canvas: the inspector, how the selected point got its score (Why), the map's
 * health, the outline, the flow of the round, debate prep and the source text as tabs, so the canvas
 * keeps most of the screen; on class work, its feedback and the class. Tabs follow the WAI-ARIA pattern
 * (TabList.tsx), on one row: those that do not fit are in a More menu (PanelTabs.tsx).
 */
import "./panel.css";
import { useState } from "react";
import type { PanelTab } from "../../store/ui-store";
import { useUiStore } from "../app-context";
import { useClassroomTabs } from "../classroom/use-classroom-tabs";
import { PartBoundary } from "../crash/PartBoundary";
import { TestFault } from "../crash/TestFault";
import { Inspector } from "../inspector/Inspector";
import { onDemand } from "../on-demand/on-demand";
import { PANEL_WIDTH, PanelResizeHandle } from "./PanelResizeHandle";
import { PanelTabs } from "./PanelTabs";
import type { Tab } from "./TabList";

// The Inspector is open at start; the other tabs load when first chosen.
const WhyPanel = onDemand("the Why tab", () => import("../scoring/WhyPanel").then((m) => m.WhyPanel));
const HealthPanel = onDemand("the Health tab", () =>
  import("../scoring/HealthPanel").then((m) => m.HealthPanel),
);
const OutlinePanel = onDemand("the Outline tab", () =>
  import("../outline/OutlinePanel").then((m) => m.OutlinePanel),
);
const FlowPanel = onDemand("the Flow tab", () => import("../flow/FlowPanel").then((m) => m.FlowPanel));
const PrepPanel = onDemand("the Prep tab", () => import("../prep/PrepPanel").then((m) => m.PrepPanel));
const SourceTextPanel = onDemand("the Source text tab", () =>
  import("../source-text/SourceTextPanel").then((m) => m.SourceTextPanel),
);
const FeedbackPanel = onDemand("the Feedback tab", () =>
  import("../classroom/FeedbackPanel").then((m) => m.FeedbackPanel),
);
const ClassPanel = onDemand("the Class tab", () =>
  import("../classroom/ClassPanel").then((m) => m.ClassPanel),
);

const ALL_TABS: ReadonlyArray<Tab<PanelTab>> = [
  { id: "inspector", label: "Inspector" },
  { id: "why", label: "Why" },
  { id: "health", label: "Health" },
  { id: "outline", label: "Outline" },
  { id: "flow", label: "Flow" },
  { id: "prep", label: "Prep" },
  { id: "source", label: "Source text" },
  { id: "feedback", label: "Feedback" },
  { id: "class", label: "Class" },
];

const TAB_NAMES = Object.fromEntries(ALL_TABS.map((entry) => [entry.id, entry.label])) as Record<
  PanelTab,
  string
>;

export function SidePanel() {
  const open = useUiStore((state) => state.panelOpen);
  const chosen = useUiStore((state) => state.panelTab);
  const setPanel = useUiStore((state) => state.setPanel);
  const classroom = useClassroomTabs();
  // Kept while the panel is closed and opened again; a new page starts at the usual width.
  const [width, setWidth] = useState(PANEL_WIDTH.start);
  if (!open) return null;
  // The classroom's tabs are there only for maps that have something to show in them.
  const TABS = ALL_TABS.filter((entry) =>
    entry.id === "feedback" || entry.id === "class" ? classroom[entry.id] : true,
  );
  const tab = TABS.some((entry) => entry.id === chosen) ? chosen : "inspector";

  return (
    <aside id="side-panel" className="side-panel" aria-label="Details" style={{ width }}>
      <PanelResizeHandle width={width} onWidth={setWidth} />
      <PanelTabs tabs={TABS} chosen={tab} onChoose={(id) => setPanel({ tab: id })} />
      <div className="side-panel-body" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <PartBoundary key={tab} part={`The ${TAB_NAMES[tab]} tab`}>
          {__WARRANT_TEST_FAULTS__ && <TestFault part={tab} />}
          <TabBody tab={tab} />
        </PartBoundary>
      </div>
    </aside>
  );
}

function TabBody({ tab }: { tab: PanelTab }) {
  switch (tab) {
    case "inspector":
      return <Inspector />;
    case "why":
      return <WhyPanel />;
    case "health":
      return <HealthPanel />;
    case "outline":
      return <OutlinePanel />;
    case "flow":
      return <FlowPanel />;
    case "prep":
      return <PrepPanel />;
    case "source":
      return <SourceTextPanel />;
    case "feedback":
      return <FeedbackPanel />;
    case "class":
      return <ClassPanel />;
  }
}
