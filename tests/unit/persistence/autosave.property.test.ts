/**
 * Random sequences of edits, pauses, flushes, storage failures and (with two tabs) catch-ups never lose
 * work: what is stored only ever grows by whole edits (no tab writes over edits it has not seen); a
 * "saved" status means storage holds the tab's newest edit, unless another tab saved since; and once
 * storage works again, every edit that no conflict holds back ends up stored.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ArgumentMap } from "../../../src/model/schema";
import { AutosaveController } from "../../../src/store/persistence/autosave-controller";
import { MapLibrary } from "../../../src/store/persistence/map-library";
import { smallMap } from "../../helpers/small-map";
import { type Failure, FlakyStorage } from "./flaky-storage";

const editsOf = (doc: ArgumentMap | null | undefined): string[] =>
  ((doc?.map.meta?.edits as string[] | undefined) ?? []).slice();

const withEdit = (doc: ArgumentMap, token: string): ArgumentMap => ({
  ...doc,
  map: { ...doc.map, meta: { edits: [...editsOf(doc), token] } },
});

const isPrefix = (prefix: string[], of: string[]) => prefix.every((token, i) => of[i] === token);

type Step =
  | { kind: "edit"; tab: number }
  /** An edit that lands in the middle of the next write to storage. */
  | { kind: "edit-while-writing"; tab: number }
  | { kind: "wait"; ms: number }
  | { kind: "flush"; tab: number }
  | { kind: "catch-up"; tab: number }
  | { kind: "adopt"; tab: number }
  | { kind: "storage"; failure: Failure };

const stepArb = (tabs: number): fc.Arbitrary<Step> => {
  const tab = fc.integer({ min: 0, max: tabs - 1 });
  return fc.oneof(
    { weight: 4, arbitrary: tab.map((t) => ({ kind: "edit", tab: t }) as Step) },
    { weight: 1, arbitrary: tab.map((t) => ({ kind: "edit-while-writing", tab: t }) as Step) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 3_000 }).map((ms) => ({ kind: "wait", ms }) as Step) },
    { weight: 2, arbitrary: tab.map((t) => ({ kind: "flush", tab: t }) as Step) },
    { weight: tabs > 1 ? 2 : 0, arbitrary: tab.map((t) => ({ kind: "catch-up", tab: t }) as Step) },
    { weight: tabs > 1 ? 1 : 0, arbitrary: tab.map((t) => ({ kind: "adopt", tab: t }) as Step) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<Failure>(null, null, "quota", "unavailable")
        .map((failure) => ({ kind: "storage", failure }) as Step),
    },
  );
};

function run(tabs: number, steps: Step[]) {
  const storage = new FlakyStorage();
  const shared = new MapLibrary(storage, { newId: () => "m" });
  shared.create(smallMap());
  const controllers = Array.from({ length: tabs }, () => {
    const controller = new AutosaveController({ target: new MapLibrary(storage) });
    controller.open("m", smallMap(), 1);
    return controller;
  });
  const stored = () => {
    const read = shared.read("m");
    if (!read.ok) throw new Error(`the stored map became unreadable: ${read.message}`);
    return editsOf(read.doc);
  };
  let last = stored();
  let nextToken = 0;
  const storedRevision = () => {
    const peek = shared.peek("m");
    return peek.kind === "stored" ? peek.revision : -1;
  };
  const check = () => {
    const now = stored();
    expect(isPrefix(last, now), `stored ${now} does not extend ${last}`).toBe(true);
    last = now;
    for (const controller of controllers) {
      // "Saved" means storage holds this tab's document, unless another tab has saved since (a newer
      // revision), which this tab adopts when it catches up.
      const behind = storedRevision() > controller.revision;
      if (controller.status.state === "saved" && !behind) expect(now).toEqual(editsOf(controller.document));
    }
  };
  for (const step of steps) {
    const controller = "tab" in step ? controllers[step.tab] : undefined;
    if (step.kind === "edit" && controller?.document) {
      controller.change(withEdit(controller.document, `${step.tab}:${nextToken++}`));
    } else if (step.kind === "edit-while-writing" && controller) {
      storage.onSet = (key) => {
        if (key !== "warrant:map:m" || !controller.document) return;
        storage.onSet = undefined;
        controller.change(withEdit(controller.document, `${step.tab}:${nextToken++}`));
      };
    } else if (step.kind === "wait") vi.advanceTimersByTime(step.ms);
    else if (step.kind === "flush") controller?.flush();
    else if (step.kind === "catch-up") controller?.catchUp();
    else if (step.kind === "adopt" && controller?.status.state === "conflict") controller.adoptStored();
    else if (step.kind === "storage") storage.failWrites = step.failure;
    check();
  }
  // Storage recovers and every tab catches up and flushes in turn: what no conflict holds is saved.
  storage.failWrites = null;
  storage.onSet = undefined;
  for (const controller of controllers) {
    controller.catchUp();
    controller.flush();
    check();
    if (controller.status.state !== "conflict") expect(stored()).toEqual(editsOf(controller.document));
  }
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe("autosave under random edits, pauses and failures", () => {
  it("one tab never loses its newest edit", () => {
    fc.assert(
      fc.property(fc.array(stepArb(1), { maxLength: 60 }), (steps) => {
        vi.clearAllTimers();
        run(1, steps);
      }),
      { numRuns: 300 },
    );
  });

  it("two tabs on one storage never write over each other's saved edits", () => {
    fc.assert(
      fc.property(fc.array(stepArb(2), { maxLength: 60 }), (steps) => {
        vi.clearAllTimers();
        run(2, steps);
      }),
      { numRuns: 300 },
    );
  });
});
