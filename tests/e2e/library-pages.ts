/** What the library's browser tests read from a page, and how they end one as a crash would. */
import type { Page } from "playwright-core";

/** The text of every map the library stores (not its list entries, nor words kept as they are typed). */
export const storedMapsText = (page: Page) =>
  page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith("warrant:map:"))
      .map(([, value]) => value)
      .join("\n"),
  );

/**
 * Crashes the tab, as running out of memory or a killed process does: no pagehide, no last write. The
 * protocol never answers the command (its page is gone), so the page's crash event is what is waited on.
 */
export async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent("crash");
  void cdp.send("Page.crash").catch(() => {});
  await crashed;
}
