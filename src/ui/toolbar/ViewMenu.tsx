/**
 * The toolbar's less used view settings, behind one button so that the toolbar keeps to one row: focus
 * mode and its steps, the layout, and how points are scored. The settings stay in the page while the
 * menu is shut (the layout's kept choice is read when it is first drawn); it closes as every menu does.
 */
import { ScoreControls } from "../scoring/ScoreControls";
import { FocusControls } from "./FocusControls";
import { LayoutChoice } from "./LayoutChoice";
import { useMenuToggle } from "./use-menu-toggle";

export function ViewMenu() {
  const { open, buttonProps, containerRef } = useMenuToggle("view-panel");
  return (
    <div className="view-menu" ref={containerRef}>
      <button {...buttonProps}>View ▾</button>
      <div id="view-panel" className="view-panel" hidden={!open}>
        <FocusControls />
        <LayoutChoice />
        <ScoreControls />
      </div>
    </div>
  );
}
