/**
 * Lays big maps out in a worker that works on the latest request only (see
 * store/workers/latest-only-worker.ts), so a burst of edits lays out only the latest version of the map.
 * Once the worker has failed, or where there is none, the page lays maps out itself (use-laid-out.ts).
 */
import type { Position } from "../../model/schema";
import type { LayoutStyle } from "../../store/ui-store";
import { latestOnlyWorker, type WorkerLike } from "../../store/workers/latest-only-worker";

export { SupersededError } from "../../store/workers/latest-only-worker";

import type { LayoutGraph } from "./layout-graph";
import type { LayoutAnswer, LayoutRequest } from "./layout-messages";

export type LayoutWorkerLike = WorkerLike<LayoutRequest, LayoutAnswer>;

interface Job {
  graph: LayoutGraph;
  style: LayoutStyle;
}

export function workerLayout(start: (() => LayoutWorkerLike) | null) {
  const worker = latestOnlyWorker<Job, LayoutRequest, LayoutAnswer, Map<string, Position>>({
    name: "layout",
    start,
    request: ({ graph, style }, ticket) => {
      // Copies, so the page's graph keeps its arrays.
      const childStart = graph.childStart.slice();
      const children = graph.children.slice();
      return [
        { ticket, count: graph.ids.length, childStart, children, style },
        [childStart.buffer, children.buffer],
      ];
    },
    result: ({ graph }, answer) => {
      if ("error" in answer) throw new Error(`The layout worker could not lay the map out: ${answer.error}`);
      const positions = new Map<string, Position>();
      graph.ids.forEach((id, i) => {
        positions.set(id, { x: answer.x[i] as number, y: answer.y[i] as number });
      });
      return positions;
    },
  });
  return {
    usable: worker.usable,
    layout: (graph: LayoutGraph, style: LayoutStyle) => worker.run({ graph, style }),
  };
}

export type WorkerLayout = ReturnType<typeof workerLayout>;

function startLayoutWorker(): LayoutWorkerLike {
  // Written out in the call, as Vite needs it to build the worker as a chunk of its own.
  return new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module", name: "layout" });
}

/** The page's layout worker; never usable where there are no workers (jsdom, for one). */
export const pageLayoutWorker: WorkerLayout = workerLayout(
  typeof Worker === "undefined" ? null : startLayoutWorker,
);
