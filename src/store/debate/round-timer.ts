/**
 * The round's timer: a clock for the period under way (a speech, or a cross-examination, which is timed
 * though no points are placed in it), walked through in the format's order, and each side's prep clock.
 * One clock runs at a time, as in a round: starting one stops the others. The clocks keep when they were
 * started, not a count of ticks (see debate-clock.ts), so the time is right in a background tab.
 *
 * The timer belongs to the round, not to a map: opening another map keeps it running, unless that map
 * is debated in another format, whose periods and prep times it then starts afresh with.
 */
import { create } from "zustand";
import type { DebateFormat, DebatePeriod, DebateSide } from "../../model/debate-formats";
import { type DebateClock, newClock, pauseClock, resetClock, startClock } from "./debate-clock";

/** The clock the keys act on: the period's, or a side's prep clock. */
export type TimerClock = "period" | DebateSide;

export interface RoundTimerState {
  format: DebateFormat;
  periodIndex: number;
  period: DebateClock;
  prep: Readonly<Record<DebateSide, DebateClock>>;
  active: TimerClock;

  /** The format of the open map; a different one starts the timer afresh. */
  useFormat(format: DebateFormat): void;
  /** Starts or pauses the active clock. */
  toggle(): void;
  /** Makes the period's clock the active one and starts or pauses it. */
  togglePeriod(): void;
  /** Makes a side's prep clock the active one and starts it, or pauses it when it is running. */
  togglePrep(side: DebateSide): void;
  /** Stops the clocks and sets up the period at `index` (clamped to the format's), its clock full. */
  goToPeriod(index: number): void;
  next(): void;
  previous(): void;
  /** Puts the active clock back to its full time, stopped. */
  reset(): void;
}

export function currentPeriod(state: Pick<RoundTimerState, "format" | "periodIndex">): DebatePeriod {
  return state.format.periods[state.periodIndex] as DebatePeriod;
}

function freshRound(format: DebateFormat) {
  return {
    format,
    periodIndex: 0,
    period: newClock(format.periods[0]?.minutes ?? 0),
    prep: { for: newClock(format.prepMinutes), against: newClock(format.prepMinutes) },
    active: "period" as TimerClock,
  };
}

export function createRoundTimerStore(initialFormat: DebateFormat, now: () => number = () => Date.now()) {
  return create<RoundTimerState>()((set, get) => {
    /** Every clock stopped at `at`, so that one can run alone. */
    const stopped = (at: number) => {
      const { period, prep } = get();
      return {
        period: pauseClock(period, at),
        prep: { for: pauseClock(prep.for, at), against: pauseClock(prep.against, at) },
      };
    };

    return {
      ...freshRound(initialFormat),
      useFormat: (format) => {
        if (format.id !== get().format.id) set(freshRound(format));
      },
      toggle: () => {
        const { active } = get();
        if (active === "period") get().togglePeriod();
        else get().togglePrep(active);
      },
      togglePeriod: () => {
        const at = now();
        const clocks = stopped(at);
        const running = get().period.runningSince !== null;
        set({ ...clocks, active: "period", period: running ? clocks.period : startClock(clocks.period, at) });
      },
      togglePrep: (side) => {
        const at = now();
        const running = get().prep[side].runningSince !== null;
        const clocks = stopped(at);
        set({
          ...clocks,
          active: side,
          prep: { ...clocks.prep, [side]: running ? clocks.prep[side] : startClock(clocks.prep[side], at) },
        });
      },
      goToPeriod: (index) => {
        const { format } = get();
        const periodIndex = Math.max(0, Math.min(format.periods.length - 1, index));
        const clocks = stopped(now());
        set({
          ...clocks,
          periodIndex,
          period: newClock(format.periods[periodIndex]?.minutes ?? 0),
          active: "period",
        });
      },
      next: () => get().goToPeriod(get().periodIndex + 1),
      previous: () => get().goToPeriod(get().periodIndex - 1),
      reset: () => {
        const { active, period, prep } = get();
        if (active === "period") set({ period: resetClock(period) });
        else set({ prep: { ...prep, [active]: resetClock(prep[active]) } });
      },
    };
  });
}

export type RoundTimerStore = ReturnType<typeof createRoundTimerStore>;
