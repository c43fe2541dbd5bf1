/**
 * What the app gets from a page of the browser: the library in local storage, bound to the page
 * (flush when hidden, other tabs, share links), scores of big maps worked out in a worker (the
 * default of create-stores.ts), and the browser's full screen for presentations.
 */
import type { AppEnvironment, FullScreenPort } from "../../app/app-environment";
import { bindKeepToPage, browserKeepEnvironment } from "./bind-keep-to-page";

const browserFullScreen: FullScreenPort = {
  async enter() {
    const page = document.documentElement;
    if (!document.fullscreenEnabled || typeof page.requestFullscreen !== "function") return false;
    await page.requestFullscreen();
    return true;
  },
  exit() {
    void document.exitFullscreen().catch(() => {});
  },
  active() {
    return document.fullscreenElement !== null;
  },
};

export function browserEnvironment(): AppEnvironment {
  return { keep: browserKeepEnvironment(), bindPage: bindKeepToPage, fullScreen: browserFullScreen };
}
