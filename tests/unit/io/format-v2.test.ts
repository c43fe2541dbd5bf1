/**
 * The fields format version 2 added (debates, presentations, the classroom): each loads when it is
 * right, each limit and rule across records refuses or warns at the right path, stale ids are dropped,
 * and the canonical form writes the new keys after the version-1 keys of the same record.
 */
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { serializeMap } from "../../../src/io/serialize";
import { formatProblem } from "../../../src/model/problem";
import { type ArgumentMap, CURRENT_VERSION } from "../../../src/model/schema";
import { changed, smallMap } from "../../helpers/small-map";

type Doc = ArgumentMap & Record<string, unknown>;
type AnyRecord = Record<string, unknown>;

const node = (doc: Doc, i: number) => doc.nodes[i] as unknown as AnyRecord;
const edge = (doc: Doc, i: number) => doc.edges[i] as unknown as AnyRecord;
const info = (doc: Doc) => doc.map as unknown as AnyRecord;

/** The small map with every version-2 field set once. */
function fullMap(): Doc {
  const doc = smallMap() as Doc;
  doc.map.debate = { format: "policy", motion: "Resolved: uniforms.", forSide: "Aff", againstSide: "Neg" };
  doc.map.assignment = {
    title: "Map the critiques",
    instructions: "Add one critique.",
    teacher: "Ms Rivera",
    stems: { critique: ["One weakness is ..."] },
    allowedKinds: ["claim", "critique"],
    locked: ["t", "c"],
  };
  doc.map.student = { name: "Sam" };
  doc.map.feedback = { comment: "Good.", mark: "B+", released: false };
  Object.assign(node(doc, 0), { speech: "1AC" });
  Object.assign(node(doc, 1), {
    speech: "1AC",
    feedback: { comment: "Cite it.", released: true },
    addedBy: "Sam",
    ratings: [
      { by: "Sam", base: 0.7 },
      { by: "Ana", base: 0.4 },
    ],
  });
  Object.assign(node(doc, 3), { speech: "1NC" });
  Object.assign(edge(doc, 2), { response: "turn" });
  doc.presentations = [
    {
      id: "p1",
      title: "The case",
      steps: [{ show: ["t"], focus: "t", note: "Start here." }, { show: ["c", "ev"] }],
    },
  ];
  return doc;
}

function load(doc: unknown) {
  return loadMap(JSON.stringify(doc));
}

function errorsOf(change: (doc: Doc) => void): string[] {
  const doc = fullMap();
  change(doc);
  const result = load(doc);
  if (result.ok) return [];
  return result.errors.map(formatProblem);
}

function warningsOf(change: (doc: Doc) => void): string[] {
  const doc = fullMap();
  change(doc);
  const result = load(doc);
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join("\n"));
  return result.warnings.map(formatProblem);
}

describe("version 2 fields", () => {
  it("a map with every new field loads unchanged and without warnings", () => {
    const result = load(fullMap());
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join("\n"));
    expect(result.warnings).toEqual([]);
    expect(result.doc).toEqual(fullMap());
  });

  const ERRORS: Array<[string, (doc: Doc) => void, string, RegExp]> = [
    [
      "a response on a support",
      (d) => void (edge(d, 0).response = "turn"),
      "edges[0].response",
      /only attack and undercut edges/,
    ],
    [
      "a response that is no response",
      (d) => void (edge(d, 2).response = "shrug"),
      "edges[2].response",
      /"shrug"/,
    ],
    [
      "two ratings by one person",
      (d) =>
        void (node(d, 1).ratings = [
          { by: "Sam", base: 0.1 },
          { by: "Ana", base: 0.2 },
          { by: "Sam", base: 0.3 },
        ]),
      "nodes[1].ratings[2].by",
      /"Sam" already rated this node in ratings\[0\]/,
    ],
    [
      "a rating above 1",
      (d) => void (node(d, 1).ratings = [{ by: "Sam", base: 2 }]),
      "nodes[1].ratings[0].base",
      /at most 1/,
    ],
    [
      "1001 ratings",
      (d) => void (node(d, 1).ratings = Array.from({ length: 1001 }, (_, i) => ({ by: `p${i}`, base: 0.5 }))),
      "nodes[1].ratings",
      /1001 entries; the limit is 1000/,
    ],
    [
      "two presentations with one id",
      (d) => d.presentations?.push({ id: "p1", title: "Again", steps: [] }),
      "presentations[1].id",
      /"p1" is already used by presentations\[0\]/,
    ],
    [
      "51 presentations",
      (d) =>
        void (d.presentations = Array.from({ length: 51 }, (_, i) => ({
          id: `p${i}`,
          title: "P",
          steps: [],
        }))),
      "presentations",
      /51 entries; the limit is 50/,
    ],
    [
      "501 steps",
      (d) =>
        void ((d.presentations?.[0] as AnyRecord).steps = Array.from({ length: 501 }, () => ({ show: [] }))),
      "presentations[0].steps",
      /501 entries; the limit is 500/,
    ],
    [
      "a presentation id that is not an id",
      (d) => void ((d.presentations?.[0] as AnyRecord).id = "a b"),
      "presentations[0].id",
      /not a valid id/,
    ],
    [
      "an empty presentation title",
      (d) => void ((d.presentations?.[0] as AnyRecord).title = ""),
      "presentations[0].title",
      /is empty/,
    ],
    [
      "a presenter note of 2001 characters",
      (d) => void ((d.presentations?.[0]?.steps[0] as AnyRecord).note = "n".repeat(2001)),
      "presentations[0].steps[0].note",
      /limit is 2000/,
    ],
    [
      "a motion of 501 characters",
      (d) => void ((info(d).debate as AnyRecord).motion = "m".repeat(501)),
      "map.debate.motion",
      /limit is 500/,
    ],
    [
      "a side name of 41 characters",
      (d) => void ((info(d).debate as AnyRecord).forSide = "s".repeat(41)),
      "map.debate.forSide",
      /limit is 40/,
    ],
    [
      "a debate without a format",
      (d) => void delete (info(d).debate as AnyRecord).format,
      "map.debate.format",
      /is missing/,
    ],
    [
      "a speech that is not an id",
      (d) => void (node(d, 0).speech = "1 AC"),
      "nodes[0].speech",
      /not a valid id/,
    ],
    [
      "an assignment without a title",
      (d) => void delete (info(d).assignment as AnyRecord).title,
      "map.assignment.title",
      /is missing/,
    ],
    [
      "instructions of 5001 characters",
      (d) => void ((info(d).assignment as AnyRecord).instructions = "i".repeat(5001)),
      "map.assignment.instructions",
      /limit is 5000/,
    ],
    [
      "11 sentence starters for a kind",
      (d) =>
        void ((info(d).assignment as AnyRecord).stems = {
          claim: Array.from({ length: 11 }, () => "It is ..."),
        }),
      "map.assignment.stems.claim",
      /11 entries; the limit is 10/,
    ],
    [
      "sentence starters for a kind that does not exist",
      (d) => void ((info(d).assignment as AnyRecord).stems = { opinion: ["I think"] }),
      "map.assignment.stems.opinion",
      /not a field/,
    ],
    [
      "an allowed kind that does not exist",
      (d) => void ((info(d).assignment as AnyRecord).allowedKinds = ["opinion"]),
      "map.assignment.allowedKinds[0]",
      /"opinion"/,
    ],
    ["a student without a name", (d) => void (info(d).student = {}), "map.student.name", /is missing/],
    [
      "a mark of 41 characters",
      (d) => void ((info(d).feedback as AnyRecord).mark = "m".repeat(41)),
      "map.feedback.mark",
      /limit is 40/,
    ],
    [
      "a comment of 2001 characters",
      (d) => void (node(d, 1).feedback = { comment: "c".repeat(2001) }),
      "nodes[1].feedback.comment",
      /limit is 2000/,
    ],
    [
      "released that is not true or false",
      (d) => void (node(d, 1).feedback = { released: "yes" }),
      "nodes[1].feedback.released",
      /true or false/,
    ],
    [
      "addedBy of 201 characters",
      (d) => void (node(d, 1).addedBy = "a".repeat(201)),
      "nodes[1].addedBy",
      /limit is 200/,
    ],
  ];

  it.each(ERRORS)("refuses %s", (_name, change, path, message) => {
    const lines = errorsOf(change);
    const line = lines.find((candidate) => candidate.startsWith(`${path}: `));
    expect(line, `an error at ${path}, among: ${lines.join(" | ")}`).toBeDefined();
    expect(line).toMatch(message);
  });

  const WARNINGS: Array<[string, (doc: Doc) => void, string]> = [
    [
      "an unknown debate format",
      (d) => void ((info(d).debate as AnyRecord).format = "oxford"),
      'map.debate.format: "oxford" is not a debate format this version of Warrant knows; the map is read as classroom',
    ],
    [
      "a speech the format lacks",
      (d) => void (node(d, 0).speech = "PMC"),
      'nodes[0].speech: "PMC" is not a speech of the policy format (1AC, 1NC, 2AC, 2NC, 1NR, 1AR, 2NR, 2AR); the point is listed without a speech',
    ],
    [
      "a point placed in a cross-examination",
      (d) => void (node(d, 0).speech = "CX-1AC"),
      'nodes[0].speech: "CX-1AC" is a cross-examination period of the policy format, not a speech; the point is listed without a speech',
    ],
    [
      "a speech on a map without a debate block, which is read as classroom",
      (d) => void delete info(d).debate,
      'nodes[0].speech: "1AC" is not a speech of the classroom format (OF, OA, RF, RA); the point is listed without a speech',
    ],
    [
      "a step showing no node",
      (d) => void d.presentations?.[0]?.steps[1]?.show.push("ghost"),
      'presentations[0].steps[1].show[2]: "ghost" is not a node; this entry is dropped',
    ],
    [
      "a step focusing no node",
      (d) => void ((d.presentations?.[0]?.steps[0] as AnyRecord).focus = "ghost"),
      'presentations[0].steps[0].focus: "ghost" is not a node; this entry is dropped',
    ],
    [
      "a locked id naming no node",
      (d) => void (info(d).assignment as { locked: string[] }).locked.push("ghost"),
      'map.assignment.locked[2]: "ghost" is not a node; this entry is dropped',
    ],
  ];

  it.each(WARNINGS)("warns about %s", (_name, change, expected) => {
    expect(warningsOf(change)).toContain(expected);
  });

  it("drops the stale presentation and locked entries from the loaded map, as it drops stale view entries", () => {
    const doc = fullMap();
    const step = doc.presentations?.[0]?.steps[0] as AnyRecord;
    step.show = ["ghost", "t"];
    step.focus = "ghost";
    (doc.map.assignment as { locked: string[] }).locked = ["ghost", "c"];
    const result = load(doc);
    if (!result.ok) throw new Error("should load");
    expect(result.doc.presentations?.[0]?.steps[0]).toEqual({ show: ["t"], note: "Start here." });
    expect(result.doc.map.assignment?.locked).toEqual(["c"]);
    // Saving drops them too, so the file never carries them again.
    expect(JSON.parse(serializeMap(doc)).presentations[0].steps[0]).toEqual({
      show: ["t"],
      note: "Start here.",
    });
  });

  it("an unknown field inside a new record is refused in strict mode and dropped in lenient mode", () => {
    const text = changed((d) => void (d.map.debate = { format: "policy", judge: "Ms Lee" } as never));
    const strict = loadMap(text);
    expect(strict.ok).toBe(false);
    if (!strict.ok)
      expect(strict.errors.map(formatProblem)).toContain(
        'map.debate.judge: "judge" is not a field of format v3 (custom data belongs in "meta")',
      );
    const lenient = loadMap(text, { mode: "lenient" });
    expect(lenient.ok && lenient.doc.map.debate).toEqual({ format: "policy" });
    expect(lenient.warnings.map(formatProblem)).toContain(
      'map.debate.judge: "judge" is not a field of format v3 (custom data belongs in "meta"); it was dropped',
    );
  });
});

describe("the canonical form of version 2", () => {
  it("writes the new keys after the version-1 keys of the same record, in the order the format lists them", () => {
    const doc = fullMap();
    const reversed = (record: AnyRecord) => Object.fromEntries(Object.entries(record).reverse());
    const shuffled = reversed({
      ...doc,
      map: reversed({ ...info(doc), meta: { a: 1 } }),
      nodes: doc.nodes.map((n) => reversed({ ...n, meta: { a: 1 } })),
      edges: doc.edges.map((e) => reversed({ ...e, meta: { a: 1 } })),
    });
    const written = JSON.parse(serializeMap(shuffled as unknown as ArgumentMap));
    expect(Object.keys(written)).toEqual([
      "format",
      "version",
      "map",
      "nodes",
      "edges",
      "sources",
      "view",
      "presentations",
    ]);
    expect(Object.keys(written.map)).toEqual([
      "id",
      "title",
      "sourceText",
      "createdAt",
      "updatedAt",
      "meta",
      "debate",
      "assignment",
      "student",
      "feedback",
    ]);
    expect(Object.keys(written.map.debate)).toEqual(["format", "motion", "forSide", "againstSide"]);
    expect(Object.keys(written.map.assignment)).toEqual([
      "title",
      "instructions",
      "teacher",
      "stems",
      "allowedKinds",
      "locked",
    ]);
    expect(Object.keys(written.map.feedback)).toEqual(["comment", "mark", "released"]);
    expect(Object.keys(written.nodes[1])).toEqual([
      "id",
      "kind",
      "text",
      "base",
      "quote",
      "meta",
      "speech",
      "feedback",
      "addedBy",
      "ratings",
    ]);
    expect(Object.keys(written.nodes[1].ratings[0])).toEqual(["by", "base"]);
    expect(Object.keys(written.edges[2])).toEqual(["id", "from", "to", "relation", "meta", "response"]);
    expect(Object.keys(written.presentations[0])).toEqual(["id", "title", "steps"]);
    expect(Object.keys(written.presentations[0].steps[0])).toEqual(["show", "focus", "note"]);
  });

  it("orders sentence starters by kind, as the format lists kinds", () => {
    const doc = fullMap();
    (doc.map.assignment as AnyRecord).stems = { rebuttal: ["But"], thesis: ["We hold"], claim: ["Also"] };
    expect(Object.keys(JSON.parse(serializeMap(doc)).map.assignment.stems)).toEqual([
      "thesis",
      "claim",
      "rebuttal",
    ]);
  });

  it("writes the current version, which holds every field of version 2", () => {
    expect(JSON.parse(serializeMap(smallMap())).version).toBe(CURRENT_VERSION);
  });
});
