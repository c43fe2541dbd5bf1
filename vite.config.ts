/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { configDefaults } from "vitest/config";
import { contentSecurityPolicy } from "./scripts/content-security-policy.ts";

/**
 * Test files that replace a module with vi.mock. They run with a module registry of their own; every other
 * file shares one per worker, which spares importing React, React Flow, zod and the model afresh for each
 * file (most of what the tests cost), so a mock there would leak into the files after it.
 * tests/unit/test-isolation.test.ts checks that this list names every such file.
 */
export const MOCKING_TEST_FILES = [
  "tests/component/edit-render-count.test.tsx",
  "tests/component/node-render-count.test.tsx",
  "tests/component/score-render-count.test.tsx",
];

const component = { environment: "jsdom" as const, setupFiles: ["tests/component/setup.ts"] };

// One config for the app and its tests: vitest reads the `test` block below.
export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // A service worker that precaches the built files, so the app loads offline after a first visit.
    VitePWA({
      // Registered by src/ui/startup/register-service-worker.ts, so no script is added to the page.
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg}"],
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // The browser tests' build sets this to true (tests/e2e/global-setup.ts); see src/ui/crash/TestFault.tsx.
  define: { __WARRANT_TEST_FAULTS__: "false" },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { outDir: "dist", sourcemap: true, chunkSizeWarningLimit: 1500 },
  worker: { format: "es" },
  test: {
    // A time-out is there to catch a hang: on two cores shared with other jobs, a property test that takes
    // one second alone can take ten, so the default of five seconds failed tests that were only slow. The
    // slowest (pictures of maps with any text) takes 7 s alone, 15 s with a core kept busy and over 30 s
    // with both busy.
    testTimeout: 90_000,
    // Vitest leaves one core free by default, which on a two-core machine runs every file one after another;
    // two workers halve the unit run (60 s to 40 s here). The browser tests use both too.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "tests/property/**/*.test.ts"],
          // One module registry for all the files (see MOCKING_TEST_FILES), so a test that changes
          // module state (a store, fake timers, a global) sets it up in beforeEach and puts it back
          // after, as it must anyway for the other tests of its own file.
          isolate: false,
          // The CLI tests run the built command, so build it from the current source first.
          globalSetup: ["tests/helpers/build-cli.global.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          ...component,
          include: ["tests/component/**/*.test.tsx"],
          exclude: [...configDefaults.exclude, ...MOCKING_TEST_FILES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "component-mocking", ...component, include: MOCKING_TEST_FILES },
      },
      {
        extends: true,
        test: {
          name: "package",
          environment: "node",
          include: ["tests/package/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          // Playwright is imported once per worker rather than once per file; the helpers keep no state.
          isolate: false,
          globalSetup: ["tests/e2e/global-setup.ts"],
          // A limit for a test that hangs, not a measure of speed: the longest take about 20 s here, and a
          // machine busy with other work can take twice that or more.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll gives up after one second by default. A state the page reaches after loading a
          // chunk or a worker can take longer than that on a busy two-core machine; a poll still ends as
          // soon as what it waits for is there, so a longer limit costs nothing when all goes well.
          expect: { poll: { timeout: 15_000 } },
          // Two files at a time (maxWorkers above), each with a browser of its own: a browser test spends
          // much of its time waiting on the page, so two of them share two cores well (the whole browser
          // run went from about 460 s to 340 s here). Every test waits on states, never on the clock, so
          // the sharing slows them without making them flaky.
          fileParallelism: true,
        },
      },
    ],
  },
});
