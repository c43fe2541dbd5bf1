/**
 * The round's timer: it walks the format's periods in order, cross-examinations included; one clock runs
 * at a time; each side's prep clock keeps what was used; an overrun is time below zero; the time is the
 * time since the start however rarely it is read; a map in another format starts it afresh.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/create-app";
import { createAppStores } from "../../../src/app/create-stores";
import { debateFormat } from "../../../src/model/debate-formats";
import { isRunning, timeLeft } from "../../../src/store/debate/debate-clock";
import { createRoundTimerStore, currentPeriod } from "../../../src/store/debate/round-timer";
import { smallMap } from "../../helpers/small-map";
import { stopTestApps, testApp } from "../../helpers/test-app";

let _app: App;
beforeEach(() => {
  _app = testApp();
});
afterEach(() => stopTestApps());

const policy = debateFormat("policy");
const classroom = debateFormat("classroom");
if (!policy || !classroom) throw new Error("the policy and classroom formats exist");

function timerAt(format = policy) {
  const clock = { now: 0 };
  const store = createRoundTimerStore(format as NonNullable<typeof policy>, () => clock.now);
  return { store, clock, left: (which: "period" | "for" | "against") => leftOf(store, which, clock.now) };
}

function leftOf(
  store: ReturnType<typeof createRoundTimerStore>,
  which: "period" | "for" | "against",
  now: number,
) {
  const state = store.getState();
  return timeLeft(which === "period" ? state.period : state.prep[which], now);
}

describe("the round timer", () => {
  it("walks every period of the format in order, cross-examinations included, each with its own minutes", () => {
    const { store } = timerAt();
    const seen = [currentPeriod(store.getState())];
    for (let i = 1; i < policy.periods.length + 2; i++) {
      store.getState().next();
      seen.push(currentPeriod(store.getState()));
    }
    // Past the last period it stays on the last.
    expect(seen.slice(0, policy.periods.length).map((period) => period.id)).toEqual(
      policy.periods.map((period) => period.id),
    );
    expect(seen.at(-1)?.id).toBe(policy.periods.at(-1)?.id);
    expect(seen[1]?.kind).toBe("cross-examination");
    store.getState().goToPeriod(1);
    expect(store.getState().period.totalMs).toBe((policy.periods[1]?.minutes ?? 0) * 60_000);
    store.getState().previous();
    store.getState().previous();
    expect(store.getState().periodIndex).toBe(0);
  });

  it("runs one clock at a time: a side's prep stops the speech, and the speech stops the prep", () => {
    const { store, clock, left } = timerAt();
    store.getState().toggle();
    clock.now = 60_000;
    store.getState().togglePrep("for");
    expect(isRunning(store.getState().period)).toBe(false);
    expect(store.getState().active).toBe("for");
    clock.now = 90_000;
    store.getState().togglePrep("against");
    expect(isRunning(store.getState().prep.for)).toBe(false);
    clock.now = 100_000;
    store.getState().togglePeriod();
    expect(isRunning(store.getState().prep.against)).toBe(false);
    clock.now = 110_000;
    expect(left("period")).toBe(8 * 60_000 - 70_000);
    expect(left("for")).toBe(8 * 60_000 - 30_000);
    expect(left("against")).toBe(8 * 60_000 - 10_000);
    // Space acts on the clock in use: the speech's.
    store.getState().toggle();
    expect(isRunning(store.getState().period)).toBe(false);
  });

  it("keeps prep used across periods, and starts each period with its full time, stopped", () => {
    const { store, clock, left } = timerAt();
    store.getState().togglePrep("against");
    clock.now = 45_000;
    store.getState().next();
    expect(store.getState().active).toBe("period");
    expect(isRunning(store.getState().prep.against)).toBe(false);
    clock.now = 500_000;
    expect(left("against")).toBe(8 * 60_000 - 45_000);
    expect(left("period")).toBe(3 * 60_000);
  });

  it("shows an overrun as time below zero, and resets the clock in use", () => {
    const { store, clock, left } = timerAt(classroom);
    store.getState().toggle();
    clock.now = 4 * 60_000 + 12_000;
    expect(left("period")).toBe(-12_000);
    store.getState().reset();
    expect(left("period")).toBe(4 * 60_000);
    expect(isRunning(store.getState().period)).toBe(false);
    store.getState().togglePrep("for");
    clock.now += 5_000;
    store.getState().reset();
    expect(left("for")).toBe(classroom.prepMinutes * 60_000);
    expect(left("period")).toBe(4 * 60_000);
  });

  it("tells the true time however rarely it is read (a background tab draws seldom)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 20 }), (reads) => {
        const { store, clock, left } = timerAt();
        store.getState().toggle();
        for (const gap of reads) {
          clock.now += gap;
          left("period");
        }
        expect(left("period")).toBe(8 * 60_000 - clock.now);
      }),
    );
  });

  it("starts afresh for a map in another format, and keeps running for a map in the same one", () => {
    const stores = createAppStores({ initialDoc: smallMap });
    const timer = stores.roundTimer;
    expect(timer.getState().format.id).toBe("classroom");
    timer.getState().next();
    timer.getState().toggle();
    stores.document.getState().openDocument(smallMap(), "another");
    expect(timer.getState().periodIndex).toBe(1);
    expect(isRunning(timer.getState().period)).toBe(true);
    const debated = smallMap();
    debated.map.debate = { format: "policy" };
    stores.document.getState().openDocument(debated, "policy-round");
    expect(timer.getState().format.id).toBe("policy");
    expect(timer.getState().periodIndex).toBe(0);
    expect(isRunning(timer.getState().period)).toBe(false);
  });
});
