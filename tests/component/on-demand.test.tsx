/**
 * A part whose code loads on demand: it says it is loading, says so when its code cannot be fetched and
 * loads on "Try again", and that failure is not a failure to draw the map (saving goes on); an error the
 * loaded part throws still reaches the PartBoundary around it, which stops saving.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { MemoryStorage } from "../../src/store/persistence/storage-port";
import { PartBoundary } from "../../src/ui/crash/PartBoundary";
import { onDemand, onDemandWhile } from "../../src/ui/on-demand/on-demand";
import { appForEachTest, renderInApp } from "../helpers/test-app";

const current = appForEachTest();
const startKeep = current.startKeep;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const Greeting = ({ name }: { name: string }) => <p>Hello, {name}</p>;

const Broken = (): never => {
  throw new Error("cannot draw this");
};

beforeEach(() => {
  current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
  current.app.stores.keep.setState(initialKeepState, true);
  startKeep({ openStorage: () => ({ kind: "browser", storage: new MemoryStorage() }) });
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  current.app.stop();
  vi.restoreAllMocks();
});

describe("a part loaded on demand", () => {
  it("shows that it is loading, then the part with its props", async () => {
    const code = deferred<typeof Greeting>();
    const Part = onDemand("the greeting", () => code.promise);
    renderInApp(current.app, <Part name="Ada" />);
    expect(screen.getByRole("status").textContent).toBe("Loading the greeting…");
    await act(async () => code.resolve(Greeting));
    expect(screen.getByText("Hello, Ada")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says when its code cannot be fetched, keeps saving, and loads on Try again", async () => {
    let attempts = 0;
    const Part = onDemand("the greeting", async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return Greeting;
    });
    renderInApp(
      current.app,
      <PartBoundary part="The tab">
        <Part name="Ada" />
      </PartBoundary>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The greeting could not be loaded");
    expect(alert.textContent).toContain("Failed to fetch dynamically imported module");
    expect(alert.textContent).not.toContain("could not be shown");
    expect(current.app.stores.keep.getState().status.state).not.toBe("stopped");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Hello, Ada")).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it("passes an error of the loaded part to the boundary around it, which stops saving", async () => {
    const Part = onDemand("the broken part", async () => Broken);
    renderInApp(
      current.app,
      <PartBoundary part="The tab">
        <Part />
      </PartBoundary>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The tab could not be shown");
    expect(alert.textContent).toContain("cannot draw this");
    expect(current.app.stores.keep.getState().status.state).toBe("stopped");
  });

  it("loads a part that is there only at times the first time it is shown", async () => {
    let loads = 0;
    let shown = false;
    const Part = onDemandWhile(
      () => shown,
      "the greeting",
      async () => {
        loads += 1;
        return Greeting;
      },
    );
    const { rerender } = renderInApp(current.app, <Part name="Ada" />);
    expect(loads).toBe(0);
    expect(screen.queryByRole("status")).toBeNull();
    shown = true;
    rerender(<Part name="Ada" />);
    expect(await screen.findByText("Hello, Ada")).toBeTruthy();
    expect(loads).toBe(1);
  });
});
