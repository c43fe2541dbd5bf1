/** What `npm test` does about Chromium on each kind of machine, and how it stops when it cannot go on. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CHROMIUM_CANDIDATES, planBrowserSetup } from "../../../scripts/setup/browser.mjs";

interface FakeMachine {
  files?: string[];
  env?: Record<string, string>;
  isRoot?: boolean;
  hasAptGet?: boolean;
  /** Debian packages installed; undefined for a machine without dpkg. */
  debianPackages?: string[];
}

function machine({ files = [], env = {}, isRoot = false, hasAptGet = false, debianPackages }: FakeMachine) {
  return {
    env,
    exists: (path: string) => files.includes(path),
    isRoot,
    hasAptGet,
    debianPackageInstalled: (name: string) => debianPackages?.includes(name),
  };
}

const HELPERS = ["fonts-dejavu-core", "librsvg2-bin"];
const debian = { hasAptGet: true, debianPackages: HELPERS };

describe("planBrowserSetup", () => {
  it("goes ahead with the first usual Chromium found", () => {
    const plan = planBrowserSetup(machine({ ...debian, files: [CHROMIUM_CANDIDATES[1]!] }));
    expect(plan).toEqual({ action: "ready", chromium: CHROMIUM_CANDIDATES[1] });
  });

  it("prefers CHROMIUM_PATH to the usual places", () => {
    const files = ["/opt/chrome/chrome", CHROMIUM_CANDIDATES[0]!];
    const plan = planBrowserSetup(
      machine({ ...debian, files, env: { CHROMIUM_PATH: "/opt/chrome/chrome" } }),
    );
    expect(plan).toEqual({ action: "ready", chromium: "/opt/chrome/chrome" });
  });

  it("installs Chromium and the font as root where apt-get is", () => {
    expect(planBrowserSetup(machine({ isRoot: true, hasAptGet: true, debianPackages: [] }))).toEqual({
      action: "install",
      packages: ["chromium", ...HELPERS],
    });
    expect(planBrowserSetup(machine({ ...debian, isRoot: true }))).toEqual({
      action: "install",
      packages: ["chromium"],
    });
  });

  it("installs a missing font or rsvg-convert even when Chromium is there", () => {
    const files = [CHROMIUM_CANDIDATES[0]!];
    expect(planBrowserSetup(machine({ files, isRoot: true, hasAptGet: true, debianPackages: [] }))).toEqual({
      action: "install",
      packages: HELPERS,
    });
    const fontOnly = machine({ files, isRoot: true, hasAptGet: true, debianPackages: ["fonts-dejavu-core"] });
    expect(planBrowserSetup(fontOnly)).toEqual({ action: "install", packages: ["librsvg2-bin"] });
  });

  it("without root, goes ahead without the font but names the command that installs it", () => {
    const plan = planBrowserSetup(
      machine({ files: [CHROMIUM_CANDIDATES[0]!], hasAptGet: true, debianPackages: [] }),
    );
    expect(plan).toMatchObject({ action: "ready", chromium: CHROMIUM_CANDIDATES[0] });
    expect(plan.action === "ready" && plan.warning).toContain("pages may draw text without a font");
    expect(plan.action === "ready" && plan.warning).toContain(
      "sudo apt-get install -y fonts-dejavu-core librsvg2-bin",
    );
  });

  it("without root, stops with the sudo command that installs Chromium", () => {
    const plan = planBrowserSetup(machine(debian));
    expect(plan.action).toBe("stop");
    expect(plan.action === "stop" && plan.message).toContain(
      "Install it with:\n  sudo apt-get install -y chromium fonts-dejavu-core librsvg2-bin\nthen run npm test again.",
    );
  });

  it("without apt-get, stops and says how to point the tests at a browser", () => {
    const plan = planBrowserSetup(machine({ isRoot: true }));
    expect(plan.action).toBe("stop");
    expect(plan.action === "stop" && plan.message).toContain("CHROMIUM_PATH=/path/to/chromium npm test");
    expect(plan.action === "stop" && plan.message).not.toContain("apt-get");
  });

  it("never installs over a CHROMIUM_PATH that points nowhere", () => {
    const plan = planBrowserSetup(
      machine({
        ...debian,
        isRoot: true,
        files: [CHROMIUM_CANDIDATES[0]!],
        env: { CHROMIUM_PATH: "/nowhere" },
      }),
    );
    expect(plan).toEqual({
      action: "stop",
      message: expect.stringContaining("CHROMIUM_PATH is set to /nowhere, but there is no file there."),
    });
  });
});

describe("npm test without a usable Chromium", () => {
  it("stops at once with the reason and a non-zero exit, before running any test", () => {
    const result = spawnSync(process.execPath, ["scripts/test.mjs"], {
      encoding: "utf8",
      env: { ...process.env, CHROMIUM_PATH: "/nowhere/chromium" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("CHROMIUM_PATH is set to /nowhere/chromium, but there is no file there.");
    expect(result.stdout).toBe("");
  });
});
