/**
 * A Kialo discussion as a map. The thesis (or each thesis under a question) is a thesis; a Pro supports
 * the claim it sits under and a Con attacks it; kinds follow from the sides (see infer-kinds.ts). A
 * `-> See 1.2.3.` line adds a relation from the claim it names to the claim it sits under, never a copy;
 * links to links are followed, and a chain of links that comes back to itself is reported and dropped.
 * `[n]` footnotes become the claim's sources, from the closing `Sources:` list, and the web address of a
 * Markdown link a source too (its words stay in the text). A question is not a point: it becomes the map's
 * description. Kinds follow each claim's own place in the tree: a link adds a relation, never a stance.
 */
import type { Relation } from "../../../model/schema";
import { finishImport, guardImport, type ImportResult, unreadable } from "../import-result";
import { MapBuilder } from "../map-builder";
import { kialoNestingProblem } from "./kialo-nesting";
import { type KialoEntry, parseKialo, WEB_ADDRESS } from "./parse-kialo";

export function importKialo(text: string, options: { name?: string } = {}): ImportResult {
  return guardImport(() => {
    const parsed = parseKialo(text);
    if (!parsed.ok) return unreadable(parsed.errors);
    const tooDeep = kialoNestingProblem(parsed.discussion.entries);
    if (tooDeep) return unreadable([tooDeep]);
    const { entries, sources, title } = parsed.discussion;
    const builder = new MapBuilder();
    const byNumber = new Map<string, KialoEntry>(entries.map((entry) => [entry.number, entry]));
    const sourceIds = new Map<number, string>();
    for (const [n, citation] of sources) {
      const url = /https?:\/\/[^\s)>\]]+/.exec(citation)?.[0];
      sourceIds.set(n, builder.source(`fn${n}`, citation, url ? { url } : {}));
    }

    const linkSources = new Map<string, string>();
    const linkSource = (address: string, words: string) => {
      let id = linkSources.get(address);
      if (id === undefined) {
        id = builder.source(
          `link${linkSources.size + 1}`,
          words.trim() === "" ? address : `${words.trim()} (${address})`,
          { url: address },
        );
        linkSources.set(address, id);
      }
      return id;
    };

    const questions = entries.filter((entry) => entry.stance === "Question");
    const theses: string[] = [];
    for (const entry of entries) {
      if (entry.stance === "Question" || entry.linkTo !== undefined) continue;
      const cited = entry.footnotes.flatMap((n) => {
        const id = sourceIds.get(n);
        if (id === undefined)
          builder.drop(`claim ${entry.number}: footnote [${n}] is not in the Sources list; dropped`);
        return id === undefined ? [] : [id];
      });
      for (const link of entry.links)
        if (WEB_ADDRESS.test(link.address)) cited.push(linkSource(link.address, link.words));
      const id = builder.node({
        sourceId: entry.number,
        text: entry.text,
        sourceIds: cited,
        meta: { kialo: { number: `${entry.number}.` } },
      });
      const parent = parentOf(entry.number, byNumber);
      if (entry.stance === "Thesis" || parent === undefined || byNumber.get(parent)?.stance === "Question")
        theses.push(id);
    }

    const reportedCircles = new Set<string>();
    const resolved: Resolved = new Map();
    // The relations of the tree itself, which place each claim; a link that repeats one does not unplace it.
    const treeEdges = new Set<string>();
    for (const entry of entries) {
      const parent = parentOf(entry.number, byNumber);
      if (parent === undefined || entry.stance === "Question" || entry.stance === "Thesis") continue;
      const relation: Relation | undefined =
        entry.stance === "Pro" ? "support" : entry.stance === "Con" ? "attack" : undefined;
      if (relation === undefined) {
        builder.drop(`claim ${entry.number} is neither Pro nor Con; kept without a relation`);
        continue;
      }
      const target = resolve(parent, byNumber, builder, reportedCircles, resolved);
      const source =
        entry.linkTo === undefined
          ? entry.number
          : resolve(entry.number, byNumber, builder, reportedCircles, resolved);
      if (target === undefined || source === undefined) continue;
      const from = builder.nodeId(source);
      const to = builder.nodeId(target);
      if (from === undefined || to === undefined) continue;
      const edge = builder.edge(
        from,
        to,
        relation,
        `claim ${entry.number}${entry.linkTo !== undefined ? ` (-> See ${entry.linkTo}.)` : ""}`,
      );
      if (edge !== undefined && entry.linkTo === undefined) treeEdges.add(edge);
    }

    builder.inferKinds(theses, (edge) => treeEdges.has(edge.id));
    const description = questions.map((q) => q.text).join("\n\n");
    if (questions.length > 0)
      builder.drop(
        `the question${questions.length > 1 ? "s" : ""} ${questions.map((q) => q.number).join(", ")} became the map's description, not points`,
      );
    const mapTitle =
      title ??
      questions[0]?.text ??
      (options.name ? options.name.replace(/\.[^.]*$/, "") : "Kialo discussion");
    const doc = builder.build({
      title: mapTitle,
      idHint: mapTitle,
      ...(description !== "" ? { description } : {}),
    });
    return finishImport(doc, builder.dropped());
  });
}

/** Where each number's links end (undefined: nowhere), so a long chain of links is walked once. */
type Resolved = Map<string, string | undefined>;

/** The claim a number stands for: itself, or for a link, the claim at the end of its links. */
function resolve(
  number: string,
  byNumber: Map<string, KialoEntry>,
  builder: MapBuilder,
  reported: Set<string>,
  resolved: Resolved,
): string | undefined {
  const seen: string[] = [];
  const onPath = new Map<string, number>();
  let at = number;
  let end: string | undefined;
  for (;;) {
    if (resolved.has(at)) {
      end = resolved.get(at);
      break;
    }
    const entry = byNumber.get(at);
    if (!entry) {
      builder.drop(
        `claim ${seen[seen.length - 1] ?? number} links to ${at}., which is not in the discussion; dropped`,
      );
      break;
    }
    if (entry.linkTo === undefined) {
      end = at;
      break;
    }
    const first = onPath.get(at);
    if (first !== undefined) {
      // Every claim on a circle of links finds the same circle: it is reported once.
      const circle = seen.slice(first);
      const key = [...circle].sort().join(" ");
      if (!reported.has(key)) {
        reported.add(key);
        builder.drop(`the links ${circle.map((n) => `${n}.`).join(" -> ")} come back to themselves; dropped`);
      }
      break;
    }
    onPath.set(at, seen.length);
    seen.push(at);
    at = entry.linkTo;
  }
  for (const link of seen) resolved.set(link, end);
  return end;
}

/** The nearest numbered ancestor that is in the discussion. */
function parentOf(number: string, byNumber: Map<string, KialoEntry>): string | undefined {
  for (let at = number; at.includes("."); ) {
    at = at.slice(0, at.lastIndexOf("."));
    if (byNumber.has(at)) return at;
  }
  return undefined;
}
