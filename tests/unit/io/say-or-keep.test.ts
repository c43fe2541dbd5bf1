/**
 * Say it or keep it: every writer either writes a field of the map or reports it as dropped, with a
 * count. The list of fields is held to the format's JSON Schema, so a field added to the format must be
 * given words before any writer can pass; each writer is then given a map holding every field (each
 * with a word of its own to find in the output) and every field is looked for, written or reported.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AIF_CARRIES } from "../../../src/io/formats/aif/aif-export";
import { ARGDOWN_CARRIES } from "../../../src/io/formats/argdown/argdown-export";
import { BRIEF_CARRIES } from "../../../src/io/formats/brief/brief-markdown";
import { DOT_CARRIES } from "../../../src/io/formats/dot-export";
import { FIELD_LOSSES, MAP_FIELDS, type MapField } from "../../../src/io/formats/field-losses";
import { OUTPUT_FORMAT_INFO, OUTPUT_FORMATS, type OutputFormat } from "../../../src/io/formats/formats";
import { FRAMEWORK_CARRIES } from "../../../src/io/formats/iccma/framework-export";
import { loadMap } from "../../../src/io/load";
import { SVG_CARRIES } from "../../../src/io/picture/svg-export";
import type { ArgumentMap } from "../../../src/model/schema";
import { validMapArb } from "../../helpers/arbitraries";

const CARRIES: Record<OutputFormat, ReadonlySet<MapField>> = {
  json: new Set(MAP_FIELDS),
  argdown: ARGDOWN_CARRIES,
  aif: AIF_CARRIES,
  apx: FRAMEWORK_CARRIES,
  tgf: FRAMEWORK_CARRIES,
  iccma: FRAMEWORK_CARRIES,
  dot: DOT_CARRIES,
  markdown: BRIEF_CARRIES,
  svg: SVG_CARRIES,
};

/** The fields of the format as the JSON Schema lists them, a record's own fields one by one. */
function schemaFields(): string[] {
  const schema = JSON.parse(readFileSync("schema/argument-map.v3.schema.json", "utf8"));
  const props = (node: { properties?: Record<string, unknown> }) => Object.keys(node.properties ?? {});
  const top = schema.properties;
  return [
    ...props(top.map).map((k) => `map.${k}`),
    ...props(top.nodes.items).map((k) => `nodes.${k}`),
    ...props(top.edges.items).map((k) => `edges.${k}`),
    "sources",
    ...props(top.view).map((k) => `view.${k}`),
    "presentations",
  ];
}

/** A map holding every field, string fields holding a word found nowhere else. */
function everyField(): ArgumentMap {
  return {
    format: "argument-map",
    version: 3,
    map: {
      id: "tokmapid",
      title: "TokTitle",
      description: "TokDescription",
      source: { title: "TokSourceTitle", author: "TokAuthor", url: "https://example.org/tok" },
      sourceText: "TokSourceText and TokQuote here.",
      createdAt: "2026-01-02T03:04:05Z",
      updatedAt: "2026-01-03T03:04:05Z",
      meta: { tool: "TokMapMeta" },
      debate: { format: "classroom", motion: "TokMotion" },
      assignment: { title: "TokAssignment" },
      student: { name: "TokStudent" },
      feedback: { comment: "TokMapFeedback" },
    },
    nodes: [
      {
        id: "tokthesis",
        kind: "thesis",
        text: "TokThesisText",
        label: "TokLabel",
        base: 0.42,
        attribution: "TokAttribution",
        tags: ["toktag"],
        sourceIds: ["s1"],
        quote: "TokQuote",
        notes: "TokNotes",
        meta: { tool: "TokNodeMeta" },
        speech: "OF",
        feedback: { comment: "TokNodeFeedback" },
        addedBy: "TokAddedBy",
        ratings: [{ by: "TokRater", base: 0.3 }],
        position: { x: 1, y: 2 },
      },
      { id: "tokclaim", kind: "claim", text: "TokClaimText" },
      { id: "tokclaim2", kind: "claim", text: "TokClaimTwo" },
      { id: "tokcritique", kind: "critique", text: "TokCritiqueText" },
      {
        id: "tokevidence",
        kind: "evidence",
        text: "TokEvidenceText",
        sourceIds: ["s1"],
        card: { tag: "TokCardTag", cite: "TokCardCite", text: "TokCardText" },
      },
    ],
    edges: [
      {
        id: "tokedge1",
        from: "tokclaim",
        to: "tokthesis",
        relation: "support",
        weight: 0.5,
        group: "g1",
        meta: { tool: "TokEdgeMeta" },
      },
      { id: "tokedge4", from: "tokclaim2", to: "tokthesis", relation: "support", group: "g1" },
      { id: "tokedge2", from: "tokcritique", to: "tokthesis", relation: "attack", response: "turn" },
      { id: "tokedge3", from: "tokcritique", to: "tokedge1", relation: "undercut" },
      { id: "tokedge5", from: "tokevidence", to: "tokclaim", relation: "support" },
    ],
    sources: [{ id: "s1", citation: "TokCitation" }],
    view: { collapsed: ["tokclaim"] },
    presentations: [{ id: "p1", title: "TokPresentation", steps: [{ show: ["tokthesis"] }] }],
  } as ArgumentMap;
}

/** The word to find in the output for a field that holds one. */
const TOKENS: Partial<Record<MapField, string>> = {
  "map.id": "tokmapid",
  "map.title": "TokTitle",
  "map.description": "TokDescription",
  "map.source": "TokSourceTitle",
  "map.sourceText": "TokSourceText",
  "map.meta": "TokMapMeta",
  "map.debate": "TokMotion",
  "map.assignment": "TokAssignment",
  "map.student": "TokStudent",
  "map.feedback": "TokMapFeedback",
  "nodes.id": "tokcritique",
  "nodes.text": "TokCritiqueText",
  "nodes.label": "TokLabel",
  "nodes.attribution": "TokAttribution",
  "nodes.tags": "toktag",
  "nodes.quote": "TokQuote",
  "nodes.notes": "TokNotes",
  "nodes.meta": "TokNodeMeta",
  "nodes.feedback": "TokNodeFeedback",
  "nodes.addedBy": "TokAddedBy",
  "nodes.ratings": "TokRater",
  "nodes.card": "TokCardText",
  "edges.id": "tokedge2",
  "edges.meta": "TokEdgeMeta",
  sources: "TokCitation",
  presentations: "TokPresentation",
};

describe("say it or keep it", () => {
  it("has words for every field of the format", () => {
    const known = new Set<string>(MAP_FIELDS);
    expect(schemaFields().filter((field) => !known.has(field))).toEqual([]);
  });

  it("holds a valid map with every field in the test map", () => {
    const loaded = loadMap(JSON.stringify(everyField()), { mode: "strict" });
    expect(loaded.ok && loaded.warnings.map((w) => w.message)).toEqual([]);
  });

  it.each(OUTPUT_FORMATS.map((format) => [format]))(
    "%s writes each field or reports it, with a count",
    async (format) => {
      const doc = everyField();
      const written = await (
        OUTPUT_FORMAT_INFO.get(format) as {
          write(d: ArgumentMap): Promise<{ text: string; dropped: string[] }>;
        }
      ).write(doc);
      const neither: string[] = [];
      for (const field of MAP_FIELDS) {
        const count = FIELD_LOSSES[field].count(doc);
        if (count === 0) continue;
        const reported = written.dropped.some((line) => line.startsWith(FIELD_LOSSES[field].words(count)));
        const token = TOKENS[field];
        const found = token === undefined ? CARRIES[format].has(field) : written.text.includes(token);
        if (!reported && !found) neither.push(field);
        // A field the writer says it carries, unless it reports carrying it only in part, is in the output.
        if (CARRIES[format].has(field) && !reported && token !== undefined && format !== "markdown")
          expect([field, written.text.includes(token)]).toEqual([field, true]);
      }
      expect(neither).toEqual([]);
    },
  );

  it("reports every field a writer does not carry, with the number of records holding it, on any map", async () => {
    await fc.assert(
      fc.asyncProperty(validMapArb(), fc.constantFrom(...OUTPUT_FORMATS), async (doc, format) => {
        const written = await (
          OUTPUT_FORMAT_INFO.get(format) as { write(d: ArgumentMap): Promise<{ dropped: string[] }> }
        ).write(doc);
        for (const field of MAP_FIELDS) {
          const count = FIELD_LOSSES[field].count(doc);
          if (count === 0 || CARRIES[format].has(field)) continue;
          expect(written.dropped).toContain(FIELD_LOSSES[field].words(count));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the essay map, written as Argdown and as AIF", () => {
  const loaded = loadMap(readFileSync("fixtures/icc-essay.argmap.json", "utf8"), { mode: "strict" });
  if (!loaded.ok) throw new Error("the essay map did not load");
  const doc = loaded.doc;
  const speeches = doc.nodes.filter((node) => node.speech !== undefined).length;
  const presentations = FIELD_LOSSES.presentations.words(doc.presentations?.length ?? 0);

  it("reports the speeches, the debate block, the presentations, the description and the source text in Argdown", async () => {
    const { dropped } = await (
      OUTPUT_FORMAT_INFO.get("argdown") as { write(d: ArgumentMap): Promise<{ dropped: string[] }> }
    ).write(doc);
    expect(speeches).toBeGreaterThan(0);
    expect(dropped).toEqual(
      expect.arrayContaining([
        `the speech of ${speeches} points`,
        "the debate block (format, motion and sides)",
        presentations,
        "the map's description",
        "the source text the map was made from",
      ]),
    );
  });

  it("reports the speeches, the debate block, the presentations, the title and the description in AIF", async () => {
    const { dropped } = await (
      OUTPUT_FORMAT_INFO.get("aif") as { write(d: ArgumentMap): Promise<{ dropped: string[] }> }
    ).write(doc);
    expect(dropped).toEqual(
      expect.arrayContaining([
        `the speech of ${speeches} points`,
        "the debate block (format, motion and sides)",
        presentations,
        "the map's title",
        "the map's description",
      ]),
    );
  });
});
