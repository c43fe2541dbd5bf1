/**
 * The map as Argdown that @argdown/core reads back without errors. Each point is a statement titled by
 * its label (or its id when the label is missing, repeated or unusable as a title), its tags as Argdown
 * tags and Warrant's own fields (`kind`, `base`, `attribution`, and `id` when the title differs) as
 * YAML data, so a round trip keeps them. Supports and attacks are `<+` and `<-` relations under the
 * point they argue about. A linked group, and a support that something undercuts, is an argument with a
 * premise-conclusion structure whose data names the group; undercuts point at that argument's
 * inference (`<_`). Argdown cannot undercut an attack and ignores a point attacking itself; every field
 * it has no place for (sources, notes, weights, speeches, the debate block…) is reported with a count.
 * Line breaks inside a text become spaces.
 */
import type { ArgEdge, ArgNode, ArgumentMap, JsonValue } from "../../../model/schema";
import { type ExportResult, plural } from "../export-result";
import { carried, fieldLosses, type MapField } from "../field-losses";
import { pushTo } from "../list-map";
import {
  argdownMeta,
  isArgument,
  isReverse,
  keptData,
  keptFrontMatter,
  otherMeta,
  reconstructions,
} from "./argdown-kept";
import { pointsInOutline } from "./argdown-sections";

/** The fields an Argdown file carries; every other field the map holds is reported (field-losses.ts). */
export const ARGDOWN_CARRIES: ReadonlySet<MapField> = carried({
  // Of `meta`, what the Argdown reader kept in `meta.argdown` (front matter, sections, data, structures).
  map: ["title", "meta"],
  nodes: ["id", "kind", "text", "label", "base", "attribution", "tags", "meta"],
  edges: ["from", "to", "relation", "group", "meta"],
});

const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const SAFE_TITLE = /^[\p{L}\p{N}"][\p{L}\p{N} ,'"?!&%+-]*$/u;

export function exportArgdown(doc: ArgumentMap): ExportResult {
  const dropped: string[] = [];
  const titles = statementTitles(doc.nodes);
  const argumentIds = new Set(doc.nodes.filter(isArgument).map((node) => node.id));
  const ref = (id: string) => (argumentIds.has(id) ? `<${titles.get(id)}>` : `[${titles.get(id)}]`);
  const front = keptFrontMatter(doc).map(([key, value]) => `${key}: ${yamlValue(value)}`);
  const lines: string[] = ["===", `title: ${yamlString(doc.map.title)}`, ...front, "===", ""];
  const pcs = reconstructions(doc);

  let reflowed = 0;
  let clashes = 0;
  const outline = pointsInOutline(doc);
  for (const item of outline) {
    if ("heading" in item) {
      const { title, level, data } = item.heading;
      lines.push(`${"#".repeat(level)} ${escapeText(title)}${data ? ` ${yamlValue(data)}` : ""}`, "");
      continue;
    }
    const { node } = item;
    const title = titles.get(node.id) as string;
    if (/\s{2,}|\n/.test(node.text.trim())) reflowed++;
    const tags = (node.tags ?? [])
      .map(tagSyntax)
      .filter((tag) => tag !== "")
      .join(" ");
    const data: string[] = [`kind: ${node.kind}`];
    if (node.base !== undefined) data.push(`base: ${node.base}`);
    if (node.attribution !== undefined) data.push(`attribution: ${yamlString(node.attribution)}`);
    if (title !== node.id) data.push(`id: ${yamlString(node.id)}`);
    // The title stands in for a label the point does not have (the import leaves it out again), or a
    // label Argdown cannot use as a title travels in the data.
    if (node.label === undefined) data.push("untitled: true");
    else if (node.label !== title) data.push(`label: ${yamlString(node.label)}`);
    // Data the file had under a name Warrant's own fields take cannot be written twice.
    const own = new Set(data.map((entry) => entry.slice(0, entry.indexOf(":"))));
    for (const [key, value] of keptData(node)) {
      if (own.has(key)) clashes++;
      else data.push(`${yamlKey(key)}: ${yamlValue(value)}`);
    }
    lines.push(`${ref(node.id)}: ${escapeText(node.text)}${tags ? ` ${tags}` : ""} {${data.join(", ")}}`, "");
    const structure = pcs.get(node.id);
    if (structure) {
      lines.push(ref(node.id), "");
      // An intermediary conclusion is numbered once, and is a premise of the step after it.
      const numbered = new Set<string>();
      const line = (id: string) => {
        numbered.add(id);
        lines.push(`(${numbered.size}) ${ref(id)}`);
      };
      for (const step of structure.steps) {
        for (const premise of step.premises) if (!numbered.has(premise)) line(premise);
        lines.push(...inferenceLines(step));
        line(step.conclusion);
      }
      lines.push("");
    }
  }
  const inStructure = new Set([...pcs.values()].flatMap((structure) => structure.edges));

  const undercutTargets = new Set(doc.edges.filter((e) => e.relation === "undercut").map((e) => e.to));
  const inferenceOf = new Map<string, string>();
  const argumentTitles = new Set<string>();
  const groups = new Map<string, ArgEdge[]>();
  for (const edge of doc.edges) {
    if (edge.relation !== "support" || (edge.group === undefined && !undercutTargets.has(edge.id))) continue;
    if (inStructure.has(edge.id)) continue;
    const key = edge.group === undefined ? `edge\u0000${edge.id}` : `${edge.to}\u0000${edge.group}`;
    pushTo(groups, key, edge);
  }
  for (const members of groups.values()) {
    const first = members[0] as ArgEdge;
    const wanted = first.group ?? first.id;
    let title = argumentTitle(wanted);
    for (let n = 2; argumentTitles.has(title); n++) title = argumentTitle(`${wanted}-${n}`);
    argumentTitles.add(title);
    for (const member of members) inferenceOf.set(member.id, title);
    lines.push(`<${title}> {group: ${yamlString(wanted)}}`, "");
    for (let i = 0; i < members.length; i++) lines.push(`(${i + 1}) ${ref((members[i] as ArgEdge).from)}`);
    lines.push("----", `(${members.length + 1}) ${ref(first.to)}`, "");
  }

  const byTarget = new Map<string, string[]>();
  let undercutAttacks = 0;
  let selfAttacks = 0;
  for (const edge of doc.edges) {
    if (edge.relation === "undercut") {
      const title = inferenceOf.get(edge.to);
      if (title === undefined) {
        undercutAttacks++;
        continue;
      }
      pushTo(byTarget, `<${title}>`, `  <_ ${ref(edge.from)}`);
      continue;
    }
    if (inferenceOf.has(edge.id) || inStructure.has(edge.id) || isReverse(edge)) continue;
    if (edge.from === edge.to) {
      selfAttacks++;
      continue;
    }
    const symbol =
      argdownMeta(edge)?.relation === "contradictory" ? "><" : edge.relation === "support" ? "<+" : "<-";
    pushTo(byTarget, ref(edge.to), `  ${symbol} ${ref(edge.from)}`);
  }
  for (const [target, relations] of byTarget) lines.push(target, ...[...new Set(relations)], "");

  if (undercutAttacks > 0)
    dropped.push(`${plural(undercutAttacks, "undercut")} of attacks (Argdown undercuts inferences only)`);
  if (selfAttacks > 0)
    dropped.push(`${plural(selfAttacks, "self-attack")} (Argdown ignores a point attacking itself)`);
  if (clashes > 0)
    dropped.push(
      `${plural(clashes, "data value")} the Argdown file had under a name Warrant writes its own fields as (kind, id, label, base, attribution, untitled)`,
    );
  if (reflowed > 0)
    dropped.push(`line breaks and runs of spaces in ${plural(reflowed, "text")} (Argdown reflows text)`);
  dropped.push(
    ...fieldLosses(doc, ARGDOWN_CARRIES, {
      "map.meta": Object.keys(doc.map.meta ?? {}).some((key) => key !== "argdown") ? 1 : 0,
      "nodes.meta": doc.nodes.filter(otherMeta).length,
      "edges.meta": doc.edges.filter(otherMeta).length,
    }),
  );
  // Argdown wants something after the front matter; a map without points gets its title as a heading.
  if (outline.length === 0) lines.push(`# ${escapeText(doc.map.title)}`);
  return { text: `${lines.join("\n").replace(/\n+$/, "")}\n`, dropped };
}

/** Unique statement titles: the label when it can be one, else the id. */
function statementTitles(nodes: readonly ArgNode[]): Map<string, string> {
  const labelCount = new Map<string, number>();
  for (const node of nodes)
    if (node.label) labelCount.set(titleOf(node.label), (labelCount.get(titleOf(node.label)) ?? 0) + 1);
  const titles = new Map<string, string>();
  const used = new Set<string>();
  nodes.forEach((node, i) => {
    const label = node.label ? titleOf(node.label) : "";
    // A point read from Argdown without a label keeps the title it had there ("Untitled 5").
    const kept = argdownMeta(node)?.title;
    const unlabelled =
      typeof kept === "string" && node.label === undefined ? titleOf(kept) : titleOf(node.id);
    let title = label !== "" && labelCount.get(label) === 1 ? label : unlabelled;
    // Argdown reads some characters in a title as syntax, and loses titles JavaScript reserves.
    if (!SAFE_TITLE.test(title) || PROTOTYPE_NAMES.has(title) || used.has(title)) title = `point ${i + 1}`;
    for (let n = 2; used.has(title); n++) title = `point ${i + 1} ${n}`;
    used.add(title);
    titles.set(node.id, title);
  });
  return titles;
}

/** A title Argdown reads back as written: no brackets, no line breaks, nothing it would escape. */
function titleOf(text: string): string {
  return text
    .replace(/[[\]<>{}\\\n\r]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function argumentTitle(text: string): string {
  const title = titleOf(text);
  return SAFE_TITLE.test(title) && !PROTOTYPE_NAMES.has(title)
    ? title
    : `group ${title.replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`.trim();
}

function tagSyntax(tag: string): string {
  const clean = tag
    .replace(/[()\n\r]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (clean === "") return "";
  return /^[\p{L}\p{N}_-]+$/u.test(clean) ? `#${clean}` : `#(${clean})`;
}

/**
 * Text on one line, with every character Argdown would read as syntax escaped by a backslash: the
 * brackets of titles and mentions, tags, emphasis, comments, data, and `.name.` or `:name:` shortcodes.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\[\]<>@#*_{}/]/g, "\\$&")
    .replace(/([.:])(?=\S)/g, "\\$1");
}

/**
 * A YAML double-quoted string that Argdown's lexer cannot cut short. The lexer finds a `{...}` data block
 * and the `===` front matter by pattern, before YAML reads them, so a `}` or `=` inside a quoted value
 * could end the block early, and so could a line separator (U+2028, U+2029, U+0085), which JSON leaves
 * as it is but the lexer reads as the end of a line; YAML reads the `\u` escapes back as the same
 * characters.
 */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[{}=\u2028\u2029\u0085]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A YAML value the lexer cannot cut short: JSON, with the characters it reads as syntax escaped. */
function yamlValue(value: JsonValue): string {
  if (typeof value === "string") return yamlString(value);
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => yamlString(JSON.parse(quoted)));
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : yamlString(key);
}

/** `----`, or the inference line the file had: its rules, and its data as YAML. */
function inferenceLines(step: { rules: readonly string[]; data?: JsonValue }): string[] {
  if (step.rules.length === 0 && step.data === undefined) return ["----"];
  const data = step.data !== undefined ? ` ${yamlValue(step.data)}` : "";
  return ["--", `${step.rules.map(escapeText).join(", ")}${data}`.trim(), "--"];
}
