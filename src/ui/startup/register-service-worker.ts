/**
 * After the first visit the app loads and works with the network off: the service worker that the
 * build generates (vite-plugin-pwa, see vite.config.ts) keeps every built file and answers from there.
 * Only built pages register it; the dev server serves files that change as they are edited. The mode,
 * not import.meta.env.PROD, says which: PROD follows NODE_ENV, which a build run by the test runner has
 * set to "test".
 */
export function registerServiceWorker(): void {
  if (import.meta.env.MODE !== "production" || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      // Without it the app still works online; say why it will not work offline.
      console.warn(
        `Warrant will not work offline: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  });
}
