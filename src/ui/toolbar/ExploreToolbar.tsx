/**
 * The bar above the canvas, one row at 1280 pixels: search, filters, the view menu (focus mode, layout,
 * scoring), editing, the whole map, and showing or hiding the side panel. Presenting is in the header.
 */
import "./toolbar.css";
import { useUiStore } from "../app-context";
import { EditToolbar } from "../edit/EditToolbar";
import { MainViewSwitch } from "../flow/MainViewSwitch";
import { FilterMenu } from "./FilterMenu";
import { SearchBox } from "./SearchBox";
import { ViewMenu } from "./ViewMenu";
import { WholeMapButton } from "./WholeMapButton";

export function ExploreToolbar() {
  const panelOpen = useUiStore((state) => state.panelOpen);
  const setPanel = useUiStore((state) => state.setPanel);
  return (
    <section className="explore-toolbar" aria-label="Explore the map">
      <MainViewSwitch />
      <SearchBox />
      <FilterMenu />
      <ViewMenu />
      <EditToolbar />
      <WholeMapButton />
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
