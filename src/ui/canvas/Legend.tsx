/**
 * What the shapes, icons, colours and lines on the canvas mean, in one strip along the top of the canvas;
 * folds away to a single button. Open on a device's first visit, folded on later ones.
 */

import { useEffect } from "react";
import { KIND_NAMES, RELATION_NAMES } from "../../model/names";
import { NODE_KINDS, RELATIONS } from "../../model/schema";
import { LEGEND_SEEN_KEY } from "../../store/persistence/storage-keys";
import { useApp, useUiStore } from "../app-context";
import { KIND_DESCRIPTIONS, KIND_ICONS, MARKER_IDS, RELATION_DESCRIPTIONS } from "./node-appearance";

/** Whether this page has settled the legend's first state (an effect may run twice in development). */
let settled = false;

export function Legend() {
  const app = useApp();
  const open = useUiStore((state) => state.legendOpen);
  const setOpen = useUiStore((state) => state.setLegendOpen);
  useEffect(() => {
    const keep = app.keep;
    if (!keep || settled) return;
    settled = true;
    if (keep.readSetting(LEGEND_SEEN_KEY) !== null) app.stores.ui.getState().setLegendOpen(false);
    else keep.writeSetting(LEGEND_SEEN_KEY, "yes");
  }, [app.stores.ui.getState, app.keep]);
  return (
    <section className="legend" aria-label="Legend">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls="legend-content"
        onClick={() => setOpen(!open)}
      >
        Legend
      </button>
      {open ? (
        <div id="legend-content" className="legend-content">
          <ul className="legend-kinds">
            {NODE_KINDS.map((kind) => (
              <li key={kind} title={KIND_DESCRIPTIONS[kind]}>
                <span className={`legend-swatch kind-${kind}`} aria-hidden="true">
                  {KIND_ICONS[kind]}
                </span>
                <span>{KIND_NAMES[kind]}</span>
                <span className="visually-hidden">: {KIND_DESCRIPTIONS[kind]}</span>
              </li>
            ))}
          </ul>
          <ul className="legend-relations">
            {RELATIONS.map((relation) => (
              <li key={relation} title={RELATION_DESCRIPTIONS[relation]}>
                <svg className="legend-line" width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
                  <path
                    className={`relation-path relation-${relation}`}
                    d="M2,7 L34,7"
                    markerEnd={`url(#${MARKER_IDS[relation]})`}
                  />
                </svg>
                <span>{RELATION_NAMES[relation]}</span>
                <span className="visually-hidden">: {RELATION_DESCRIPTIONS[relation]}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
