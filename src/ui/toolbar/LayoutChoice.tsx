/**
 * The canvas's layout: top down (one row per level), or wrapped to fit a wide screen. The choice is the
 * reader's, kept as a setting of the device rather than in the map, so a shared map opens as each
 * reader likes it; points moved by hand stay where they were put (Tidy up lays them out again).
 */
import { useEffect } from "react";
import { LAYOUT_STYLE_KEY } from "../../store/persistence/storage-keys";
import { LAYOUT_STYLES, type LayoutStyle } from "../../store/ui-store";
import { useApp, useUiStore } from "../app-context";

const NAMES: Record<LayoutStyle, string> = {
  columns: "Fit the screen",
  "top-down": "Top down",
  wrapped: "Wrapped to the screen",
};

function isLayoutStyle(value: string | null): value is LayoutStyle {
  return (LAYOUT_STYLES as readonly (string | null)[]).includes(value);
}

export function LayoutChoice() {
  const app = useApp();
  const style = useUiStore((state) => state.layoutStyle);
  const setStyle = useUiStore((state) => state.setLayoutStyle);

  // The kept choice, once the library's storage is open (it is by the time the toolbar is drawn).
  useEffect(() => {
    const kept = app.keep.readSetting(LAYOUT_STYLE_KEY) ?? null;
    if (isLayoutStyle(kept)) app.stores.ui.getState().setLayoutStyle(kept);
  }, [app.stores.ui.getState, app.keep.readSetting]);

  return (
    <label
      className="layout-choice"
      title="Wrapped lays long rows of points out in several rows, for a wide screen"
    >
      Layout
      <select
        value={style}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLayoutStyle(chosen)) return;
          setStyle(chosen);
          app.keep.writeSetting(LAYOUT_STYLE_KEY, chosen);
        }}
      >
        {LAYOUT_STYLES.map((option) => (
          <option key={option} value={option}>
            {NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
