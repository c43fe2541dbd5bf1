import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import { loadMap } from "../../../src/io/load";
import { serializeMap } from "../../../src/io/serialize";
import { mergeCopies } from "../../../src/model/classroom";
import type { ArgumentMap } from "../../../src/model/schema";
import { copyOf, node, threeCopies } from "../../helpers/class-copies";
import { memoryIo } from "../../helpers/memory-io";

const { sam, alex, kim } = threeCopies();

const files = {
  "class/sam.argmap.json": serializeMap(sam),
  "class/alex.argmap.json": serializeMap(alex),
  "class/kim.argmap.json": serializeMap(kim),
};
const names = Object.keys(files);

function parsed(text: string): ArgumentMap {
  const loaded = loadMap(text);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  return loaded.doc;
}

describe("warrant merge", () => {
  it("prints the class map the merge core makes, and one line per conflict naming the point and the copies", async () => {
    const io = memoryIo(files);
    expect(await runCli(["merge", ...names], io)).toBe(0);
    const expected = mergeCopies([
      { doc: sam, label: "sam" },
      { doc: alex, label: "alex" },
      { doc: kim, label: "kim" },
    ]).doc;
    expect(io.out).toBe(serializeMap(expected));
    expect(parsed(io.out).nodes.find((n) => n.id === "c")?.ratings?.length).toBe(3);
    expect(io.err).toBe(
      'conflict: "k" differs in text: kept the version of class/kim.argmap.json (Kim), class/sam.argmap.json (Sam); another in class/alex.argmap.json (Alex)\n',
    );
  });

  it("writes the map to -o and nothing to standard output", async () => {
    const io = memoryIo(files);
    expect(await runCli(["merge", ...names, "-o", "class.argmap.json"], io)).toBe(0);
    expect(io.out).toBe("");
    expect(parsed(io.files.get("class.argmap.json") ?? "").map.student).toBeUndefined();
  });

  it("with --json prints the students, every version of each conflict, and the map", async () => {
    const io = memoryIo(files);
    expect(await runCli(["merge", ...names, "--json"], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.students).toEqual(["Alex", "Kim", "Sam"]);
    expect(report.copies).toEqual([
      { file: "class/sam.argmap.json", student: "Sam" },
      { file: "class/alex.argmap.json", student: "Alex" },
      { file: "class/kim.argmap.json", student: "Kim" },
    ]);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0].point).toBe("k");
    expect(report.conflicts[0].versions.map((v: { point: { text: string } }) => v.point.text)).toEqual([
      "Uniforms stop pupils expressing who they are.",
      "Uniforms limit expression.",
    ]);
    expect(report.map.nodes.map((n: { id: string }) => n.id)).toContain("sam1");
  });

  it("with --json and -o leaves the map out of the report and writes it to the file", async () => {
    const io = memoryIo(files);
    expect(await runCli(["merge", ...names, "--json", "-o", "out.json"], io)).toBe(0);
    expect(JSON.parse(io.out).map).toBeUndefined();
    expect(io.files.has("out.json")).toBe(true);
  });

  it("names a copy without a student by its file name", async () => {
    const { student: _s, ...info } = kim.map;
    const io = memoryIo({ "period3/pat.argmap.json": serializeMap({ ...kim, map: info }) });
    expect(await runCli(["merge", "period3/pat.argmap.json"], io)).toBe(0);
    expect(parsed(io.out).nodes.find((n) => n.id === "c")?.ratings).toEqual([{ by: "pat", base: 0.8 }]);
  });

  it("exits 1 naming each copy that is not a valid map, and writes nothing", async () => {
    const broken = JSON.stringify({
      ...sam,
      edges: [{ id: "x", from: "c", to: "nowhere", relation: "support" }],
    });
    const io = memoryIo({ ...files, "bad.json": broken, "notes.txt": "not json at all" });
    expect(await runCli(["merge", ...names, "bad.json", "notes.txt", "-o", "out.json"], io)).toBe(1);
    expect(io.err).toContain('bad.json: edges[0].to: "nowhere" is not a node or edge id\n');
    expect(io.err).toContain("notes.txt: not a valid map\n");
    expect(io.out).toBe("");
    expect(io.files.has("out.json")).toBe(false);
  });

  it("exits 2 without copies, for an unknown option, or for a missing file", async () => {
    for (const argv of [["merge"], ["merge", names[0] as string, "--bogus"], ["merge", "missing.json"]]) {
      const io = memoryIo(files);
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err.trim().split("\n")).toHaveLength(1);
    }
  });

  it("prints the notes of the merge on standard error", async () => {
    const other = copyOf("Zed", (doc) => void (doc.map.id = "other"));
    const io = memoryIo({ ...files, "zed.json": serializeMap(other) });
    expect(await runCli(["merge", names[0] as string, "zed.json"], io)).toBe(0);
    expect(io.err).toMatch(/^note: the copies come from 2 different maps/m);
  });
});

describe("warrant convert --for-student", () => {
  const marked = copyOf("Sam", (doc) => {
    doc.map.feedback = { comment: "Draft", mark: "C" };
    node(doc, "c").feedback = { comment: "Well found", released: true };
    node(doc, "k").feedback = { comment: "Not yet", released: false };
  });

  it("leaves unreleased feedback out and says what it left out", async () => {
    const io = memoryIo({ "sam.json": serializeMap(marked) });
    expect(await runCli(["convert", "sam.json", "--for-student"], io)).toBe(0);
    const out = parsed(io.out);
    expect(out.map.feedback).toBeUndefined();
    expect(out.nodes.find((n) => n.id === "c")?.feedback).toEqual({ comment: "Well found", released: true });
    expect(out.nodes.find((n) => n.id === "k")?.feedback).toBeUndefined();
    expect(io.err).toBe(
      "dropped: map.feedback: not released to the student\ndropped: nodes[3].feedback: not released to the student\n",
    );
  });

  it("keeps every piece of feedback without the option", async () => {
    const io = memoryIo({ "sam.json": serializeMap(marked) });
    expect(await runCli(["convert", "sam.json"], io)).toBe(0);
    expect(parsed(io.out).map.feedback?.mark).toBe("C");
  });
});
