/**
 * What librsvg (the SVG renderer of GNOME, Inkscape's exports and many slide tools' importers) makes of
 * `warrant convert --to svg`: `npm test` installs its `rsvg-convert` with Chromium (scripts/setup/browser.mjs).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { memoryIo } from "../helpers/memory-io";

/** Width and height from a PNG's header (its IHDR chunk). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the essay map's SVG in librsvg", () => {
  it("renders to a PNG of a page's shape", async () => {
    const io = memoryIo({ "essay.json": readFileSync("fixtures/icc-essay.argmap.json", "utf8") });
    expect(await runCli(["convert", "essay.json", "--to", "svg"], io)).toBe(0);
    const out = join(mkdtempSync(join(tmpdir(), "warrant-svg-")), "essay.png");
    const rendered = spawnSync("rsvg-convert", ["--format", "png", "--output", out], { input: io.out });
    expect(rendered.error?.message, "rsvg-convert (Debian: librsvg2-bin) is needed").toBeUndefined();
    expect(rendered.stderr.toString()).toBe("");
    expect(rendered.status).toBe(0);
    const { width, height } = pngSize(readFileSync(out));
    expect(width / height).toBeGreaterThanOrEqual(0.5);
    expect(width / height).toBeLessThanOrEqual(2.2);
    expect(width).toBeGreaterThan(600);
  });
});
