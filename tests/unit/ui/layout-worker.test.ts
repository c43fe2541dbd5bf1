/**
 * Laying big maps out off the page: the worker's answer is the page's own layout, a version replaced by
 * a later one is dropped, and while the worker works the canvas keeps every placed node where it was and
 * puts a new one below the point it argues about.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Position } from "../../../src/model/schema";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import { answerLayoutRequest } from "../../../src/ui/layout/answer-layout-request";
import { type LayoutGraph, layoutGraphOf, NODE_SIZE } from "../../../src/ui/layout/layout-graph";
import { layoutMap } from "../../../src/ui/layout/layout-map";
import type { LayoutAnswer, LayoutRequest } from "../../../src/ui/layout/layout-messages";
import { mostlyPlaced, provisionalLayout } from "../../../src/ui/layout/provisional-layout";
import { type LayoutWorkerLike, SupersededError, workerLayout } from "../../../src/ui/layout/worker-layout";
import { edge, graphArbitrary, node } from "./graph-arbitrary";

/** Answers on a later task with the real worker's work, on structured clones, as a browser would. */
class StandInWorker implements LayoutWorkerLike {
  onmessage: ((event: MessageEvent<LayoutAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  received: LayoutRequest[] = [];
  breakOnNext = false;
  terminated = false;
  postMessage(message: LayoutRequest): void {
    const request = structuredClone(message);
    this.received.push(request);
    setTimeout(() => {
      if (this.breakOnNext) {
        this.onerror?.({ message: "out of memory", preventDefault: () => {} } as ErrorEvent);
        return;
      }
      const [answer] = answerLayoutRequest(request);
      this.onmessage?.({ data: structuredClone(answer) } as MessageEvent<LayoutAnswer>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function chain(count: number): LayoutGraph {
  return layoutGraphOf(
    buildStructure({
      nodes: Array.from({ length: count }, (_, i) => node(`n${i}`, i === 0 ? "thesis" : "claim")),
      edges: Array.from({ length: count - 1 }, (_, i) => edge(`e${i}`, `n${i + 1}`, `n${Math.floor(i / 3)}`)),
    }),
    new Set(),
  );
}

describe("the layout worker", () => {
  it("answers with the layout the page would compute, in both styles", async () => {
    const started: StandInWorker[] = [];
    const worker = workerLayout(() => {
      const stand = new StandInWorker();
      started.push(stand);
      return stand;
    });
    const graph = chain(300);
    expect(await worker.layout(graph, "top-down")).toEqual(layoutMap(graph, "top-down", null));
    expect(await worker.layout(graph, "wrapped")).toEqual(layoutMap(graph, "wrapped", null));
    expect(started).toHaveLength(1);
    // The page's graph keeps its arrays: the worker was sent copies.
    expect(graph.children.length).toBe(299);
  });

  it("lays any map out as the page would, sent its shape and no ids", async () => {
    const stand = new StandInWorker();
    const worker = workerLayout(() => stand);
    await fc.assert(
      fc.asyncProperty(
        graphArbitrary,
        fc.constantFrom("top-down" as const, "wrapped" as const),
        async (doc, style) => {
          const graph = layoutGraphOf(buildStructure(doc), new Set());
          expect(await worker.layout(graph, style)).toEqual(layoutMap(graph, style, null));
          const sent = stand.received.at(-1) as LayoutRequest;
          expect(sent.count).toBe(graph.ids.length);
          expect(JSON.stringify(Object.keys(sent))).not.toContain("ids");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("drops a version replaced by a later one while the worker was busy", async () => {
    const worker = workerLayout(() => new StandInWorker());
    const first = worker.layout(chain(10), "top-down");
    const second = worker.layout(chain(11), "top-down");
    const third = worker.layout(chain(12), "top-down");
    await expect(second).rejects.toBeInstanceOf(SupersededError);
    expect((await first).size).toBe(10);
    expect((await third).size).toBe(12);
  });

  it("stops being used once the worker breaks", async () => {
    const stand = new StandInWorker();
    stand.breakOnNext = true;
    const worker = workerLayout(() => stand);
    await expect(worker.layout(chain(5), "top-down")).rejects.toThrow(/layout worker failed: out of memory/);
    expect(stand.terminated).toBe(true);
    expect(worker.usable()).toBe(false);
    expect(workerLayout(null).usable()).toBe(false);
  });
});

describe("the layout shown while the worker works", () => {
  it("keeps every node the last layout placed and puts each new one below the node it argues about", () => {
    fc.assert(
      fc.property(graphArbitrary, fc.nat(), (graph, seed) => {
        const structure = buildStructure(graph);
        const after = layoutGraphOf(structure, new Set());
        // The last layout placed all but a few nodes: those are the new ones.
        const fresh = new Set(after.ids.filter((_, i) => (i * 7 + seed) % 5 === 0));
        const previous = new Map(
          [...layoutMap(after, "top-down", null)].filter(([id]) => !fresh.has(id)) as [string, Position][],
        );
        const shown = provisionalLayout(after, previous);
        expect([...shown.keys()].sort()).toEqual([...after.ids].sort());
        for (const [id, place] of previous) expect(shown.get(id)).toEqual(place);
        for (const [v, id] of after.ids.entries()) {
          if (!fresh.has(id)) continue;
          const place = shown.get(id) as Position;
          expect(Number.isFinite(place.x) && Number.isFinite(place.y)).toBe(true);
          // A new node whose first parent was placed already sits a level below it.
          const parent = firstParent(after, v);
          const parentId = parent === -1 ? undefined : (after.ids[parent] as string);
          if (parentId !== undefined && previous.has(parentId))
            expect(place.y).toBe((previous.get(parentId) as Position).y + NODE_SIZE.height + 72);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("counts a version as an edit of the last one only when most of its nodes were placed", () => {
    const graph = chain(20);
    const all = layoutMap(graph, "top-down", null);
    expect(mostlyPlaced(all, graph)).toBe(true);
    const half = new Map([...all].slice(0, 10));
    expect(mostlyPlaced(half, graph)).toBe(false);
  });
});

function firstParent(graph: LayoutGraph, child: number): number {
  for (let parent = 0; parent < graph.ids.length; parent++) {
    for (let k = graph.childStart[parent] as number; k < (graph.childStart[parent + 1] as number); k++)
      if (graph.children[k] === child) return parent;
  }
  return -1;
}
