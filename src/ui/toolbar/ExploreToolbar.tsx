/** The bar above the canvas: search, filters, focus mode, layout, editing, presenting, and showing or hiding the side panel. */
import "./toolbar.css";
import { useUiStore } from "../../store/app-stores";
import { EditToolbar } from "../edit/EditToolbar";
import { MainViewSwitch } from "../flow/MainViewSwitch";
import { ScoreControls } from "../scoring/ScoreControls";
import { FilterMenu } from "./FilterMenu";
import { FocusControls } from "./FocusControls";
import { LayoutChoice } from "./LayoutChoice";
import { PresentControls } from "./PresentControls";
import { SearchBox } from "./SearchBox";

export function ExploreToolbar() {
  const panelOpen = useUiStore((state) => state.panelOpen);
  const setPanel = useUiStore((state) => state.setPanel);
  return (
    <section className="explore-toolbar" aria-label="Explore the map">
      <MainViewSwitch />
      <SearchBox />
      <FilterMenu />
      <FocusControls />
      <LayoutChoice />
      <EditToolbar />
      <ScoreControls />
      <PresentControls />
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        onClick={() => setPanel({ open: !panelOpen })}
      >
        {panelOpen ? "Hide panel" : "Show panel"}
      </button>
    </section>
  );
}
