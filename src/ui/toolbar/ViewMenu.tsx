/**
 * The toolbar's less used view settings, behind one button so that the toolbar keeps to one row: focus
 * mode and its steps, the layout, and how points are scored. The settings stay in the page while the
 * menu is shut (the layout's kept choice is read when it is first drawn); Escape shuts it.
 */
import { ScoreControls } from "../scoring/ScoreControls";
import { FocusControls } from "./FocusControls";
import { LayoutChoice } from "./LayoutChoice";
import { useMenuToggle } from "./use-menu-toggle";

export function ViewMenu() {
  const { open, buttonProps, onPanelKeyDown } = useMenuToggle("view-panel");
  return (
    <div className="view-menu">
      <button {...buttonProps}>View ▾</button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the panel closes it. */}
      <div id="view-panel" className="view-panel" hidden={!open} onKeyDown={onPanelKeyDown}>
        <FocusControls />
        <LayoutChoice />
        <ScoreControls />
      </div>
    </div>
  );
}
