/**
 * Holds the canvas back while the layered layout's code loads for the map the app opens with, so the
 * map appears in its final layout instead of jumping from the stand-in tree layout to dagre's; the rest
 * of the page draws meanwhile. If the code cannot be fetched, the canvas draws with the tree layout and
 * a note says so and offers to try again. Once the canvas shows, the code is fetched while the page is
 * idle, so a small map opened later is laid out at once.
 */
import { type ReactNode, useEffect, useState } from "react";
import type { App } from "../../app/create-app";
import { graphIndex } from "../../model/graph-index";
import "../on-demand/on-demand.css";
import { useApp } from "../app-context";
import {
  LAYERED_LAYOUT,
  type LayeredLayoutCode,
  useLayeredLayout,
  useLayeredLayoutFailure,
} from "./layered-layout-code";
import { layoutGraphOf } from "./layout-graph";
import { wantsLayeredLayout } from "./layout-map";

interface Props {
  children: ReactNode;
  code?: LayeredLayoutCode;
}

export function WhenLayoutReady({ children, code = LAYERED_LAYOUT }: Props) {
  const app = useApp();
  const layered = useLayeredLayout(code);
  const failure = useLayeredLayoutFailure(code);
  const [held, setHeld] = useState(() => code.current() === null && openingMapWantsLayeredLayout(app));
  if (held && (layered !== null || failure !== null)) setHeld(false);

  useEffect(() => {
    if (held) void code.load();
  }, [held, code]);
  useEffect(() => {
    if (held) return;
    const prefetch = () => void code.prefetch();
    if (typeof requestIdleCallback === "function") {
      const idle = requestIdleCallback(prefetch, { timeout: 5_000 });
      return () => cancelIdleCallback(idle);
    }
    const later = setTimeout(prefetch, 2_000);
    return () => clearTimeout(later);
  }, [held, code]);

  if (held) {
    return (
      <div className="map-canvas">
        <p className="on-demand-note" role="status">
          Laying out the map…
        </p>
      </div>
    );
  }
  return (
    <>
      {children}
      {failure !== null ? (
        <div className="on-demand-note on-demand-floating on-demand-failed" role="alert">
          <p>
            <strong>The map's layered layout could not be loaded</strong>: {failure}. The map is drawn with
            the tree layout meanwhile; nothing in it has changed. Check the connection and try again.
          </p>
          <button type="button" onClick={() => void code.load()}>
            Try again
          </button>
        </div>
      ) : null}
    </>
  );
}

/** Whether the map open now is drawn, in part at least, by the layered layout. */
function openingMapWantsLayeredLayout(app: App): boolean {
  const view = app.stores.explore.getState();
  const doc = app.stores.document.getState().doc;
  const { nodePosition } = graphIndex(doc);
  const placedByHand = (id: string) => {
    const at = nodePosition.get(id);
    return at !== undefined && doc.nodes[at]?.position !== undefined;
  };
  // A map whose every node on the canvas was placed by hand shows no automatic layout.
  if (view.visibleIds.every(placedByHand)) return false;
  const style = app.stores.ui.getState().layoutStyle;
  return wantsLayeredLayout(layoutGraphOf(view.structure, view.collapse.hidden), style);
}
