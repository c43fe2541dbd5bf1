/**
 * A fresh app for each test, in Node: its own stores, commands and library (in memory unless the test
 * gives storage), nothing shared with any other test. `renderInApp` draws a view inside it, as main.tsx
 * does on the page.
 */
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, beforeEach } from "vitest";
import type { AppEnvironment } from "../../src/app/app-environment";
import { type App, createApp } from "../../src/app/create-app";
import type { KeepEnvironment } from "../../src/app/library/keep-core";
import { AppProvider } from "../../src/ui/app-context";
import { bindKeepToPage } from "../../src/ui/startup/bind-keep-to-page";

const running = new Set<App>();

/** Made for one test; `stopTestApps` (in an afterEach) writes what is pending and lets go of it. */
export function testApp(environment: AppEnvironment = {}): App {
  const app = createApp(environment);
  running.add(app);
  return app;
}

export function stopTestApps(): void {
  for (const app of running) app.stop();
  running.clear();
}

export function renderInApp(app: App, ui: ReactElement) {
  return render(ui, { wrapper: ({ children }) => <AppProvider app={app}>{children}</AppProvider> });
}

/**
 * For a test file whose tests start the library as a page load does: `current.app` is a fresh app
 * before each test, and `current.startKeep(keep)` replaces it with one whose library runs on the page
 * (unload, other tabs) on the storage the test gives, and starts it.
 */
export function appForEachTest() {
  const current = {
    app: undefined as unknown as App,
    startKeep(keep: Partial<KeepEnvironment> = {}) {
      current.app = testApp({ keep, bindPage: bindKeepToPage });
      return current.app.startKeep();
    },
  };
  beforeEach(() => {
    current.app = testApp();
  });
  afterEach(stopTestApps);
  return current;
}
