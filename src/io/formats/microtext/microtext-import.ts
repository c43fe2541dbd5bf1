/**
 * Argumentative microtexts (Peldszus and Stede's `arggraph` XML) as a map. Each argumentative unit (ADU)
 * becomes a point worded by its text segments (EDUs, through `seg` edges and joints); the segments in
 * order become the map's source text, so each point's words are found in it as its quote. `sup` is a
 * support, `exa` a support by an example (its source is evidence), `reb` an attack, `und` an undercut of
 * the relation it names, and `add` a further premise of a relation: a linked premise of a support, and
 * for an attack or an undercut (which a map cannot link) an attack or undercut of its own, reported.
 * An undercut of an undercut cannot be expressed and is reported. The unit that argues for nothing is
 * the thesis; proponent and opponent roles follow from the relations and are kept in `meta.microtext`.
 * A file in several languages is read in one (see microtext-languages.ts), the others reported.
 */
import type { JsonValue, Relation } from "../../../model/schema";
import { finishImport, guardImport, type ImportResult, unreadable } from "../import-result";
import { MapBuilder } from "../map-builder";
import { parseXml, type XmlElement } from "../xml-tree";
import { chooseLanguage, type LanguageChoice, languageName } from "./microtext-languages";

interface RawEdge {
  id: string;
  src: string;
  trg: string;
  type: string;
}

const ARGUING = new Set(["sup", "exa", "reb", "und", "add"]);

export function importMicrotext(text: string, options: { name?: string; lang?: string } = {}): ImportResult {
  return guardImport(() => {
    const parsed = parseXml(text);
    if (!parsed.ok) return unreadable(parsed.errors);
    const root = parsed.root;
    if (root.name !== "arggraph") {
      return unreadable([
        { path: `line ${root.line}`, message: `a microtext is an <arggraph> document, not <${root.name}>` },
      ]);
    }
    const language = chooseLanguage(root, options.lang);
    if (!language.ok) return unreadable([{ path: "$", message: language.message }]);
    return build(root, language, options.name);
  });
}

function build(
  root: XmlElement,
  language: LanguageChoice & { ok: true },
  name: string | undefined,
): ImportResult {
  const builder = new MapBuilder();
  const edus = language.edus;
  const roles = new Map<string, string>();
  const edges: RawEdge[] = [];
  const attr = (element: XmlElement, key: string) => element.attributes.get(key) ?? "";
  for (const child of root.children) {
    if (child.name === "adu") roles.set(attr(child, "id"), attr(child, "type"));
    else if (child.name === "edge")
      edges.push({
        id: attr(child, "id"),
        src: attr(child, "src"),
        trg: attr(child, "trg"),
        type: attr(child, "type"),
      });
  }

  // Segments reach a unit directly or through a joint.
  const segmentsInto = new Map<string, string[]>();
  for (const edge of edges)
    if (edge.type === "seg") segmentsInto.set(edge.trg, [...(segmentsInto.get(edge.trg) ?? []), edge.src]);
  const wordsOf = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    if (edus.has(id)) return [id];
    return (segmentsInto.get(id) ?? []).flatMap((source) => wordsOf(source, seen));
  };
  const sourceText = [...edus.values()].join(" ");
  for (const [adu, role] of roles) {
    const segments = wordsOf(adu).sort((a, b) => order(edus, a) - order(edus, b));
    const words = segments.map((edu) => edus.get(edu) ?? "").join(" ");
    builder.node({ sourceId: adu, text: words, meta: { microtext: { role, edus: segments } } });
  }

  const relationIds = new Map<string, string>();
  const relationOf = new Map<string, RawEdge>(edges.map((edge) => [edge.id, edge]));
  // The linked group each support takes when a further premise joins it.
  const groups = new Map<string, string>();
  const pending = edges.filter((edge) => ARGUING.has(edge.type));
  // Relations can name relations (und, add), so they are added in rounds until nothing more can be.
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const edge = pending[i] as RawEdge;
      const done = addRelation(edge, builder, relationIds, relationOf, groups);
      if (done) {
        pending.splice(i--, 1);
        progress = true;
      }
    }
  }
  for (const edge of pending)
    builder.drop(
      `edge ${JSON.stringify(edge.id)} (${edge.type}) names ${JSON.stringify(edge.trg)}, which is not in the file; dropped`,
    );
  for (const edge of edges) {
    if (!ARGUING.has(edge.type) && edge.type !== "seg")
      builder.drop(
        `edge ${JSON.stringify(edge.id)} has the unknown type ${JSON.stringify(edge.type)}; dropped`,
      );
  }

  const arguing = new Set(edges.filter((edge) => ARGUING.has(edge.type)).map((edge) => edge.src));
  const theses = [...roles.keys()]
    .filter((adu) => !arguing.has(adu))
    .map((adu) => builder.nodeId(adu) as string);
  builder.inferKinds(theses);
  for (const edge of edges)
    if (edge.type === "exa") builder.setKind(builder.nodeId(edge.src) as string, "evidence");

  const id = root.attributes.get("id") ?? name ?? "microtext";
  const topic = root.attributes.get("topic_id");
  const stance = root.attributes.get("stance");
  const meta: Record<string, JsonValue> = { id };
  if (topic !== undefined) meta.topic_id = topic;
  if (stance !== undefined) meta.stance = stance;
  if (language.lang !== undefined) meta.lang = language.lang;
  // Every language the file holds, so the map says what else it could be read in (the app offers them).
  if (language.others.length > 0)
    meta.languages = [language.lang as string, ...language.others.map((other) => other.lang)];
  for (const other of language.others)
    builder.drop(
      `the text in ${languageName(other.lang)} (${other.lang}, ${other.segments} segment${other.segments === 1 ? "" : "s"}) was left out; the map is in ${languageName(language.lang as string)}, and a file can be read in another language with --lang ${other.lang}`,
    );
  const title = topic ? `${topic.replace(/_/g, " ")} (${id})` : id;
  const doc = builder.build({ title, idHint: id, meta: { microtext: meta } });
  if (sourceText.trim() !== "") {
    doc.map.sourceText = sourceText;
    for (const node of doc.nodes) if (sourceText.includes(node.text)) node.quote = node.text;
  }
  return finishImport(doc, builder.dropped());
}

const RELATION: ReadonlyMap<string, Relation> = new Map([
  ["sup", "support"],
  ["exa", "support"],
  ["reb", "attack"],
  ["und", "undercut"],
]);

/** Adds one relation; false when what it names is not there yet. */
function addRelation(
  edge: RawEdge,
  builder: MapBuilder,
  ids: Map<string, string>,
  relationOf: Map<string, RawEdge>,
  groups: Map<string, string>,
): boolean {
  const from = builder.nodeId(edge.src);
  const what = `edge ${JSON.stringify(edge.id)} (${edge.type})`;
  if (from === undefined) {
    builder.drop(
      `${what} starts at ${JSON.stringify(edge.src)}, which is not an argumentative unit; dropped`,
    );
    return true;
  }
  if (edge.type === "add") {
    const base = relationOf.get(edge.trg);
    const baseId = ids.get(edge.trg);
    if (!base || baseId === undefined)
      return base === undefined ? dropMissing(builder, what, edge.trg) : false;
    const relation = RELATION.get(base.type) ?? "support";
    const target = relation === "undercut" ? ids.get(base.trg) : builder.nodeId(base.trg);
    if (target === undefined) return false;
    if (relation === "support") {
      const group = groups.get(edge.trg) ?? builder.ids.fresh(`g-${edge.trg}`, "g");
      groups.set(edge.trg, group);
      const added = builder.edge(from, target, "support", what, { group });
      if (added !== undefined) builder.setGroup(baseId, group);
      ids.set(edge.id, added ?? "");
    } else {
      builder.drop(
        `${what}: a further premise of ${relation === "attack" ? "an attack" : "an undercut"} cannot be linked, as a map links the premises of supports only; it ${relation === "attack" ? "attacks" : "undercuts"} on its own`,
      );
      ids.set(edge.id, builder.edge(from, target, relation, what) ?? "");
    }
    return true;
  }
  const relation = RELATION.get(edge.type) as Relation;
  const target = relation === "undercut" ? ids.get(edge.trg) : builder.nodeId(edge.trg);
  if (target === undefined) {
    if (relation === "undercut" && relationOf.has(edge.trg)) return false;
    return dropMissing(builder, what, edge.trg);
  }
  ids.set(edge.id, builder.edge(from, target, relation, what) ?? "");
  return true;
}

function dropMissing(builder: MapBuilder, what: string, target: string): true {
  builder.drop(`${what} names ${JSON.stringify(target)}, which is not in the file; dropped`);
  return true;
}

function order(edus: Map<string, string>, id: string): number {
  return [...edus.keys()].indexOf(id);
}

/** XML whose root element is an arggraph. */
export function looksLikeMicrotext(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<arggraph[\s>]/.test(text);
}
