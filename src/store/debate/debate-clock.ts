/**
 * A countdown clock for a speech or a side's prep time, as plain data. It stores when it was started,
 * never a count of ticks, so the time it shows is right however rarely the page is drawn: a background
 * tab, whose timers the browser slows down, still shows the true time when it is looked at again.
 */

export interface DebateClock {
  /** The full time of the period, in milliseconds. */
  totalMs: number;
  /** Time left when the clock last stopped (or was set). */
  leftMs: number;
  /** When it was started, by the caller's clock (ms); null while it is stopped. */
  runningSince: number | null;
}

export function newClock(minutes: number): DebateClock {
  const totalMs = Math.round(minutes * 60_000);
  return { totalMs, leftMs: totalMs, runningSince: null };
}

/** Time left at `now`; negative once the period has run over, so the overrun can be shown. */
export function timeLeft(clock: DebateClock, now: number): number {
  return clock.runningSince === null ? clock.leftMs : clock.leftMs - (now - clock.runningSince);
}

export function isRunning(clock: DebateClock): boolean {
  return clock.runningSince !== null;
}

export function startClock(clock: DebateClock, now: number): DebateClock {
  return clock.runningSince === null ? { ...clock, runningSince: now } : clock;
}

export function pauseClock(clock: DebateClock, now: number): DebateClock {
  return clock.runningSince === null ? clock : { ...clock, leftMs: timeLeft(clock, now), runningSince: null };
}

export function toggleClock(clock: DebateClock, now: number): DebateClock {
  return isRunning(clock) ? pauseClock(clock, now) : startClock(clock, now);
}

export function resetClock(clock: DebateClock): DebateClock {
  return { ...clock, leftMs: clock.totalMs, runningSince: null };
}

/** "4:05", "0:09", "-0:12" for an overrun: minutes and seconds, rounded up while time is left. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return negative ? `-${text}` : text;
}
