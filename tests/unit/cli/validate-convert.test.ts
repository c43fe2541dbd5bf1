import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import { INPUT_FORMATS, OUTPUT_FORMATS } from "../../../src/io/formats/formats";
import { serializeMap } from "../../../src/io/serialize";
import type { ArgEdge, ArgNode, ArgumentMap } from "../../../src/model/schema";
import { documentSchemaV1 } from "../../../src/model/schema-v1";
import { documentSchemaV2 } from "../../../src/model/schema-v2";
import { memoryIo } from "../../helpers/memory-io";
import { prototypeNamedMap } from "../../helpers/prototype-map";
import { changed, smallMap, smallMapVersion1 } from "../../helpers/small-map";

const valid = JSON.stringify(smallMap());

describe("warrant validate", () => {
  it("exits 0 and prints nothing for a valid map without warnings", async () => {
    const io = memoryIo({ "map.json": valid });
    expect(await runCli(["validate", "map.json"], io)).toBe(0);
    expect([io.out, io.err]).toEqual(["", ""]);
  });

  it("prints warnings on standard output and still exits 0", async () => {
    const io = memoryIo({ "map.json": changed((d) => void delete d.nodes[2]?.sourceIds) });
    expect(await runCli(["validate", "map.json"], io)).toBe(0);
    expect(io.out).toBe('warning: nodes[2].sourceIds: the evidence "ev" cites no source\n');
  });

  it("exits 1 with each problem on standard error", async () => {
    const io = memoryIo({
      "map.json": changed((d) => {
        (d.edges[0] as { to: string }).to = "n99";
        (d.nodes[0] as { base: number }).base = 2;
      }),
    });
    expect(await runCli(["validate", "map.json"], io)).toBe(1);
    expect(io.err).toBe("nodes[0].base: is 2; it must be at most 1\n");
    expect(io.out).toBe("");
  });

  it("reports integrity problems once the records are well formed", async () => {
    const io = memoryIo({ "map.json": changed((d) => void ((d.edges[0] as { to: string }).to = "n99")) });
    expect(await runCli(["validate", "map.json"], io)).toBe(1);
    expect(io.err).toBe('edges[0].to: "n99" is not a node or edge id\n');
  });

  it("exits 1 for a newer format version", async () => {
    const io = memoryIo({ "map.json": changed((d) => void ((d as { version: number }).version = 4)) });
    expect(await runCli(["validate", "map.json"], io)).toBe(1);
    expect(io.err).toMatch(/^version: this map is in format version 4/);
  });

  it("reads standard input for -", async () => {
    const io = memoryIo({}, valid);
    expect(await runCli(["validate", "-"], io)).toBe(0);
  });

  it("exits 2 with one line for a missing file", async () => {
    const io = memoryIo();
    expect(await runCli(["validate", "missing.json"], io)).toBe(2);
    expect(io.err).toBe('warrant: cannot read "missing.json": no such file\n');
  });

  it("exits 2 with one line for input that is not JSON", async () => {
    const io = memoryIo({ "notes.txt": "Uniforms are good.\n" });
    expect(await runCli(["validate", "notes.txt"], io)).toBe(2);
    expect(io.err).toBe('$: not valid JSON at line 1, column 1 (unexpected "U")\n');
  });

  it("exits 2 for bad usage", async () => {
    for (const argv of [
      ["validate"],
      ["validate", "a", "b"],
      ["validate", "--strange", "a"],
      ["frobnicate"],
      [],
    ]) {
      const io = memoryIo({ a: valid });
      expect(await runCli(argv, io), argv.join(" ")).toBe(2);
    }
  });

  it("prints help and the version", async () => {
    const io = memoryIo();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(io.out).toContain("Usage: warrant <command>");
    expect(await runCli(["validate", "--help"], io)).toBe(0);
    expect(io.out).toContain("Usage: warrant validate");
    const version = memoryIo();
    expect(await runCli(["--version"], version)).toBe(0);
    expect(version.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("warrant convert", () => {
  it("writes the canonical form to standard output", async () => {
    const io = memoryIo({ "map.json": JSON.stringify(smallMap()) });
    expect(await runCli(["convert", "map.json"], io)).toBe(0);
    expect(io.out).toBe(serializeMap(smallMap()));
  });

  it("writes to -o and leaves the input unchanged", async () => {
    const io = memoryIo({ "map.json": valid });
    expect(await runCli(["convert", "map.json", "--to", "json", "-o", "out.json"], io)).toBe(0);
    expect(io.files.get("out.json")).toBe(serializeMap(smallMap()));
    expect(io.files.get("map.json")).toBe(valid);
  });

  it("drops unknown fields and says so on standard error", async () => {
    const io = memoryIo({
      "map.json": changed((d) => void ((d.nodes[0] as Record<string, unknown>).colour = "red")),
    });
    expect(await runCli(["convert", "map.json"], io)).toBe(0);
    expect(io.err).toContain('warning: "colour" is not a field of format v3');
    expect(io.err).toContain("(at point 1, colour)");
    expect(JSON.parse(io.out).nodes[0]).not.toHaveProperty("colour");
  });

  it("writes version 1 on request and names each field it had to drop", async () => {
    const doc = smallMap();
    doc.map.debate = { format: "classroom" };
    doc.nodes[0] = { ...(doc.nodes[0] as ArgNode), speech: "OF" };
    doc.edges[2] = { ...(doc.edges[2] as ArgEdge), response: "turn" };
    doc.presentations = [{ id: "p", title: "Case", steps: [{ show: ["t"] }] }];
    const io = memoryIo({ "map.json": JSON.stringify(doc) });
    expect(await runCli(["convert", "map.json", "--format-version", "1"], io)).toBe(0);
    expect(io.err.trimEnd().split("\n")).toEqual([
      'dropped: presentations: format version 1 has no "presentations" field',
      'dropped: map.debate: format version 1 has no "debate" field',
      'dropped: nodes[0].speech: format version 1 has no "speech" field',
      'dropped: edges[2].response: format version 1 has no "response" field',
    ]);
    const written = JSON.parse(io.out);
    expect(written.version).toBe(1);
    expect(documentSchemaV1.safeParse(written).success).toBe(true);
    // What is left is the version-1 part of the map, unchanged.
    expect(io.out).toBe(serializeMap(smallMapVersion1() as unknown as ArgumentMap));
  });

  it("writes version 1 of a version-1 map without reporting anything", async () => {
    const io = memoryIo({ "map.json": JSON.stringify(smallMapVersion1()) });
    expect(await runCli(["convert", "map.json", "--format-version", "1"], io)).toBe(0);
    expect(io.err).toBe("");
    expect(io.out).toBe(serializeMap(smallMapVersion1() as unknown as ArgumentMap));
  });

  it("writes version 2 with hand-set positions back in the view, and reports one it cannot key by id", async () => {
    const doc = prototypeNamedMap();
    doc.nodes[0] = { ...(doc.nodes[0] as ArgNode), position: { x: 1, y: 2 } };
    const io = memoryIo({ "map.json": JSON.stringify(doc) });
    expect(await runCli(["convert", "map.json", "--format-version", "2"], io)).toBe(0);
    expect(io.err).toBe(
      'dropped: nodes[0].position: format version 2 cannot keep the position of a point whose id is "constructor"\n',
    );
    const written = JSON.parse(io.out);
    expect(written.version).toBe(2);
    expect(documentSchemaV2.safeParse(written).success).toBe(true);
    expect(written.view.positions).toEqual({ toString: { x: -600, y: 0 } });
  });

  it("exits 2 for a format version it cannot write", async () => {
    const io = memoryIo({ "map.json": valid });
    expect(await runCli(["convert", "map.json", "--format-version", "4"], io)).toBe(2);
    expect(io.err).toBe("warrant: --format-version 4 is not a version this Warrant writes; use 1, 2 or 3\n");
  });

  it("exits 2 for an unknown target format", async () => {
    const io = memoryIo({ "map.json": valid });
    expect(await runCli(["convert", "map.json", "--to", "pdf"], io)).toBe(2);
    expect(io.err).toBe(`warrant: --to pdf is not a known format; use ${OUTPUT_FORMATS.join(", ")}\n`);
  });

  it("exits 1 for an invalid map and writes nothing", async () => {
    const io = memoryIo({
      "map.json": changed((d) => void ((d.nodes[0] as { kind: string }).kind = "opinion")),
    });
    expect(await runCli(["convert", "map.json", "-o", "out.json"], io)).toBe(1);
    expect(io.files.has("out.json")).toBe(false);
  });
});

describe("warrant convert between formats", () => {
  it("detects APX from the content and writes the canonical JSON", async () => {
    const io = memoryIo({ "framework.txt": "arg(a).\narg(b).\natt(a,b).\n" });
    expect(await runCli(["convert", "framework.txt"], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.nodes.map((node: { id: string }) => node.id)).toEqual(["a", "b"]);
    expect(doc.map.title).toBe("framework");
  });

  it("converts a map to APX, listing what was dropped on standard error one line each", async () => {
    const io = memoryIo({ "map.json": valid });
    expect(await runCli(["convert", "map.json", "--to", "apx"], io)).toBe(0);
    expect(io.out).toBe("arg(t).\narg(c).\narg(ev).\narg(k).\narg(r).\natt(k,t).\natt(r,k).\n");
    const lines = io.err.trimEnd().split("\n");
    expect(lines[0]).toBe("dropped: 2 supports (APX holds attacks only)");
    expect(lines).toContain("dropped: the words of 5 points");
    expect(lines).toContain("dropped: the kinds of 5 points");
    expect(lines.every((line) => line.startsWith("dropped: "))).toBe(true);
  });

  it("exits 2 naming the candidates when the content could be two formats", async () => {
    // One line holding "#" between single words reads as TGF, and a p af header as ICCMA 2023.
    const io = memoryIo({ "odd.txt": "p af 1\n#\n1 1\n" });
    expect(await runCli(["convert", "odd.txt"], io)).toBe(2);
    expect(io.err).toBe("warrant: the input could be tgf or iccma; say which with --from\n");
  });

  it("exits 2 when the format cannot be told, and when the text is not the format --from names", async () => {
    const unknown = memoryIo({ notes: "just some words" });
    expect(await runCli(["convert", "notes"], unknown)).toBe(2);
    expect(unknown.err).toContain("cannot tell which format the input is in; say it with --from");
    const wrong = memoryIo({ "map.json": valid });
    expect(await runCli(["convert", "map.json", "--from", "apx"], wrong)).toBe(2);
    expect(wrong.err).toMatch(/^line 1: expected arg\(name\)\. or att\(name,name\)\./);
  });

  it("exits 2 for an unknown source format", async () => {
    const io = memoryIo({ "map.json": valid });
    expect(await runCli(["convert", "map.json", "--from", "pdf"], io)).toBe(2);
    expect(io.err).toBe(`warrant: --from pdf is not a known format; use auto, ${INPUT_FORMATS.join(", ")}\n`);
  });

  it("detects AIF and writes it back as AIF for OVA", async () => {
    const aif = JSON.stringify({
      nodes: [
        { nodeID: 1, type: "I", text: "Build the bridge." },
        { nodeID: 2, type: "I", text: "Traffic doubles." },
        { nodeID: 3, type: "RA", text: "Default Inference" },
      ],
      edges: [
        { edgeID: 1, fromID: 2, toID: 3 },
        { edgeID: 2, fromID: 3, toID: 1 },
      ],
    });
    const io = memoryIo({ "bridge.json": aif });
    expect(await runCli(["convert", "bridge.json", "--to", "aif"], io)).toBe(0);
    const written = JSON.parse(io.out);
    expect(written.AIF.nodes.map((n: { type: string }) => n.type)).toEqual(["I", "I", "RA"]);
    expect(io.err.split("\n")).toContain("dropped: the kinds of 2 points");
  });
});
