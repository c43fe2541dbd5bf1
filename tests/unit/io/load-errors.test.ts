/**
 * Every rule of format v1 that makes a document invalid, one case each: the small map passes, and the
 * same map with one thing broken fails at the expected path with a message that names the problem.
 */
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { formatProblem } from "../../../src/model/problem";
import { changed, smallMap } from "../../helpers/small-map";

type Doc = Parameters<Parameters<typeof changed>[0]>[0];
type AnyRecord = Record<string, unknown>;

const node = (doc: Doc, i: number) => doc.nodes[i] as unknown as AnyRecord;
const edge = (doc: Doc, i: number) => doc.edges[i] as unknown as AnyRecord;

const CASES: Array<[string, (doc: Doc) => void, string, RegExp]> = [
  [
    "duplicate node ids",
    (d) => void (node(d, 1).id = "t"),
    "nodes[1].id",
    /"t" is already used by nodes\[0\]/,
  ],
  [
    "an edge reusing a node id",
    (d) => void (edge(d, 0).id = "k"),
    "edges[0].id",
    /already used by nodes\[3\]/,
  ],
  [
    "duplicate source ids",
    (d) => d.sources?.push({ id: "s1", citation: "Again" }),
    "sources[1].id",
    /already used/,
  ],
  [
    "a sourceIds entry naming no source",
    (d) => void (node(d, 2).sourceIds = ["s9"]),
    "nodes[2].sourceIds[0]",
    /"s9" is not the id/,
  ],
  [
    "an edge from a missing node",
    (d) => void (edge(d, 0).from = "ghost"),
    "edges[0].from",
    /"ghost" is not a node id/,
  ],
  [
    "an edge to a missing node",
    (d) => void (edge(d, 0).to = "n99"),
    "edges[0].to",
    /"n99" is not a node or edge id/,
  ],
  ["an edge from an edge", (d) => void (edge(d, 3).from = "e1"), "edges[3].from", /is an edge; only a node/],
  [
    "a support aimed at an edge",
    (d) => void (edge(d, 1).to = "e1"),
    "edges[1].to",
    /a support must point at a node/,
  ],
  [
    "an attack aimed at an edge",
    (d) => void (edge(d, 3).to = "e1"),
    "edges[3].to",
    /an? attack must point at a node/,
  ],
  [
    "an undercut aimed at a node",
    (d) => d.edges.push({ id: "u", from: "k", to: "c", relation: "undercut" }),
    "edges[4].to",
    /is a node; an undercut must point at a support or attack edge/,
  ],
  [
    "an undercut aimed at an undercut",
    (d) => {
      d.edges.push({ id: "u1", from: "k", to: "e1", relation: "undercut" });
      d.edges.push({ id: "u2", from: "r", to: "u1", relation: "undercut" });
    },
    "edges[5].to",
    /is an undercut/,
  ],
  [
    "an undercut aimed at nothing",
    (d) => d.edges.push({ id: "u", from: "k", to: "zz", relation: "undercut" }),
    "edges[4].to",
    /"zz" is not a node or edge id/,
  ],
  [
    "a node supporting itself",
    (d) => d.edges.push({ id: "s", from: "c", to: "c", relation: "support" }),
    "edges[4]",
    /supports itself/,
  ],
  [
    "two edges with the same ends and relation",
    (d) => d.edges.push({ id: "e9", from: "c", to: "t", relation: "support" }),
    "edges[4]",
    /already has from "c", to "t" and relation support/,
  ],
  [
    "a group on an attack",
    (d) => void (edge(d, 2).group = "g"),
    "edges[2].group",
    /only support edges can be linked/,
  ],
  ["a base above 1", (d) => void (node(d, 1).base = 1.5), "nodes[1].base", /is 1.5; it must be at most 1/],
  ["a base below 0", (d) => void (node(d, 1).base = -0.1), "nodes[1].base", /at least 0/],
  ["a weight of 0", (d) => void (edge(d, 0).weight = 0), "edges[0].weight", /greater than 0/],
  ["a weight above 1", (d) => void (edge(d, 0).weight = 1.2), "edges[0].weight", /at most 1/],
  ["a missing text", (d) => void delete node(d, 0).text, "nodes[0].text", /is missing/],
  ["an empty text", (d) => void (node(d, 0).text = ""), "nodes[0].text", /is empty/],
  ["a blank text", (d) => void (node(d, 0).text = "   \n"), "nodes[0].text", /is blank/],
  [
    "a text that is a number",
    (d) => void (node(d, 0).text = 7),
    "nodes[0].text",
    /should be text, not the number 7/,
  ],
  [
    "a text of 2001 characters",
    (d) => void (node(d, 0).text = "a".repeat(2001)),
    "nodes[0].text",
    /2001 characters long; the limit is 2000/,
  ],
  [
    "a label of 121 characters",
    (d) => void (node(d, 0).label = "l".repeat(121)),
    "nodes[0].label",
    /limit is 120/,
  ],
  [
    "an attribution of 201 characters",
    (d) => void (node(d, 0).attribution = "a".repeat(201)),
    "nodes[0].attribution",
    /limit is 200/,
  ],
  [
    "21 tags",
    (d) => void (node(d, 0).tags = Array.from({ length: 21 }, (_, i) => `t${i}`)),
    "nodes[0].tags",
    /21 entries; the limit is 20/,
  ],
  [
    "a tag of 41 characters",
    (d) => void (node(d, 0).tags = ["x".repeat(41)]),
    "nodes[0].tags[0]",
    /limit is 40/,
  ],
  ["an empty tag", (d) => void (node(d, 0).tags = [""]), "nodes[0].tags[0]", /is empty/],
  [
    "a quote of 1001 characters",
    (d) => void (node(d, 1).quote = "q".repeat(1001)),
    "nodes[1].quote",
    /limit is 1000/,
  ],
  [
    "notes of 10001 characters",
    (d) => void (node(d, 1).notes = "n".repeat(10001)),
    "nodes[1].notes",
    /limit is 10000/,
  ],
  [
    "an unknown kind",
    (d) => void (node(d, 1).kind = "premise"),
    "nodes[1].kind",
    /"premise" is not a kind of node; use one of thesis/,
  ],
  [
    "an unknown relation",
    (d) => void (edge(d, 0).relation = "supports"),
    "edges[0].relation",
    /not a relation/,
  ],
  ["an id with a space", (d) => void (node(d, 1).id = "my claim"), "nodes[1].id", /not a valid id/],
  ["an id of 65 characters", (d) => void (node(d, 1).id = "i".repeat(65)), "nodes[1].id", /not a valid id/],
  ["an empty map title", (d) => void (d.map.title = ""), "map.title", /is empty/],
  ["a map title of 201 characters", (d) => void (d.map.title = "T".repeat(201)), "map.title", /limit is 200/],
  ["a missing map id", (d) => void delete (d.map as AnyRecord).id, "map.id", /is missing/],
  [
    "a description of 5001 characters",
    (d) => void (d.map.description = "d".repeat(5001)),
    "map.description",
    /limit is 5000/,
  ],
  [
    "a source text over 500000 characters",
    (d) => void (d.map.sourceText = "s".repeat(500_001)),
    "map.sourceText",
    /limit is 500000/,
  ],
  [
    "a javascript: link",
    (d) => void ((d.sources?.[0] as AnyRecord).url = "javascript:alert(1)"),
    "sources[0].url",
    /not an http/,
  ],
  [
    "a bare www. address",
    (d) => void ((d.sources?.[0] as AnyRecord).url = "www.icc-cpi.int"),
    "sources[0].url",
    /write "https:\/\/" in front/,
  ],
  [
    "a bad map source link",
    (d) => void (d.map.source = { url: "ftp://x.org" }),
    "map.source.url",
    /not an http/,
  ],
  [
    "a page of 41 characters",
    (d) => void ((d.sources?.[0] as AnyRecord).page = "p".repeat(41)),
    "sources[0].page",
    /limit is 40/,
  ],
  [
    "a source without a citation",
    (d) => void delete (d.sources![0] as AnyRecord).citation,
    "sources[0].citation",
    /is missing/,
  ],
  [
    "a date that is not a date",
    (d) => void (d.map.createdAt = "yesterday"),
    "map.createdAt",
    /not a date and time/,
  ],
  [
    "a position that is not a number",
    (d) => void ((node(d, 0).position as AnyRecord).x = "left"),
    "nodes[0].position.x",
    /should be a number/,
  ],
  ["a field name with a dot", (d) => void (node(d, 0)["a.b"] = 1), 'nodes[0]["a.b"]', /is not a field/],
  [
    "an unknown field",
    (d) => void (node(d, 0).colour = "red"),
    "nodes[0].colour",
    /"colour" is not a field of format v3/,
  ],
  ["an unknown top-level field", (d) => void (d.extra = true), "extra", /not a field/],
  [
    "nodes that are not a list",
    (d) => void ((d as AnyRecord).nodes = {}),
    "nodes",
    /should be a list, not an object/,
  ],
  ["a missing edges list", (d) => void delete (d as AnyRecord).edges, "edges", /is missing/],
  ["meta that is not an object", (d) => void (node(d, 0).meta = [1]), "nodes[0].meta", /should be an object/],
];

describe("rules that make a document invalid", () => {
  it("accepts the small map that every case starts from", () => {
    const result = loadMap(JSON.stringify(smallMap()));
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
  });

  it.each(CASES)("refuses %s", (_name, change, path, message) => {
    const result = loadMap(changed(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("invalid");
    const lines = result.errors.map(formatProblem);
    expect(
      lines.some((line) => line.startsWith(`${path}: `) && message.test(line)),
      lines.join("\n"),
    ).toBe(true);
  });

  it("counts characters as code points, so 2000 emoji are a legal text", () => {
    expect(loadMap(changed((d) => void (node(d, 0).text = "🙂".repeat(2000)))).ok).toBe(true);
    expect(loadMap(changed((d) => void (node(d, 0).text = "🙂".repeat(2001)))).ok).toBe(false);
  });

  it("reports every problem, not only the first", () => {
    const result = loadMap(
      changed((d) => {
        node(d, 0).base = 2;
        edge(d, 0).weight = 5;
        node(d, 1).label = 3;
      }),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual([
      "edges[0].weight",
      "nodes[0].base",
      "nodes[1].label",
    ]);
  });

  it("stops at 100 problems", () => {
    const text = changed((d) => {
      d.nodes = Array.from({ length: 150 }, (_, i) => ({ id: `n${i}`, kind: "claim", text: "" }));
    });
    const result = loadMap(text);
    expect(result.ok ? 0 : result.errors.length).toBe(100);
  });
});

describe("the envelope and the file as a whole", () => {
  const failure = (text: string) => {
    const result = loadMap(text);
    if (result.ok) throw new Error("expected the load to fail");
    return { kind: result.kind, lines: result.errors.map(formatProblem) };
  };

  it("locates a JSON syntax error by line and column", () => {
    expect(failure('{\n  "format": "argument-map",\n  "version": 1,,\n}')).toEqual({
      kind: "not-json",
      lines: ['$: not valid JSON at line 3, column 16 (unexpected ",")'],
    });
  });

  it("says when the text ends too early", () => {
    expect(failure('{"format": "argument-map"').lines[0]).toMatch(
      /^\$: not valid JSON at line 1, column 26 \(the text ends too early\)/,
    );
  });

  it("says when the input is empty", () => {
    expect(failure("  \n").lines).toEqual(["$: the input is empty, not a JSON map"]);
  });

  it("reads a file that starts with a byte-order mark", () => {
    expect(loadMap(`\uFEFF${JSON.stringify(smallMap())}`).ok).toBe(true);
  });

  it("refuses JSON that is not an object", () => {
    expect(failure("[1, 2]")).toEqual({
      kind: "not-a-map",
      lines: [expect.stringMatching(/^\$: this is a list, not an argument map/)],
    });
  });

  it("refuses another format", () => {
    expect(failure(changed((d) => void ((d as AnyRecord).format = "excalidraw"))).lines).toEqual([
      'format: is "excalidraw"; an argument map has "format": "argument-map"',
    ]);
  });

  it("refuses a newer version without reading further", () => {
    const result = failure(changed((d) => void ((d as AnyRecord).version = 4)));
    expect(result.kind).toBe("newer-version");
    expect(result.lines[0]).toMatch(/^version: this map is in format version 4, newer than/);
  });

  it("refuses a version that is not a whole number", () => {
    expect(failure(changed((d) => void ((d as AnyRecord).version = 1.5))).lines[0]).toMatch(
      /^version: should be a whole number/,
    );
  });

  it("refuses more than 100000 nodes, saying which limit", () => {
    const many = Array.from({ length: 100_001 }, (_, i) => ({ id: `n${i}`, kind: "claim", text: "x" }));
    const result = failure(changed((d) => void ((d as AnyRecord).nodes = many)));
    expect(result).toEqual({
      kind: "too-large",
      lines: ["nodes: the map has 100001 nodes; the limit is 100000"],
    });
  });

  it("refuses more than 64 MB", () => {
    const padded = `${" ".repeat(64 * 1024 * 1024)}${JSON.stringify(smallMap())}`;
    expect(failure(padded)).toEqual({
      kind: "too-large",
      lines: ["$: the file is larger than 64 MB, the limit for a map"],
    });
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses the key %s wherever it appears", (key) => {
    const text = JSON.stringify(smallMap()).replace('"view":{', `"view":{"${key}":1,`);
    expect(failure(text).lines).toEqual([`view.${key}: the key "${key}" is not allowed anywhere in a map`]);
    const inMeta = changed((d) => void (node(d, 0).meta = { deep: { ok: 1 } })).replace('"ok"', `"${key}"`);
    expect(failure(inMeta).lines).toEqual([
      `nodes[0].meta.deep.${key}: the key "${key}" is not allowed anywhere in a map`,
    ]);
  });

  it("finds a forbidden key spelled with unicode escapes", () => {
    const text = changed((d) => void (node(d, 0).meta = { planted: 1 })).replace(
      '"planted"',
      '"\\u005f_proto__"',
    );
    expect(failure(text).lines).toEqual([
      'nodes[0].meta.__proto__: the key "__proto__" is not allowed anywhere in a map',
    ]);
  });

  it("keeps meta as it was given", () => {
    const meta = { tool: "other", nested: { list: [1, "two", null, true] } };
    const result = loadMap(changed((d) => void (node(d, 0).meta = meta)));
    expect(result.ok && result.doc.nodes[0]?.meta).toEqual(meta);
  });
});

describe("lenient mode for imports", () => {
  it("drops unknown fields with a warning instead of refusing them", () => {
    const result = loadMap(
      changed((d) => void (node(d, 0).colour = "red")),
      { mode: "lenient" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.nodes[0]).not.toHaveProperty("colour");
    expect(result.warnings.map(formatProblem)).toContain(
      'nodes[0].colour: "colour" is not a field of format v3 (custom data belongs in "meta"); it was dropped',
    );
  });

  it("still refuses real errors", () => {
    const result = loadMap(
      changed((d) => void (node(d, 0).base = 3)),
      { mode: "lenient" },
    );
    expect(result.ok).toBe(false);
  });
});
