/**
 * What the Argdown reader kept in `meta.argdown`, read back for the writer: the front matter, each
 * point's section, whether it was an argument, its YAML data, and the relations that made an argument's
 * premise-conclusion structure, so a map read from Argdown is written back as the file it came from.
 */
import type { ArgEdge, ArgNode, ArgumentMap, JsonValue } from "../../../model/schema";

type JsonObject = Record<string, JsonValue>;

function objectAt(value: JsonValue | undefined): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function argdownMeta(record: { meta?: JsonObject }): JsonObject | undefined {
  return objectAt(record.meta?.argdown);
}

/** The front matter the file had, but its title (the map's own title is written instead). */
export function keptFrontMatter(doc: ArgumentMap): [string, JsonValue][] {
  const front = objectAt(argdownMeta(doc.map)?.frontMatter);
  return Object.entries(front ?? {}).filter(([key]) => key !== "title");
}

/** A heading of the file: its title, level (`##` is 2) and data. */
export interface KeptSection {
  title: string;
  level: number;
  data?: JsonObject;
}

/** The file's headings in order, empty ones too, as the reader kept them. */
export function keptSections(doc: ArgumentMap): KeptSection[] {
  const sections = argdownMeta(doc.map)?.sections;
  if (!Array.isArray(sections)) return [];
  const found: KeptSection[] = [];
  for (const entry of sections) {
    const section = objectAt(entry);
    const level = section?.level;
    if (typeof section?.title !== "string" || typeof level !== "number") continue;
    const data = objectAt(section.data);
    found.push({
      title: section.title,
      level: Number.isInteger(level) && level >= 1 ? level : 1,
      ...(data ? { data } : {}),
    });
  }
  return found;
}

export function isArgument(node: ArgNode): boolean {
  return argdownMeta(node)?.type === "argument";
}

export function sectionOf(node: ArgNode): string | undefined {
  const section = argdownMeta(node)?.section;
  return typeof section === "string" ? section : undefined;
}

export function keptData(node: ArgNode): [string, JsonValue][] {
  return Object.entries(objectAt(argdownMeta(node)?.data) ?? {});
}

/**
 * An argument's premise-conclusion structure, from the relations the reader made of it: steps in order,
 * each the premises since the last conclusion and the conclusion they support (an intermediary one, or at
 * the end the argument's own conclusion).
 */
export interface Reconstruction {
  /** `rules` and `data`: the inference line above the conclusion, when the file had one. */
  steps: { premises: string[]; conclusion: string; rules: string[]; data?: JsonValue }[];
  /** The relations it stands for, which are not written again as relations. */
  edges: string[];
}

export function reconstructions(doc: ArgumentMap): Map<string, Reconstruction> {
  const byTitle = new Map<string, ArgNode>();
  for (const node of doc.nodes) {
    const title = argdownMeta(node)?.title;
    if (isArgument(node) && typeof title === "string") byTitle.set(title, node);
  }
  const stepEdges = new Map<string, ArgEdge[]>();
  for (const edge of doc.edges) {
    const title = argdownMeta(edge)?.argument;
    const argument = typeof title === "string" ? byTitle.get(title) : undefined;
    if (argument) stepEdges.set(argument.id, [...(stepEdges.get(argument.id) ?? []), edge]);
  }
  const found = new Map<string, Reconstruction>();
  for (const edge of doc.edges) {
    if (argdownMeta(edge)?.inference !== true) continue;
    const members = stepEdges.get(edge.from) ?? [];
    if (members.length === 0) continue;
    const steps: Reconstruction["steps"] = [];
    for (const member of members) {
      const conclusion = member.to === edge.from ? edge.to : member.to;
      const last = steps[steps.length - 1];
      if (last && last.conclusion === conclusion) last.premises.push(member.from);
      else {
        const meta = argdownMeta(member);
        const rules = Array.isArray(meta?.rules)
          ? meta.rules.filter((r): r is string => typeof r === "string")
          : [];
        steps.push({
          premises: [member.from],
          conclusion,
          rules,
          ...(meta?.inferenceData ? { data: meta.inferenceData } : {}),
        });
      }
    }
    found.set(edge.from, { steps, edges: [edge.id, ...members.map((m) => m.id)] });
  }
  return found;
}

/** The second edge of a symmetric pair (strict `contrary`): the pair is written once. */
export function isReverse(edge: ArgEdge): boolean {
  return argdownMeta(edge)?.reverse === true;
}

/** Meta that is not the reader's own, which Argdown has no place for. */
export function otherMeta(record: { meta?: JsonObject }): boolean {
  return Object.keys(record.meta ?? {}).some((key) => key !== "argdown");
}
