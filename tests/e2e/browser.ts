/** Opens the served app in headless Chromium and records what the page logs, for the browser tests. */
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_FLAGS } from "./chromium-path";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_FLAGS, headless: true });
}

export interface OpenedPage {
  page: Page;
  /**
   * Console errors and uncaught exceptions seen since the page opened, and, as errors too, every request
   * to another origin and every report of the Content Security Policy refusing something.
   */
  errors: string[];
}

/**
 * `context`: one made with options of its own (reduced motion, say); a new one by default, in which the
 * app's service worker is not registered. All it does is keep the built files for offline visits
 * (trust-offline-private.test.ts, which makes contexts that allow it, shows that it does), and fetching
 * every file into its cache on each first visit would cost each test about a fifth more of the machine.
 */
export async function openApp(
  browser: Browser,
  path = "/",
  viewport = { width: 1280, height: 800 },
  context?: BrowserContext,
): Promise<OpenedPage> {
  context ??= await browser.newContext({ viewport, serviceWorkers: "block" });
  const errors: string[] = [];
  watchPrivacy(context, errors);
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(path, inject("baseUrl")).href);
  return { page, errors };
}

/**
 * Nothing leaves the machine and the page's security policy is never broken: a request to any origin
 * but the app's, and any `securitypolicyviolation` event, in any page or worker of the context, is
 * recorded in `errors`, which the tests expect to stay empty.
 */
export function watchPrivacy(context: BrowserContext, errors: string[]): void {
  const origin = new URL(inject("baseUrl")).origin;
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== origin) errors.push(`request to another origin: ${request.url()}`);
  });
  void context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} refused ${event.blockedURI || "inline code"}`);
    });
  });
}

/**
 * Waits until no autosave write is still to come (the page's AutosaveController is quiet), so a test can
 * show that something was never saved without waiting for the clock to pass the autosave's delay.
 */
export async function autosaveQuiet(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    (window as unknown as { warrantAutosaveQuiet(): boolean }).warrantAutosaveQuiet(),
  );
}

/**
 * Waits until the map's view has stopped moving (a zoom or a fit may animate): its transform the same over
 * ten frames in a row, counted by the page's own frames rather than by the clock. Returns the transform.
 */
export async function viewAtRest(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const read = () =>
          (document.querySelector(".react-flow__viewport") as HTMLElement | null)?.style.transform ?? "";
        let last = read();
        let still = 0;
        const frame = () => {
          const now = read();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 10) resolve(now);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}
