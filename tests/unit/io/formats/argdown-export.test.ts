/**
 * Argdown out: text that @argdown/core parses back without errors, and round trips map → Argdown → map
 * that keep every point (its words up to spacing, its kind, label, tags, base and attribution), every
 * relation and every linked group; what Argdown cannot hold is named.
 */
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from "@argdown/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, exportArgdown } from "../../../../src/io/formats/argdown/argdown-export";
import { importArgdown } from "../../../../src/io/formats/argdown/argdown-import";
import type { ArgumentMap } from "../../../../src/model/schema";
import { validMapArb } from "../../../helpers/arbitraries";
import { relationShape, undercutsOfWholeGroups } from "../../../helpers/relation-shape";
import { smallMap } from "../../../helpers/small-map";

const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), "parse-input");
app.addPlugin(new DataPlugin(), "build-model");
app.addPlugin(new ModelPlugin(), "build-model");
const parse = (input: string) =>
  app.run({ process: ["parse-input", "build-model"], input, logLevel: "error" });

const spaced = (text: string) => text.replace(/\s+/g, " ").trim();

async function roundTrip(doc: ArgumentMap): Promise<ArgumentMap> {
  const back = await importArgdown(exportArgdown(doc).text);
  if (!back.ok) throw new Error(back.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return back.doc;
}

function tagsOf(tags: readonly string[] | undefined): string[] | undefined {
  const kept = [
    ...new Set((tags ?? []).map((tag) => spaced(tag.replace(/[()]/g, " "))).filter((tag) => tag !== "")),
  ];
  return kept.length > 0 ? kept : undefined;
}

/** What Argdown can carry of a point. */
function pointOf(node: ArgumentMap["nodes"][number]) {
  return {
    id: node.id,
    kind: node.kind,
    text: spaced(node.text),
    label: node.label === undefined ? undefined : spaced(node.label) || undefined,
    base: node.base,
    // An import trims who argues a point, and a blank name is no name.
    attribution: node.attribution?.trim() || undefined,
    // Argdown tags cannot hold parentheses or be blank, and are read trimmed.
    tags: tagsOf(node.tags),
  };
}

/** Self-attacks and undercuts of attacks cannot be written in Argdown; the rest keeps its shape. */
function expressible(doc: ArgumentMap): ArgumentMap {
  const attacks = new Set(doc.edges.filter((e) => e.relation === "attack").map((e) => e.id));
  const edges = doc.edges.filter(
    (e) => !(e.relation === "undercut" && attacks.has(e.to)) && !(e.relation === "attack" && e.from === e.to),
  );
  const kept = new Set(edges.map((e) => e.id));
  return undercutsOfWholeGroups({
    ...doc,
    edges: edges.filter((e) => e.relation !== "undercut" || kept.has(e.to)),
  });
}

function linkedMap(): ArgumentMap {
  const doc = smallMap();
  doc.nodes.push({
    id: "ev2",
    kind: "evidence",
    text: "A second survey: bullying fell by 30%.",
    tags: ["survey data"],
  });
  doc.edges.push(
    { id: "e5", from: "ev2", to: "c", relation: "support", group: "g1" },
    { id: "u1", from: "k", to: "e1", relation: "undercut" },
  );
  (doc.edges[1] as ArgumentMap["edges"][number]).group = "g1";
  return doc;
}

describe("Argdown export", () => {
  it("is read back by @argdown/core without errors", () => {
    const response = parse(exportArgdown(linkedMap()).text);
    expect(response.lexerErrors).toEqual([]);
    expect(response.parserErrors).toEqual([]);
    expect(Object.keys(response.statements ?? {})).toHaveLength(6);
  });

  it("keeps points, kinds, relations and linked groups through Argdown and back", async () => {
    const doc = linkedMap();
    const back = await roundTrip(doc);
    expect(back.nodes.map(pointOf)).toEqual(doc.nodes.map(pointOf));
    expect(relationShape(back)).toEqual(relationShape(expressible(doc)));
  });

  it("keeps any valid map's points and relations through Argdown and back", async () => {
    await fc.assert(
      fc.asyncProperty(validMapArb({ maxNodes: 7, maxEdges: 10 }), async (doc) => {
        const text = exportArgdown(doc).text;
        const response = parse(text);
        expect(response.parserErrors).toEqual([]);
        const back = await roundTrip(doc);
        expect(back.nodes.map(pointOf)).toEqual(doc.nodes.map(pointOf));
        expect(relationShape(back)).toEqual(relationShape(expressible(doc)));
      }),
      { numRuns: 40 },
    );
  });

  // Braces and equals signs are what Argdown's lexer looks for to end a data block or the front matter;
  // line separators end a line for it, though JSON leaves them unescaped.
  it("keeps any attribution, label and title, braces and equals signs included", async () => {
    const awkward = fc.string({
      minLength: 1,
      maxLength: 30,
      unit: fc.constantFrom("}", "{", "=", " ", '"', ",", "a", ":", "\\", "\u2028", "\u2029", "\u0085"),
    });
    await fc.assert(
      fc.asyncProperty(awkward, awkward, awkward, async (attribution, label, title) => {
        const doc = smallMap();
        doc.map.title = title.trim() || "t";
        const first = doc.nodes[0] as ArgumentMap["nodes"][number];
        first.attribution = attribution;
        first.label = label;
        const back = await roundTrip(doc);
        expect(spaced(back.map.title)).toBe(spaced(doc.map.title));
        expect(back.nodes.map(pointOf)).toEqual(doc.nodes.map(pointOf));
      }),
      { numRuns: 60 },
    );
  });

  it("escapes any text so that Argdown reads the same words back", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60, unit: "binary" }).filter((t) => t.trim() !== ""),
        (text) => {
          const response = parse(`[t]: ${escapeText(text)}\n`);
          expect(response.parserErrors).toEqual([]);
          expect(spaced(response.statements?.t?.members[0]?.text ?? "")).toBe(spaced(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names exactly what Argdown cannot carry", () => {
    const doc = smallMap();
    doc.edges.push(
      { id: "u1", from: "r", to: "e3", relation: "undercut" },
      { id: "e9", from: "ev", to: "t", relation: "support", weight: 0.5 },
    );
    expect(exportArgdown(doc).dropped).toEqual([
      "1 undercut of attacks (Argdown undercuts inferences only)",
      "the map's id",
      "the source text the map was made from",
      "when the map was made",
      "when the map was last changed",
      "the footnotes cited by 1 point",
      "the quotes of 1 point",
      "the positions of 1 point set by hand",
      "the ids of 6 relations",
      "the weights of 1 relation",
      "1 source",
    ]);
  });
});
