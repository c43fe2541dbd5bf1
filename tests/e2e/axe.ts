/** Runs axe-core in a page and returns its serious and critical findings, one readable line each. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/**
 * `within`: a CSS selector for the part to check (the whole page by default). The script goes in
 * through the browser's debugging protocol, which the page's security policy does not govern, so the
 * policy stays exactly as shipped.
 */
export async function seriousAccessibilityProblems(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const findings = await page.evaluate(async (selector) => {
    const run = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: Finding[] }> };
      }
    ).axe.run;
    const result = await run(selector ?? document, { resultTypes: ["violations"] });
    return result.violations;
  }, within);
  return findings
    .filter((finding) => finding.impact === "serious" || finding.impact === "critical")
    .map(
      (finding) =>
        `${finding.id} (${finding.impact}): ${finding.help}, on ${finding.nodes.length} elements, first ${JSON.stringify(finding.nodes[0]?.target)}`,
    );
}
