/**
 * A row of tabs in the WAI-ARIA pattern: only the chosen tab is in the tab order, and the left and right
 * arrow keys choose the previous or next tab (wrapping round) and move focus to it. The caller draws the
 * tab panel, whose id `panelId` gives, and keeps which tab is chosen.
 */
import { type KeyboardEvent, useLayoutEffect, useRef } from "react";

export interface Tab<Id extends string> {
  id: Id;
  label: string;
}

export interface TabListProps<Id extends string> {
  tabs: ReadonlyArray<Tab<Id>>;
  chosen: Id;
  onChoose: (id: Id) => void;
  /** The list's accessible name. */
  label: string;
  className: string;
  /** The element ids of a tab and of the panel it controls. */
  tabId: (id: Id) => string;
  panelId: (id: Id) => string;
  /**
   * Tabs not drawn in the row (no room for them): the arrow keys still reach them, and the one chosen
   * is drawn, so the caller must never hide the chosen tab.
   */
  hidden?: ReadonlySet<Id>;
}

export function TabList<Id extends string>({
  tabs,
  chosen,
  onChoose,
  label,
  className,
  tabId,
  panelId,
  hidden,
}: TabListProps<Id>) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  // A tab chosen by an arrow key may be drawn only once chosen: it takes the focus after that render.
  const focusChosen = useRef(false);
  const chosenAt = tabs.findIndex((tab) => tab.id === chosen);
  useLayoutEffect(() => {
    if (!focusChosen.current) return;
    focusChosen.current = false;
    buttons.current[chosenAt]?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const at = tabs.findIndex((tab) => tab.id === chosen);
    const next = (at + step + tabs.length) % tabs.length;
    focusChosen.current = true;
    onChoose((tabs[next] as Tab<Id>).id);
    buttons.current[next]?.focus();
  };

  return (
    <div className={className} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[i] = element;
          }}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={chosen === tab.id}
          aria-controls={panelId(tab.id)}
          tabIndex={chosen === tab.id ? 0 : -1}
          hidden={hidden?.has(tab.id) && chosen !== tab.id}
          onClick={() => onChoose(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
