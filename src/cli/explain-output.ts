/**
 * What `warrant score --explain <id>` prints: the contributions of every point that can reach the
 * explained point, as one JSON object or as a table in words, Shapley contributions first (they add up
 * to the change from the base to the strength), removal beside them.
 */
import type { ContributionReport } from "../analysis";
import type { ArgNode, ArgumentMap } from "../model/schema";
import { renderTable, words } from "./score-table";

export function explainJson(report: ContributionReport): string {
  const object = {
    semantics: report.semantics,
    node: report.node,
    base: report.base,
    strength: report.strength,
    ...(standsAtBase(report) ? {} : { alone: report.alone }),
    contributions: report.contributions.map((c) => ({
      id: c.id,
      shapley: c.shapley,
      removal: c.removal,
      ...(report.estimated ? { standardError: c.standardError } : {}),
    })),
    estimated: report.estimated,
    ...(report.estimated ? { standardError: report.standardError, permutations: report.permutations } : {}),
    ...(report.converged ? {} : { converged: false, unsettled: report.unsettled }),
  };
  return `${JSON.stringify(object, null, 2)}\n`;
}

export function explainTable(doc: ArgumentMap, report: ContributionReport): string {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const node = byId.get(report.node) as ArgNode;
  const change = report.strength - report.alone;
  const lines = [
    `${report.node} (${words(node)}) under ${report.semantics}: base ${fixed(report.base)}, strength ${fixed(report.strength)}, a change of ${signed(report.strength - report.base)}.`,
  ];
  if (!standsAtBase(report)) {
    lines.push(
      `It attacks itself, so on its own it stands at ${fixed(report.alone)}; the contributions add up to the change from there, ${signed(change)}.`,
    );
  }
  if (report.contributions.length === 0) {
    lines.push("No other point supports, attacks or undercuts it, directly or through others.");
    return `${lines.join("\n")}\n`;
  }
  lines.push(
    `Each point's share of that change (Shapley contribution, adding up to ${signed(change)}), and what taking the point out would change (removal):`,
    "",
  );
  const rows = report.contributions.map((c) => {
    const point = byId.get(c.id) as ArgNode;
    return [signed(c.shapley), signed(c.removal), point.kind, c.id, words(point)];
  });
  const table = renderTable(["share", "removal", "kind", "id", "point"], rows, [0, 1]);
  const notes: string[] = [];
  if (report.estimated) {
    notes.push(
      `The shares are estimated from ${report.permutations.toLocaleString("en")} sampled orders of the ${report.contributions.length} points (exact up to 12 points); the largest standard error is ${report.standardError.toFixed(4)}.`,
    );
  }
  if (!report.converged) {
    notes.push(
      `${report.unsettled} of the maps with some points taken out did not settle on a cycle; their figures are the last ones reached.`,
    );
  }
  return `${lines.join("\n")}\n${table}${notes.length > 0 ? `\n${notes.join("\n")}\n` : ""}`;
}

/**
 * Alone, a point stands at its base, up to the last bit of a formula (Euler's gives 0.30000000000000004
 * for 0.3); only a point that attacks itself stands elsewhere.
 */
function standsAtBase(report: ContributionReport): boolean {
  return Math.abs(report.alone - report.base) < 1e-12;
}

function fixed(x: number): string {
  return x.toFixed(2);
}

function signed(x: number): string {
  const text = Math.abs(x).toFixed(2);
  if (text === "0.00") return "0.00";
  return `${x < 0 ? "-" : "+"}${text}`;
}
