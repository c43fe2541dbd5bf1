/**
 * The Prep tab's timer on screen: the keys work wherever the focus is inside it (and go no further, so
 * the canvas never sees them), the digits count down while a clock runs and stand still while it is
 * paused, an overrun shows as time below zero, and the keys are written out beside it.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import { PrepPanel } from "../../src/ui/prep/PrepPanel";
import { smallMap } from "../helpers/small-map";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

const clockButton = (label: string) =>
  document.querySelector(`.round-timer-clock[data-clock="${label}"]`) as HTMLButtonElement;
const digits = (label: string) => clockButton(label).querySelector(".round-timer-digits")?.textContent;

describe("the round timer on screen", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    app.stores.document.getState().openDocument(smallMap(), "small-map");
    const timer = app.stores.roundTimer.getState();
    timer.goToPeriod(0);
    // A fresh round: prep clocks full.
    app.stores.roundTimer.setState({ prep: app.stores.roundTimer.getInitialState().prep });
    app.stores.prepView.getState().show("timer");
  });
  afterEach(() => {
    vi.useRealTimers();
    app.stores.prepView.getState().show("checklist");
  });

  it("starts and pauses when its clock is pressed, steps periods by N and P, resets by R", () => {
    renderInApp(app, <PrepPanel />);
    const timer = screen.getByRole("region", { name: "Round timer" });
    expect(digits("OF")).toBe("4:00");
    // Space on a button presses it: the browser turns it into a click.
    fireEvent.click(clockButton("OF"));
    act(() => vi.advanceTimersByTime(61_000));
    expect(digits("OF")).toBe("2:59");
    fireEvent.click(clockButton("OF"));
    act(() => vi.advanceTimersByTime(30_000));
    expect(digits("OF")).toBe("2:59");
    expect(clockButton("OF").getAttribute("data-running")).toBe("false");

    const outside = vi.fn();
    document.addEventListener("keydown", outside);
    fireEvent.keyDown(clockButton("OF"), { key: "r" });
    expect(digits("OF")).toBe("4:00");
    fireEvent.keyDown(clockButton("OF"), { key: "n" });
    expect(timer.textContent).toContain("OA");
    expect(digits("OA")).toBe("4:00");
    fireEvent.keyDown(clockButton("OA"), { key: "N" });
    fireEvent.keyDown(clockButton("RF"), { key: "p" });
    expect(clockButton("OA")).toBeTruthy();
    // The timer's keys stop at the timer.
    expect(outside).not.toHaveBeenCalled();
    document.removeEventListener("keydown", outside);
  });

  it("runs the prep clocks by 1 and 2, one clock at a time, and shows an overrun", () => {
    renderInApp(app, <PrepPanel />);
    fireEvent.keyDown(clockButton("OF"), { key: "1" });
    act(() => vi.advanceTimersByTime(20_000));
    expect(digits("For prep")).toBe("1:40");
    fireEvent.keyDown(clockButton("OF"), { key: "2" });
    act(() => vi.advanceTimersByTime(130_000));
    expect(digits("For prep")).toBe("1:40");
    expect(digits("Against prep")).toBe("-0:10");
    expect(clockButton("Against prep").className).toContain("overrun");
    expect(clockButton("Against prep").textContent).toContain("Over time");
  });

  it("writes out its keys", () => {
    renderInApp(app, <PrepPanel />);
    const note = screen.getByText(/Keys, with the focus on the timer/);
    for (const key of ["Space", "N", "P", "R", "1", "2"])
      expect(note.innerHTML).toContain(`<kbd>${key}</kbd>`);
  });
});
