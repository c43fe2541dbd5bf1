/**
 * The automatic layout of what is on the canvas. Small maps are laid out at once. A big map's new
 * version (after an edit, a collapse or a change of layout) is laid out in the layout worker, so the key
 * press that caused it is answered at once: until the worker answers, the nodes of the last layout stay
 * where they were and new ones are placed near their parents (provisional-layout.ts). A map opened, or a
 * version most of whose nodes the last layout never placed, is laid out at once, as there is nothing to
 * show meanwhile.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { Position } from "../../model/schema";
import type { LayoutStyle } from "../../store/ui-store";
import type { LayoutGraph } from "../layout/layout-graph";
import { type LayeredLayout, layoutMap, wantsLayeredLayout } from "../layout/layout-map";
import { mostlyPlaced, provisionalLayout } from "../layout/provisional-layout";
import { pageLayoutWorker, SupersededError, type WorkerLayout } from "../layout/worker-layout";

/** From this many nodes on the canvas a new version is laid out in the worker (as scoring is). */
export const LAYOUT_WORKER_FROM = 2_000;

interface Laid {
  graph: LayoutGraph;
  style: LayoutStyle;
  positions: ReadonlyMap<string, Position>;
  /** False while the worker lays this version out and these positions stand in for its answer. */
  final: boolean;
}

/** The layout's places; `final` is false while they stand in for the worker's answer. */
export type LaidOut = Pick<Laid, "positions" | "final">;

/** `layered`: dagre's layout once its code has loaded (layered-layout-code.ts), else null. */
export function useLaidOut(
  graph: LayoutGraph,
  style: LayoutStyle,
  layered: LayeredLayout | null,
  worker: Pick<WorkerLayout, "layout" | "usable"> = pageLayoutWorker,
): LaidOut {
  // Only a map dagre lays out is laid out again when its code arrives.
  const dagre = wantsLayeredLayout(graph, style) ? layered : null;
  const [answer, setAnswer] = useState<Laid | null>(null);
  const shown = useRef<Laid | null>(null);
  const laid = useMemo((): Laid => {
    if (answer && answer.graph === graph && answer.style === style) return answer;
    const previous = shown.current;
    const offPage = graph.ids.length >= LAYOUT_WORKER_FROM && worker.usable();
    if (!offPage || !previous || !mostlyPlaced(previous.positions, graph))
      return { graph, style, positions: layoutMap(graph, style, dagre), final: true };
    return { graph, style, positions: provisionalLayout(graph, previous.positions), final: false };
  }, [graph, style, dagre, answer, worker]);
  shown.current = laid;

  useEffect(() => {
    if (laid.final) return;
    let live = true;
    const { graph, style } = laid;
    worker.layout(graph, style).then(
      (positions) => {
        if (live) setAnswer({ graph, style, positions, final: true });
      },
      (error: unknown) => {
        // A superseded version is not wanted any more; any other failure is laid out on the page.
        if (live && !(error instanceof SupersededError))
          setAnswer({ graph, style, positions: layoutMap(graph, style, null), final: true });
      },
    );
    return () => {
      live = false;
    };
  }, [laid, worker]);

  return laid;
}
