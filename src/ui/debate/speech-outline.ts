/**
 * A speech outline: the points a debater picks, in the order they will say them, with how long reading
 * them takes and the Markdown to print or take to the podium.
 */
import type { OutlineEntry } from "../../analysis";
import type { ArgNode, ArgumentMap } from "../../model/schema";

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === "" ? 0 : words.length;
}

/** Minutes to read the points' texts aloud at `wordsPerMinute`. */
export function readMinutes(points: readonly ArgNode[], wordsPerMinute: number): number {
  const words = points.reduce((sum, point) => sum + wordCount(point.text), 0);
  return wordsPerMinute > 0 ? words / wordsPerMinute : 0;
}

/** Moves the entry at `from` to `to` (both clamped), returning a new list. */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return list.slice();
  const out = list.slice();
  const [entry] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, to)), 0, entry as T);
  return out;
}

/**
 * The outline as Markdown: a heading, the read time (of the points to say; answers still to write are
 * counted apart), then one numbered entry per line with its source, an owed answer marked as one.
 */
export function outlineMarkdown(
  doc: ArgumentMap,
  title: string,
  entries: readonly OutlineEntry[],
  wordsPerMinute: number,
): string {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const shown = entries.flatMap((entry) => {
    const node = byId.get(entry.id);
    return node === undefined ? [] : [{ node, owed: entry.role === "answer" }];
  });
  const points = shown.filter((entry) => !entry.owed).map((entry) => entry.node);
  const owed = shown.length - points.length;
  const minutes = readMinutes(points, wordsPerMinute);
  const citations = new Map((doc.sources ?? []).map((source) => [source.id, source.citation]));
  const lines = [
    `# ${escapeMarkdown(title)}`,
    "",
    `*${points.length} ${points.length === 1 ? "point" : "points"}, about ${formatMinutes(minutes)} at ${wordsPerMinute} words a minute${owed > 0 ? `; ${owed} ${owed === 1 ? "answer" : "answers"} still to write` : ""}.*`,
    "",
  ];
  shown.forEach(({ node: point, owed: answer }, i) => {
    const label = point.label ? `**${escapeMarkdown(point.label)}:** ` : "";
    const lead = answer ? "*Answer:* " : "";
    lines.push(`${i + 1}. ${lead}${label}${escapeMarkdown(point.text.replace(/\s+/g, " ").trim())}`);
    for (const id of point.sourceIds ?? []) {
      const citation = citations.get(id);
      if (citation !== undefined) lines.push(`   - ${escapeMarkdown(citation)}`);
    }
  });
  return `${lines.join("\n")}\n`;
}

/** "2 min 30 s", "45 s". */
export function formatMinutes(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  const whole = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (whole === 0) return `${rest} s`;
  return rest === 0 ? `${whole} min` : `${whole} min ${rest} s`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, "\\$1");
}
