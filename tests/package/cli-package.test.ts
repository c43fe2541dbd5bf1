/**
 * The packed package, as someone who wants only the command line tool gets it: `npm pack`, then
 * `npm install ./warrant-x.y.z.tgz` in an empty folder, then `npx warrant`. The CLI is one bundled file,
 * so the package has no dependencies and installs without the registry (`--offline` proves it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";
const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  version: string;
  dependencies?: Record<string, string>;
};

describe("the packed warrant package", () => {
  it("declares no dependencies: the app's libraries are bundled by Vite and the CLI's by esbuild", () => {
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it("installs into an empty folder without the registry, and its CLI runs", () => {
    const packed = mkdtempSync(join(tmpdir(), "warrant-pack-"));
    // npm pack runs the prepack script, which builds the command from the current source.
    const [report] = JSON.parse(
      execFileSync(NPM, ["pack", "--json", "--pack-destination", packed], { encoding: "utf8" }),
    ) as { filename: string; files: { path: string }[] }[];
    expect(report!.files.map((file) => file.path).sort()).toEqual([
      "README.md",
      "bin/warrant.js",
      "dist-cli/warrant.mjs",
      "package.json",
    ]);

    const user = mkdtempSync(join(tmpdir(), "warrant-user-"));
    // A folder of its own, as `npm init -y` makes it: without a package.json, npm installs into the nearest
    // folder above that has one, and the temporary folder may sit inside another project.
    writeFileSync(join(user, "package.json"), `${JSON.stringify({ name: "warrant-user", private: true })}\n`);
    const tarball = join(packed, report!.filename);
    execFileSync(NPM, ["install", "--offline", "--no-audit", "--no-fund", tarball], {
      cwd: user,
      stdio: "pipe",
    });
    copyFileSync("fixtures/icc-essay.argmap.json", join(user, "essay.json"));

    const help = spawnSync(NPX, ["--offline", "warrant", "--help"], { cwd: user, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: warrant <command>/);
    // The installed link itself, as npx found it: quicker than npx for the rest.
    const installed = join(user, "node_modules", ".bin", "warrant");
    const run = (...args: string[]) => {
      const result = spawnSync(installed, args, { cwd: user, encoding: "utf8" });
      // A command that could not be started at all says why, rather than failing on its empty output.
      expect(result.error?.message).toBeUndefined();
      return result;
    };
    expect(run("--version").stdout).toBe(`${manifest.version}\n`);
    const validate = run("validate", "essay.json");
    expect([validate.status, validate.stderr]).toEqual([0, ""]);
    // Argdown is read by @argdown/core, which the command loads only when it is needed.
    const argdown = run("convert", "essay.json", "--to", "argdown");
    expect(argdown.status).toBe(0);
    const back = spawnSync(installed, ["convert", "-", "--from", "argdown"], {
      cwd: user,
      encoding: "utf8",
      input: argdown.stdout,
    });
    expect(back.error?.message).toBeUndefined();
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout).nodes).toHaveLength(
      JSON.parse(readFileSync(join(user, "essay.json"), "utf8")).nodes.length,
    );
    const missing = run("validate", "missing.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
