/**
 * The round's timer in large digits: the period under way (speeches and cross-examinations, in the
 * format's order) and each side's prep clock, an overrun shown as time below zero. Driven by keys while
 * the focus is in it, so they never reach the canvas (whose N adds a point):
 *   Space  on a clock, start or pause it         N / P  next or previous period
 *   R      reset the clock in use               1 / 2  the for or against side's prep clock
 * The clocks keep start times, so what is drawn after a background tab comes back is the true time.
 */
import { type KeyboardEvent, useEffect, useReducer } from "react";
import { sideNames } from "../../model/debate-formats";
import { type DebateClock, formatClock, isRunning, timeLeft } from "../../store/debate/debate-clock";
import { currentPeriod } from "../../store/debate/round-timer";
import { useApp, useDocumentStore, useRoundTimer } from "../app-context";

/** How often the digits are redrawn while a clock runs: often enough that no second is skipped. */
const REDRAW_MS = 200;

export function RoundTimerSection() {
  const app = useApp();
  const format = useRoundTimer((state) => state.format);
  const periodIndex = useRoundTimer((state) => state.periodIndex);
  const period = useRoundTimer((state) => state.period);
  const prep = useRoundTimer((state) => state.prep);
  const active = useRoundTimer((state) => state.active);
  const debate = useDocumentStore((state) => state.doc.map.debate);
  const names = sideNames(format, debate);
  const now = useNow(isRunning(period) || isRunning(prep.for) || isRunning(prep.against));
  const timer = app.stores.roundTimer.getState();
  const shown = currentPeriod({ format, periodIndex });
  const last = periodIndex === format.periods.length - 1;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    // Space presses the focused button, as everywhere: on a clock, that starts or pauses it.
    if (key === "n") timer.next();
    else if (key === "p") timer.previous();
    else if (key === "r") timer.reset();
    else if (key === "1") timer.togglePrep("for");
    else if (key === "2") timer.togglePrep("against");
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const who =
    shown.kind === "speech"
      ? names[shown.side]
      : shown.asks === "both"
        ? "both sides ask"
        : `${names[shown.asks]} asks`;

  return (
    <section
      className="round-timer"
      aria-label="Round timer"
      aria-keyshortcuts="Space N P R 1 2"
      onKeyDown={onKeyDown}
    >
      <p className="round-timer-period">
        <span className="round-timer-step">
          {periodIndex + 1} of {format.periods.length}
        </span>{" "}
        <strong>{shown.id}</strong> {shown.name} ({who}, {shown.minutes} min)
      </p>
      <ClockFace
        label={shown.id}
        clock={period}
        now={now}
        inUse={active === "period"}
        onPress={() => timer.togglePeriod()}
        large
      />
      <div className="round-timer-buttons">
        <button type="button" onClick={() => timer.previous()} disabled={periodIndex === 0}>
          Previous
        </button>
        <button type="button" onClick={() => timer.next()} disabled={last}>
          Next
        </button>
        <button type="button" onClick={() => timer.reset()}>
          Reset
        </button>
      </div>

      <div className="round-timer-prep">
        {(["for", "against"] as const).map((side, i) => (
          <ClockFace
            key={side}
            label={`${names[side]} prep`}
            clock={prep[side]}
            now={now}
            inUse={active === side}
            onPress={() => timer.togglePrep(side)}
            shortcut={String(i + 1)}
          />
        ))}
      </div>

      <ol className="round-timer-periods" aria-label="Periods of the round">
        {format.periods.map((entry, index) => (
          <li key={entry.id} aria-current={index === periodIndex ? "step" : undefined}>
            <button type="button" onClick={() => timer.goToPeriod(index)}>
              {entry.id} {entry.minutes} min{entry.kind === "cross-examination" ? " (questions)" : ""}
            </button>
          </li>
        ))}
      </ol>

      <p className="prep-note" id="round-timer-keys">
        Keys, with the focus on the timer: <kbd>Space</kbd> on a clock starts or pauses it, <kbd>N</kbd> and{" "}
        <kbd>P</kbd> go to the next or previous period, <kbd>R</kbd> resets the clock in use, <kbd>1</kbd> and{" "}
        <kbd>2</kbd> start or pause the {names.for} and {names.against} prep clocks.
      </p>
    </section>
  );
}

/** A clock as a button: pressing it (a click, Space or Enter) starts or pauses it. */
function ClockFace(props: {
  label: string;
  clock: DebateClock;
  now: number;
  inUse: boolean;
  onPress: () => void;
  shortcut?: string;
  large?: boolean;
}) {
  const left = timeLeft(props.clock, props.now);
  const running = isRunning(props.clock);
  const over = left < 0;
  const state = over ? "over time" : running ? "running" : "stopped";
  const classes = [
    "round-timer-clock",
    props.large ? "large" : "",
    running ? "running" : "",
    over ? "overrun" : "",
    props.inUse ? "in-use" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <button
      type="button"
      className={classes}
      data-clock={props.label}
      data-running={running}
      // Pressed while it runs; its name is what it shows (the period, the time, the state).
      aria-pressed={running}
      aria-keyshortcuts={props.shortcut}
      onClick={props.onPress}
    >
      <span className="round-timer-label">
        {props.label}
        {props.shortcut ? ` (${props.shortcut})` : ""}
      </span>
      <span className="round-timer-digits">{formatClock(left)}</span>
      <span className="round-timer-state">
        {capitalise(state)}
        {props.inUse ? ", in use" : ""}
      </span>
    </button>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The time now, redrawn every REDRAW_MS while `ticking`, and when a hidden tab is shown again. */
function useNow(ticking: boolean): number {
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!ticking) return;
    const interval = setInterval(redraw, REDRAW_MS);
    document.addEventListener("visibilitychange", redraw);
    return () => {
      clearInterval(interval);
      document.removeEventListener("visibilitychange", redraw);
    };
  }, [ticking]);
  return Date.now();
}
