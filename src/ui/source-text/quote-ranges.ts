/**
 * Where each node's quote sits in the mapped text (its first exact match, as the format defines), the
 * text cut into runs covered by the same quotes, and how much of the text the quotes cover.
 */
import type { ArgNode } from "../../model/schema";

export interface QuoteRange {
  nodeId: string;
  start: number;
  end: number;
}

export interface TextRun {
  start: number;
  end: number;
  /** The nodes whose quote covers this run, shortest quote first; empty for plain text. */
  nodeIds: string[];
}

export function locateQuotes(sourceText: string, nodes: readonly ArgNode[]): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  for (const node of nodes) {
    if (!node.quote) continue;
    const start = sourceText.indexOf(node.quote);
    if (start >= 0) ranges.push({ nodeId: node.id, start, end: start + node.quote.length });
  }
  return ranges;
}

export function splitIntoRuns(length: number, ranges: readonly QuoteRange[]): TextRun[] {
  const cuts = new Set([0, length]);
  for (const range of ranges) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= length).sort((a, b) => a - b);
  // The innermost quote is the most specific, so it is the one a click on the run selects.
  const bySpan = [...ranges].sort((a, b) => a.end - a.start - (b.end - b.start));
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const nodeIds = bySpan.filter((range) => range.start <= start && range.end >= end).map((r) => r.nodeId);
    const last = runs[runs.length - 1];
    if (last && last.nodeIds.length === 0 && nodeIds.length === 0) last.end = end;
    else runs.push({ start, end, nodeIds });
  }
  return runs;
}

/** The share of the text (0 to 1) inside at least one quote. */
export function quoteCoverage(length: number, ranges: readonly QuoteRange[]): number {
  if (length === 0) return 0;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let covered = 0;
  let reach = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, reach);
    if (range.end > start) covered += range.end - start;
    reach = Math.max(reach, range.end);
  }
  return covered / length;
}
