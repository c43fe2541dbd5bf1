/** dagre's code, loaded on demand: loaded once, a failure told and retried, listeners told of each change. */
import { describe, expect, it } from "vitest";
import { layeredLayoutCode } from "../../../src/ui/layout/layered-layout-code";
import type { LayeredLayout } from "../../../src/ui/layout/layout-map";

const layout: LayeredLayout = () => new Map();

function deferred() {
  let settle = { resolve: (_: LayeredLayout) => {}, reject: (_: Error) => {} };
  const promise = new Promise<LayeredLayout>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

describe("the layered layout's code", () => {
  it("is fetched once however often it is asked for, and is there once loaded", async () => {
    let fetches = 0;
    const next = deferred();
    const code = layeredLayoutCode(() => {
      fetches++;
      return next.promise;
    });
    expect(code.current()).toBeNull();
    const first = code.load();
    const second = code.load();
    expect(fetches).toBe(1);
    next.resolve(layout);
    await Promise.all([first, second]);
    expect(code.current()).toBe(layout);
    await code.load();
    expect(fetches).toBe(1);
  });

  it("says why it failed, and a retry fetches it again", async () => {
    const attempts = [deferred(), deferred()];
    let fetches = 0;
    const code = layeredLayoutCode(() => (attempts[fetches++] as ReturnType<typeof deferred>).promise);
    let changes = 0;
    code.subscribe(() => changes++);
    const failing = code.load();
    attempts[0]?.reject(new Error("Failed to fetch dynamically imported module"));
    await failing;
    expect(code.current()).toBeNull();
    expect(code.failure()).toBe("Failed to fetch dynamically imported module");
    const retry = code.load();
    expect(code.failure()).toBeNull();
    attempts[1]?.resolve(layout);
    await retry;
    expect(fetches).toBe(2);
    expect(code.current()).toBe(layout);
    expect(code.failure()).toBeNull();
    expect(changes).toBe(4);
  });
});

describe("fetching the layered layout's code ahead of need", () => {
  it("keeps a failure quiet unless a map asked for the code while it loaded", async () => {
    const attempts = [deferred(), deferred()];
    let fetches = 0;
    const code = layeredLayoutCode(() => (attempts[fetches++] as ReturnType<typeof deferred>).promise);
    const quiet = code.prefetch();
    attempts[0]?.reject(new Error("offline"));
    await quiet;
    expect(code.failure()).toBeNull();
    const ahead = code.prefetch();
    const needed = code.load();
    attempts[1]?.reject(new Error("offline"));
    await Promise.all([ahead, needed]);
    expect(fetches).toBe(2);
    expect(code.failure()).toBe("offline");
  });
});
