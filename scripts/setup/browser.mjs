// The Chromium that the browser tests drive: one lookup for `npm test`, the browser tests and the browser
// benchmarks, and the one place that knows how to install it on Debian. The decision is a pure function of
// the machine's facts (passed in), so that every case can be tested without removing a browser.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";

export const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
const CHROMIUM_PACKAGE = "chromium";
// What the tests need beside Chromium, and what goes wrong without each.
const HELPER_PACKAGES = {
  // Pages measure and draw text; without a font package Debian's Chromium has nothing to draw it with.
  "fonts-dejavu-core": "pages may draw text without a font",
  // rsvg-convert, with which the tests check that other programs draw Warrant's SVG pictures.
  "librsvg2-bin": "the test of SVG pictures in librsvg cannot run",
};

/**
 * Where Chromium is: CHROMIUM_PATH when it is set, otherwise the first of the usual places that exists.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean }} [machine]
 * @returns {{ path: string | undefined, fromEnv: string | undefined }} fromEnv: a CHROMIUM_PATH with no file
 */
export function findChromium({ env = process.env, exists = existsSync } = {}) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return exists(fromEnv) ? { path: fromEnv, fromEnv: undefined } : { path: undefined, fromEnv };
  return { path: CHROMIUM_CANDIDATES.find((path) => exists(path)), fromEnv: undefined };
}

/**
 * @typedef {object} Machine
 * @property {Record<string, string | undefined>} env
 * @property {(path: string) => boolean} exists
 * @property {boolean} isRoot
 * @property {boolean} hasAptGet Debian's (or Ubuntu's) package manager is on the PATH
 * @property {(name: string) => boolean | undefined} debianPackageInstalled undefined where there is no dpkg
 */

/**
 * What to do before the browser tests: go ahead, install Debian packages first, or stop with a message
 * that names the command to run.
 * @param {Machine} machine
 * @returns {{ action: "ready", chromium: string, warning?: string }
 *   | { action: "install", packages: string[] }
 *   | { action: "stop", message: string }}
 */
export function planBrowserSetup(machine) {
  const chromium = findChromium(machine);
  if (chromium.fromEnv) {
    return {
      action: "stop",
      message:
        `CHROMIUM_PATH is set to ${chromium.fromEnv}, but there is no file there. ` +
        "Point it at a Chromium or Chrome executable, or unset it to use an installed Chromium.",
    };
  }
  const missing = [];
  if (!chromium.path) missing.push(CHROMIUM_PACKAGE);
  for (const name of Object.keys(HELPER_PACKAGES)) {
    if (machine.debianPackageInstalled(name) === false) missing.push(name);
  }
  if (missing.length > 0 && machine.hasAptGet && machine.isRoot)
    return { action: "install", packages: missing };
  if (chromium.path) {
    return missing.length === 0
      ? { action: "ready", chromium: chromium.path }
      : {
          action: "ready",
          chromium: chromium.path,
          warning: `${missing.map((name) => `${name} is not installed, so ${HELPER_PACKAGES[name]}`).join("; ")}: ${installCommand(machine, missing)}`,
        };
  }
  const install = machine.hasAptGet
    ? `Install it with:\n  ${installCommand(machine, [CHROMIUM_PACKAGE, ...Object.keys(HELPER_PACKAGES)])}\nthen run npm test again.`
    : "Install Chromium or Google Chrome, then run:\n  CHROMIUM_PATH=/path/to/chromium npm test";
  return {
    action: "stop",
    message:
      `The browser tests need Chromium and none was found (looked for ${CHROMIUM_CANDIDATES.join(", ")}). ` +
      `${install}\n(npm run check runs every other test without it.)`,
  };
}

function installCommand(machine, packages) {
  return `${machine.isRoot ? "" : "sudo "}apt-get install -y ${packages.join(" ")}`;
}

/** The facts of the machine this process runs on. */
export function thisMachine() {
  return {
    env: process.env,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath("apt-get", process.env.PATH ?? ""),
    debianPackageInstalled(name) {
      if (!onPath("dpkg", process.env.PATH ?? "")) return undefined;
      return spawnSync("dpkg", ["-s", name], { stdio: "ignore" }).status === 0;
    },
  };
}

function onPath(command, path) {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((folder) => {
      try {
        accessSync(join(folder, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * Makes Chromium ready on this machine, installing Debian's packages where it may.
 * @returns {{ chromium: string } | { problem: string }}
 */
export function prepareBrowser(machine = thisMachine()) {
  const plan = planBrowserSetup(machine);
  if (plan.action === "install") {
    console.log(`Installing for the browser tests: apt-get install -y ${plan.packages.join(" ")}`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const quiet = { stdio: ["ignore", "ignore", "inherit"], env };
    const update = spawnSync("apt-get", ["update", "-qq"], quiet);
    const install =
      update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", ...plan.packages], quiet) : update;
    if (install.status !== 0) {
      return { problem: `apt-get could not install ${plan.packages.join(" ")} (exit ${install.status}).` };
    }
    const installed = findChromium(machine).path;
    if (installed) return { chromium: installed };
    return { problem: `apt-get installed ${plan.packages.join(" ")}, but there is still no Chromium.` };
  }
  if (plan.action === "stop") return { problem: plan.message };
  if (plan.warning) console.warn(plan.warning);
  return { chromium: plan.chromium };
}
