/** `warrant convert --to svg`: a picture of the map that other programs can open. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import type { ArgumentMap } from "../../../src/model/schema";
import { memoryIo } from "../../helpers/memory-io";
import { elementsOf, parseSvg, shownTexts, words } from "../../helpers/svg-picture";

const essayText = readFileSync("fixtures/icc-essay.argmap.json", "utf8");
const essay = JSON.parse(essayText) as ArgumentMap;

describe("warrant convert --to svg", () => {
  it("writes the essay map as an SVG picture with every label as text, and nothing to run", async () => {
    const io = memoryIo({ "essay.json": essayText });
    expect(await runCli(["convert", "essay.json", "--to", "svg", "-o", "essay.svg"], io)).toBe(0);
    // What a picture does not show is said, one line each, as for every format (field-losses.ts).
    const lines = io.err.trimEnd().split("\n");
    expect(lines.every((line) => line.startsWith("dropped: "))).toBe(true);
    expect(lines).toContain(
      `dropped: the base scores of ${essay.nodes.filter((n) => n.base !== undefined).length} points`,
    );
    expect(lines).toContain(`dropped: ${essay.sources?.length} sources`);
    expect(lines.some((line) => /label|words|kind/.test(line))).toBe(false);
    const svg = io.files.get("essay.svg") as string;
    expect(Buffer.byteLength(svg)).toBeLessThan(400 * 1024);
    expect(svg).not.toMatch(/foreignObject|<script/i);
    const root = parseSvg(svg);
    const elements = elementsOf(root);
    for (const element of elements)
      for (const name of element.attributes.keys()) expect(name).not.toMatch(/^on/i);
    const shown = shownTexts(root).map(words);
    expect(essay.nodes).toHaveLength(47);
    for (const node of essay.nodes) expect(shown).toContain(words(node.label ?? node.text));
    const styles = new Set(
      elements
        .filter((element) => element.name === "path" && element.attributes.has("marker-end"))
        .map((path) => path.attributes.get("stroke-dasharray") ?? "solid"),
    );
    expect(styles.size).toBeGreaterThanOrEqual(3);
  });

  it("writes to standard output without -o", async () => {
    const io = memoryIo({ "essay.json": essayText });
    expect(await runCli(["convert", "essay.json", "--to", "svg"], io)).toBe(0);
    expect(io.out).toMatch(/^<\?xml[\s\S]*<svg [\s\S]*<\/svg>\n$/);
  });
});
