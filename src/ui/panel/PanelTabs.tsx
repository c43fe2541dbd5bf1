/**
 * The side panel's tabs on one row at any panel width: the tabs that fit, and a More menu holding the
 * rest (use-tabs-that-fit.ts); the chosen tab always shows. Choosing a tab from the menu shows it in the
 * row, and the arrow keys on the tabs move through all of them, those in the menu too.
 */
import { useRef } from "react";
import type { PanelTab } from "../../store/ui-store";
import { moveBetweenItems } from "../edit/popover-focus";
import { MenuButton } from "../popover/MenuButton";
import { type Tab, TabList } from "./TabList";
import { useTabsThatFit } from "./use-tabs-that-fit";

const MORE = "More ▾";

export function PanelTabs(props: {
  tabs: ReadonlyArray<Tab<PanelTab>>;
  chosen: PanelTab;
  onChoose: (id: PanelTab) => void;
}) {
  const { tabs, chosen, onChoose } = props;
  const row = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const labels = tabs.map((tab) => tab.label);
  const shown = useTabsThatFit(
    row,
    measure,
    labels,
    tabs.findIndex((tab) => tab.id === chosen),
  );
  const inMenu = tabs.filter((_, i) => !shown.includes(i));
  const hiddenIds = new Set(inMenu.map((tab) => tab.id));
  return (
    <div className="side-panel-tab-row" ref={row}>
      <TabList
        tabs={tabs}
        hidden={hiddenIds}
        chosen={chosen}
        onChoose={onChoose}
        label="Panel"
        className="side-panel-tabs"
        tabId={(id) => `tab-${id}`}
        panelId={(id) => `tabpanel-${id}`}
      />
      {inMenu.length > 0 ? (
        // Out of the tab order: the arrow keys on the tabs reach every tab, those in the menu too.
        <MenuButton label={MORE} className="side-panel-more interop-export" tabIndex={-1}>
          {(close) => (
            <div
              className="interop-export-menu"
              role="menu"
              aria-label="More tabs"
              onKeyDown={(event) => moveBetweenItems(event, "[role=menuitem]")}
            >
              {inMenu.map((tab) => (
                <button
                  key={tab.id}
                  type="button"
                  role="menuitem"
                  onClick={() => {
                    close();
                    onChoose(tab.id);
                  }}
                >
                  {tab.label}
                </button>
              ))}
            </div>
          )}
        </MenuButton>
      ) : null}
      {/* Every tab and the More button at their natural widths, out of sight, to measure. */}
      <div className="side-panel-tabs side-panel-tabs-measure" aria-hidden="true" ref={measure}>
        {[...labels, MORE].map((label) => (
          <span key={label}>{label}</span>
        ))}
      </div>
    </div>
  );
}
