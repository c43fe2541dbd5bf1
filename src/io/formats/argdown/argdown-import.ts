/**
 * Argdown as a map, from what @argdown/core itself parses. Every statement (equivalence class) and
 * every argument becomes a point, titled by its Argdown title. A premise-conclusion structure becomes
 * support from its premises to the argument, linked as one group, and from the argument to its
 * conclusion (that link is the argument's inference, which undercuts aim at); an intermediary
 * conclusion is supported the same way by the premises before it. Support and attack map directly;
 * in strict mode `entails` is a support, and `contrary` and `contradictory` are attacks both ways, the
 * Argdown relation kept in `meta.argdown`. Tags are tags; headings and YAML data go to `meta.argdown`.
 * An argument whose data holds `group` (as Warrant's own Argdown export writes linked premises) is read
 * back as that linked group rather than as a point. `@import` and documents that declare another
 * dialect are refused: a map is read from one plain Argdown file.
 */
import type { IArgdownResponse } from "@argdown/core/dist/index";
import type {
  IArgument,
  IConclusion,
  IEquivalenceClass,
  IPCSStatement,
  IRelation,
  ISection,
  IStatement,
} from "@argdown/core/dist/model/model";
import type { JsonValue } from "../../../model/schema";
import { someNames } from "../../warning-words";
import { finishImport, guardImport, type ImportResult, unreadable } from "../import-result";
import { MapBuilder } from "../map-builder";
import { argdownContentProblem, argdownNestingProblem, argdownScanProblem } from "./argdown-bounds";
import { type DataLeftOut, leftOutWords, nothingLeftOut, toJson, warrantData } from "./argdown-data";
import { readableParserMessage } from "./argdown-errors";
import { type ArgdownParse, loadArgdownParser } from "./argdown-parser";

export async function importArgdown(text: string, options: { name?: string } = {}): Promise<ImportResult> {
  const nothing = argdownContentProblem(text);
  if (nothing) return { ok: false, kind: "not-a-map", errors: [nothing] };
  const refused = refusal(text);
  if (refused) return unreadable([refused]);
  let parse: ArgdownParse;
  try {
    parse = await loadArgdownParser();
  } catch (error) {
    return unreadable([
      { path: "$", message: `the Argdown reader could not be loaded (${(error as Error).message})` },
    ]);
  }
  return guardImport(() => argdownToMap(parse(text), options.name));
}

/** Names of Object.prototype members: @argdown/core keeps titles in plain objects and loses these. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function refusal(text: string) {
  const tooDeep = argdownNestingProblem(text) ?? argdownScanProblem(text);
  if (tooDeep) return tooDeep;
  // Not `[^\]\n>]+`: from every `[` of a long run of them, that would read to the end of the line.
  for (const match of text.matchAll(/[[<]([^\]\n>[<]+)[\]>]/g)) {
    const title = (match[1] as string).trim();
    if (PROTOTYPE_NAMES.has(title)) {
      const line = text.slice(0, match.index).split("\n").length;
      return {
        path: `line ${line}`,
        message: `the Argdown reader loses a statement or argument titled ${JSON.stringify(title)} (a name JavaScript reserves); give it another title`,
      };
    }
  }
  const include = /^[ \t]*@import\b.*$/m.exec(text);
  if (include) {
    const line = text.slice(0, include.index).split("\n").length;
    return {
      path: `line ${line}`,
      message:
        "@import brings in other Argdown files, which a single file cannot; paste them into one file instead",
    };
  }
  // Front matter opens the file; looking for it at every `===` line would read the rest each time.
  const frontMatter = /^\s*===[ \t]*\r?\n([\s\S]*?)\r?\n===/.exec(text)?.[1] ?? "";
  const dialect = /^dialect\s*:\s*(\S+)/m.exec(frontMatter);
  if (dialect && !/^argdown$/i.test(dialect[1] as string)) {
    return {
      path: "$",
      message: `this file declares the ${dialect[1]} dialect (Argdown+); only plain Argdown can be read`,
    };
  }
  return undefined;
}

/** The pure half: a parsed Argdown response to a map. */
export function argdownToMap(response: IArgdownResponse, name?: string): ImportResult {
  const errors = [...(response.lexerErrors ?? []), ...(response.parserErrors ?? [])];
  if (errors.length > 0) {
    return unreadable(
      errors.slice(0, 100).map((error) => {
        const token = (error as { token?: { startLine?: number; startColumn?: number } }).token;
        const line = (error as { line?: number }).line ?? token?.startLine;
        const column = (error as { column?: number }).column ?? token?.startColumn;
        return {
          path: line !== undefined ? `line ${line}${column !== undefined ? `, column ${column}` : ""}` : "$",
          message: readableParserMessage(error.message),
        };
      }),
    );
  }
  const builder = new MapBuilder();
  const droppedKeys = nothingLeftOut();
  let foldedData = 0;
  const statements = response.statements ?? {};
  const args = response.arguments ?? {};
  const folded = new Map<string, string>();
  const thesisIds: string[] = [];
  const untitled: string[] = [];

  for (const title of inFileOrder(statements)) {
    const ec = statements[title] as IEquivalenceClass;
    const data = warrantData(ec.data, droppedKeys);
    const text = cleanText(canonical(ec.members)) || title;
    const id = builder.node({
      sourceId: `s:${title}`,
      preferredId: data.id ?? title,
      text,
      ...(data.label !== undefined
        ? { label: data.label }
        : isAutoTitle(title) || data.untitled
          ? {}
          : { label: title }),
      ...(data.kind ? { kind: data.kind } : {}),
      ...(data.base !== undefined ? { base: data.base } : {}),
      ...(data.attribution ? { attribution: data.attribution } : {}),
      tags: ec.tags ?? [],
      meta: argdownMeta("statement", title, ec.section?.title, data.rest),
    });
    if (data.kind === "thesis") thesisIds.push(id);
    if (isAutoTitle(title) && data.id === undefined) untitled.push(id);
  }
  if (untitled.length > 0)
    builder.drop(
      `${untitled.length === 1 ? "1 statement has" : `${untitled.length} statements have`} no title in the file; ${untitled.length === 1 ? "it was" : "they were"} named ${someNames(untitled.map((id) => `“${id}”`))}`,
    );
  for (const title of inFileOrder(args)) {
    const argument = args[title] as IArgument;
    const data = warrantData(argument.data, droppedKeys);
    const description = cleanText(canonical(argument.members));
    const { group, ...rest } = data.rest ?? {};
    if (
      (typeof group === "string" || typeof group === "number") &&
      description === "" &&
      (argument.pcs?.length ?? 0) > 1
    ) {
      folded.set(title, String(group));
      if (Object.keys(rest).length > 0) foldedData++;
      continue;
    }
    const id = builder.node({
      sourceId: `a:${title}`,
      preferredId: data.id ?? title,
      text: description || title,
      label: title,
      ...(data.kind ? { kind: data.kind } : {}),
      ...(data.base !== undefined ? { base: data.base } : {}),
      ...(data.attribution ? { attribution: data.attribution } : {}),
      tags: argument.tags ?? [],
      meta: argdownMeta("argument", title, argument.section?.title, data.rest),
    });
    if (data.kind === "thesis") thesisIds.push(id);
  }

  const inferences = new Map<string, string[]>();
  for (const title of inFileOrder(args)) {
    const argument = args[title] as IArgument;
    inferences.set(title, premiseConclusion(argument, title, folded.get(title), builder, droppedKeys));
  }
  (response.relations ?? []).forEach((relation, index) => {
    addRelation(relation, index, builder, inferences);
  });

  if (foldedData > 0)
    builder.drop(
      `the data of ${foldedData === 1 ? "1 argument" : `${foldedData} arguments`} read as a linked group of premises (the group has no place for it)`,
    );
  for (const line of leftOutWords(droppedKeys)) builder.drop(line);
  builder.inferKinds(
    thesisIds.length > 0 ? thesisIds : (chosenThesis(response, builder) ?? builder.roots(notReverse)),
  );
  const front = toJson(response.frontMatter, droppedKeys);
  const frontTitle =
    typeof response.frontMatter?.title === "string"
      ? response.frontMatter.title.replace(/\s+/g, " ").trim()
      : undefined;
  const heading = response.sections?.[0]?.title?.replace(/\s+/g, " ").trim();
  const title = frontTitle || heading || (name ? name.replace(/\.[^.]*$/, "") : "Argdown map");
  const kept: Record<string, JsonValue> = {};
  if (front && typeof front === "object" && !Array.isArray(front) && Object.keys(front).length > 0)
    kept.frontMatter = front;
  const outline = sectionOutline(response.sections ?? [], droppedKeys);
  if (outline.length > 0) kept.sections = outline;
  const doc = builder.build({
    title,
    idHint: title,
    ...(Object.keys(kept).length > 0 ? { meta: { argdown: kept } } : {}),
  });
  return finishImport(doc, builder.dropped());
}

/**
 * Edges of an argument's premise-conclusion structure. Returns the argument's inference links: the
 * edges an undercut of it aims at.
 */
function premiseConclusion(
  argument: IArgument,
  title: string,
  group: string | undefined,
  builder: MapBuilder,
  droppedKeys: DataLeftOut,
): string[] {
  const pcs = argument.pcs ?? [];
  const argumentId = builder.nodeId(`a:${title}`);
  if (pcs.length === 0)
    return argumentId === undefined ? [] : builder.edgesFrom(argumentId).map((edge) => edge.id);
  const what = `the argument <${title}>`;
  const idOf = (statement: IPCSStatement) => builder.nodeId(`s:${statement.title}`);
  const links: string[] = [];
  let premises: string[] = [];
  pcs.forEach((statement, i) => {
    const id = idOf(statement);
    if (id === undefined) return;
    const isLast = i === pcs.length - 1;
    if (statement.role === "premise") {
      premises.push(id);
      return;
    }
    // A conclusion: the premises since the last one (and that one) support it, linked.
    const target = isLast && group === undefined ? argumentId : id;
    if (target === undefined) return;
    const linked = premises.length > 1 ? (group ?? builder.ids.fresh(`${target}-premises`, "g")) : undefined;
    for (const premise of premises) {
      const meta = { argdown: { argument: title, ...inferenceLine(statement as IConclusion, droppedKeys) } };
      const edge = builder.edge(premise, target, "support", what, {
        meta,
        ...(linked ? { group: linked } : {}),
      });
      if (edge !== undefined && (group !== undefined || isLast)) links.push(edge);
    }
    premises = [id];
  });
  if (argumentId !== undefined) {
    const conclusion = [...pcs].reverse().find((s) => s.role !== "premise");
    const conclusionId = conclusion ? idOf(conclusion) : undefined;
    if (conclusionId !== undefined) {
      const inference = builder.edge(argumentId, conclusionId, "support", what, {
        meta: { argdown: { inference: true } },
      });
      return inference === undefined ? [] : [inference];
    }
  }
  return links;
}

/** The inference line above a conclusion (`-- Modus ponens {uses: [1, 2]} --`): its rules and data. */
function inferenceLine(conclusion: IConclusion, droppedKeys: DataLeftOut): Record<string, JsonValue> {
  const rules = conclusion.inference?.inferenceRules ?? [];
  const data = toJson(conclusion.inference?.data, droppedKeys);
  return {
    ...(rules.length > 0 ? { rules } : {}),
    ...(data && typeof data === "object" && !Array.isArray(data) && Object.keys(data).length > 0
      ? { inferenceData: data }
      : {}),
  };
}

const RELATIONS: ReadonlyMap<string, { relation: "support" | "attack"; both: boolean }> = new Map([
  ["support", { relation: "support", both: false }],
  ["entails", { relation: "support", both: false }],
  ["attack", { relation: "attack", both: false }],
  ["contrary", { relation: "attack", both: true }],
  ["contradictory", { relation: "attack", both: true }],
]);

/** Adds the edges of one relation; each carries the relation's type and its place among Argdown's relations. */
function addRelation(
  relation: IRelation,
  index: number,
  builder: MapBuilder,
  inferences: Map<string, string[]>,
): void {
  const type = relation.relationType as string;
  const from = memberId(relation.from, builder);
  const what = `the ${type} relation ${describe(relation.from)} → ${describe(relation.to)}`;
  if (from === undefined) {
    builder.drop(`${what}: its source is not a point of the map; dropped`);
    return;
  }
  const meta: Record<string, JsonValue> = { argdown: { relation: type, index } };
  if (type === "undercut" || relation.to?.type === "inference") {
    const title =
      (relation.to as { argumentTitle?: string; title?: string } | undefined)?.argumentTitle ??
      relation.to?.title ??
      "";
    const links = inferences.get(title) ?? [];
    if (links.length === 0) {
      const target = memberId(relation.to, builder);
      if (target === undefined) builder.drop(`${what}: nothing to undercut; dropped`);
      else {
        builder.drop(`${what}: the argument has no inference to undercut; kept as an attack on it`);
        builder.edge(from, target, "attack", what, { meta });
      }
      return;
    }
    for (const link of links) builder.edge(from, link, "undercut", what, { meta });
    return;
  }
  const mapped = RELATIONS.get(type);
  const to = memberId(relation.to, builder);
  if (!mapped || to === undefined) {
    builder.drop(`${what}: cannot be expressed; dropped`);
    return;
  }
  builder.edge(from, to, mapped.relation, what, { meta });
  // A symmetric relation is one pair: its second edge says so, so that it never decides a thesis.
  if (mapped.both)
    builder.edge(to, from, mapped.relation, what, {
      meta: { argdown: { relation: type, index, reverse: true } },
    });
}

/**
 * The file's headings in order, depth first, each with its level and its data (`# Part {isGroup: false}`):
 * the outline the writer gives back, empty sections included. A point keeps only its section's title.
 */
function sectionOutline(sections: readonly ISection[], droppedKeys: DataLeftOut): JsonValue[] {
  const outline: JsonValue[] = [];
  const walk = (section: ISection, depth: number) => {
    if (depth > 100) return;
    const data = toJson(section.data, droppedKeys);
    const hasData =
      data !== null && typeof data === "object" && !Array.isArray(data) && Object.keys(data).length > 0;
    outline.push({ title: section.title ?? "", level: section.level, ...(hasData ? { data } : {}) });
    for (const child of section.children ?? []) walk(child, depth + 1);
  };
  for (const section of sections) walk(section, 0);
  return outline;
}

/** Leaves out the second edge of a symmetric pair (strict `contrary`, `contradictory`). */
function notReverse(edge: { meta?: Record<string, JsonValue> }): boolean {
  const argdown = edge.meta?.argdown;
  return !(
    argdown !== null &&
    typeof argdown === "object" &&
    !Array.isArray(argdown) &&
    argdown.reverse === true
  );
}

/** Tags that mark the main claim: `#main`, `#thesis`, `#(main thesis)`. */
const MAIN_TAG = /^(main|thesis|main[ _-]?(claim|thesis)|central[ _-]?claim)$/i;

/**
 * The thesis when the file names one: a statement tagged `#main` (or `#thesis`), a statement the front
 * matter names (`thesis:` or `main:`), else the first top-level statement of the first section.
 */
function chosenThesis(response: IArgdownResponse, builder: MapBuilder): string[] | undefined {
  const statements = response.statements ?? {};
  const titles = inFileOrder(statements);
  const idOf = (title: string) => builder.nodeId(`s:${title}`);
  const tagged = titles.filter((title) => (statements[title]?.tags ?? []).some((tag) => MAIN_TAG.test(tag)));
  if (tagged.length > 0) return tagged.map(idOf).filter((id): id is string => id !== undefined);
  for (const key of ["thesis", "main"]) {
    const named = response.frontMatter?.[key];
    const title = typeof named === "string" ? named.replace(/^\[|\]$/g, "").trim() : undefined;
    const id = title !== undefined ? idOf(title) : undefined;
    if (id !== undefined) return [id];
  }
  const first = response.sections?.[0];
  if (!first) return undefined;
  const top = titles.find((title) =>
    (statements[title]?.members ?? []).some(
      (m) => m.isTopLevel && m.section?.id === first.id && !isAutoTitle(title),
    ),
  );
  const id = top !== undefined ? idOf(top) : undefined;
  return id !== undefined ? [id] : undefined;
}

function memberId(member: IRelation["from"], builder: MapBuilder): string | undefined {
  if (!member?.title) return undefined;
  if (member.type === "argument") return builder.nodeId(`a:${member.title}`);
  if (member.type === "equivalence-class") return builder.nodeId(`s:${member.title}`);
  return undefined;
}

function describe(member: IRelation["from"]): string {
  if (!member) return "?";
  const title = (member as { argumentTitle?: string }).argumentTitle ?? member.title ?? "?";
  return member.type === "equivalence-class" ? `[${title}]` : `<${title}>`;
}

/** Argdown's canonical member: the last definition (not a reference), unless one is marked canonical. */
function canonical<T extends IStatement>(members: readonly T[] | undefined): T | undefined {
  let fallback: T | undefined;
  for (let i = (members?.length ?? 0) - 1; i >= 0; i--) {
    const member = members?.[i] as T;
    if (member.isReference) continue;
    if ((member.data as { isCanonical?: boolean } | undefined)?.isCanonical) return member;
    fallback ??= member;
  }
  return fallback;
}

/**
 * Statement text without its tags (they are kept as tags, and Argdown marks where they stand) and
 * with Argdown's hard wraps undone.
 */
function cleanText(statement: IStatement | undefined): string {
  let text = statement?.text ?? "";
  const tags = (statement?.ranges ?? [])
    .filter((range) => range.type === "tag")
    .sort((a, b) => b.start - a.start);
  for (const range of tags) text = text.slice(0, range.start) + text.slice(range.stop + 1);
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Titles in the order they first appear in the file. Argdown keeps them as object keys, and objects
 * list keys that look like numbers ("3") before all others.
 */
function inFileOrder(
  records: Record<string, { members?: readonly IStatement[]; startLine?: number }>,
): string[] {
  const first = (title: string) => {
    const record = records[title];
    let best = record?.startLine === undefined ? Number.POSITIVE_INFINITY : record.startLine * 1e6;
    for (const member of record?.members ?? []) {
      if (member.startLine !== undefined)
        best = Math.min(best, member.startLine * 1e6 + (member.startColumn ?? 0));
    }
    return best;
  };
  return Object.keys(records)
    .map((title) => ({ title, at: first(title) }))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.title);
}

/** Argdown names untitled statements "Untitled 1", "Untitled 2": not a title anyone wrote. */
function isAutoTitle(title: string): boolean {
  return /^Untitled \d+$/.test(title);
}

function argdownMeta(
  type: "statement" | "argument",
  title: string,
  section: string | undefined,
  data: Record<string, JsonValue> | undefined,
): Record<string, JsonValue> {
  const argdown: Record<string, JsonValue> = { type, title };
  if (section) argdown.section = section;
  if (data) argdown.data = data;
  return { argdown };
}
