/**
 * The rules across records for the fields version 2 added: debates, presentations and the classroom.
 * `integrity.ts` and `format-warnings.ts` call these beside the version-1 rules; like them, they assume
 * the per-record schema has passed.
 */
import { customFormatRuleProblems, isCustomFormat } from "./custom-format";
import { debateFormat, flowSpeeches, formatOfMap } from "./debate-formats";
import type { GraphIndex } from "./graph-index";
import type { PathSegment } from "./problem";
import type { ArgumentMap } from "./schema";

type Report = (segments: PathSegment[], message: string) => void;

export function version2Errors(doc: ArgumentMap, report: Report): void {
  doc.edges.forEach((edge, i) => {
    if (edge.response !== undefined && edge.relation === "support") {
      report(
        ["edges", i, "response"],
        `only attack and undercut edges name a debate response; this edge is a support`,
      );
    }
  });
  doc.nodes.forEach((node, i) => {
    const ratings = node.ratings;
    if (ratings === undefined || ratings.length < 2) return;
    const seen = new Map<string, number>();
    ratings.forEach((rating, j) => {
      const earlier = seen.get(rating.by);
      if (earlier !== undefined) {
        report(
          ["nodes", i, "ratings", j, "by"],
          `${JSON.stringify(rating.by)} already rated this node in ratings[${earlier}]; one rating per person`,
        );
      } else seen.set(rating.by, j);
    });
  });
  const format = doc.map.debate?.format;
  if (format !== undefined && isCustomFormat(format)) {
    for (const found of customFormatRuleProblems(format)) {
      report(["map", "debate", "format", ...found.path], found.message);
    }
  }
  const presentationIds = new Map<string, number>();
  doc.presentations?.forEach((presentation, i) => {
    const earlier = presentationIds.get(presentation.id);
    if (earlier !== undefined) {
      report(
        ["presentations", i, "id"],
        `${JSON.stringify(presentation.id)} is already used by presentations[${earlier}]`,
      );
    } else presentationIds.set(presentation.id, i);
  });
}

export function version2Warnings(doc: ArgumentMap, index: GraphIndex, warn: Report): void {
  debateWarnings(doc, warn);
  const isNode = (id: string) => index.nodePosition.has(id);
  doc.presentations?.forEach((presentation, i) => {
    presentation.steps.forEach((step, j) => {
      step.show.forEach((id, k) => {
        if (!isNode(id)) warn(["presentations", i, "steps", j, "show", k], staleEntry(id));
      });
      if (step.focus !== undefined && !isNode(step.focus)) {
        warn(["presentations", i, "steps", j, "focus"], staleEntry(step.focus));
      }
    });
  });
  doc.map.assignment?.locked?.forEach((id, k) => {
    if (!isNode(id)) warn(["map", "assignment", "locked", k], staleEntry(id));
  });
}

function staleEntry(id: string): string {
  return `${JSON.stringify(id)} is not a node; this entry is dropped`;
}

function debateWarnings(doc: ArgumentMap, warn: Report): void {
  const named = doc.map.debate?.format;
  if (typeof named === "string" && debateFormat(named) === undefined) {
    warn(
      ["map", "debate", "format"],
      `${JSON.stringify(named)} is not a debate format this version of Warrant knows; the map is read as classroom`,
    );
  }
  const format = formatOfMap(doc.map);
  if (doc.map.debate?.firstSide !== undefined && !format.eitherSideFirst) {
    warn(
      ["map", "debate", "firstSide"],
      `in the ${format.name} format the speaking order is fixed; which side speaks first is set only for a format that lets either side open (public forum), so this is ignored`,
    );
  }
  const speeches = new Set(flowSpeeches(format).map((speech) => speech.id));
  const periods = new Set(format.periods.map((period) => period.id));
  doc.nodes.forEach((node, i) => {
    const id = node.speech;
    if (id === undefined || speeches.has(id)) return;
    const why = periods.has(id)
      ? `is a cross-examination period of the ${format.id} format, not a speech`
      : `is not a speech of the ${format.id} format (${[...speeches].join(", ")})`;
    warn(["nodes", i, "speech"], `${JSON.stringify(id)} ${why}; the point is listed without a speech`);
  });
}
