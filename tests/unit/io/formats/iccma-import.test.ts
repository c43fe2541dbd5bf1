/**
 * ICCMA frameworks in: every real file imports with the arguments and attacks it holds (counted here
 * from the text, independently of the parsers), the grounded labelling of the imported map agrees with
 * a brute-force computation, and the stable extensions of a solver-suite instance include the ones its
 * solution file lists.
 */
import { describe, expect, it } from "vitest";
import { extensions, groundedLabelling } from "../../../../src/analysis";
import { type IccmaSyntax, importIccma } from "../../../../src/io/formats/iccma/iccma-import";
import type { ArgumentMap } from "../../../../src/model/schema";
import { readSample, readShared, sharedDataPresent, sharedFiles } from "../../../helpers/shared-data";
import { bruteForceGrounded, frameworkOf } from "./dung-brute-force";

const present = sharedDataPresent("iccma");
const files = sharedFiles("iccma", (name) => !name.endsWith(".sol"));

function syntaxOf(name: string): IccmaSyntax {
  if (name.endsWith(".tgf")) return "tgf";
  if (name.endsWith(".af") || name.endsWith(".i23")) return "iccma";
  return "apx";
}

function imported(text: string, syntax: IccmaSyntax): ArgumentMap {
  const result = importIccma(text, syntax);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result.doc;
}

/** Arguments and distinct attacks, read off the text with nothing but regular expressions. */
function countInText(text: string, syntax: IccmaSyntax): { args: number; attacks: number } {
  if (syntax === "apx") {
    const args = new Set([...text.matchAll(/arg\(\s*([^)\s]+)\s*\)/g)].map((m) => m[1]));
    const attacks = new Set(
      [...text.matchAll(/att\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)/g)].map((m) => `${m[1]} ${m[2]}`),
    );
    return { args: args.size, attacks: attacks.size };
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  if (syntax === "tgf") {
    const hash = lines.indexOf("#");
    const args = lines.slice(0, hash).filter((line) => line !== "").length;
    const attacks = new Set(
      lines
        .slice(hash + 1)
        .filter((line) => line !== "")
        .map((line) => line.split(/\s+/).slice(0, 2).join(" ")),
    );
    return { args, attacks: attacks.size };
  }
  const header = lines.find((line) => line.startsWith("p af")) as string;
  const attacks = new Set(
    lines.filter((line) => /^\d+\s+\d+$/.test(line)).map((line) => line.split(/\s+/).join(" ")),
  );
  return { args: Number(header.split(/\s+/)[2]), attacks: attacks.size };
}

describe.skipIf(!present)("the real ICCMA files", () => {
  it.each(files)("%s imports with every argument and attack", (name) => {
    const text = readShared("iccma", name);
    const doc = imported(text, syntaxOf(name));
    const expected = countInText(text, syntaxOf(name));
    expect(doc.nodes).toHaveLength(expected.args);
    expect(doc.edges.filter((edge) => edge.relation === "attack")).toHaveLength(expected.attacks);
    expect(doc.edges.every((edge) => edge.relation === "attack")).toBe(true);
  });

  it("names the 2023-format arguments from its # lines", () => {
    const text = readShared("iccma", "iccma2025solvers__admbuster_1000.af");
    const names = text
      .split("\n")
      .filter((line) => line.startsWith("#"))
      .map((line) => line.slice(1).trim());
    expect(imported(text, "iccma").nodes.map((node) => node.text)).toEqual(names);
  });

  const small = files.filter((name) => {
    const text = readShared("iccma", name);
    return countInText(text, syntaxOf(name)).args <= 100;
  });

  it.each(small)(
    "%s: the grounded labelling agrees with the fixpoint of the characteristic function",
    (name) => {
      const doc = imported(readShared("iccma", name), syntaxOf(name));
      const labels: unknown = groundedLabelling(doc).labels;
      // The labels are a record today; read them as a Map too, should they become one.
      const labelOf = (id: string) =>
        labels instanceof Map ? labels.get(id) : (labels as Record<string, string>)[id];
      const expected = bruteForceGrounded(frameworkOf(doc));
      for (const node of doc.nodes)
        expect([node.id, labelOf(node.id)]).toEqual([node.id, expected.get(node.id)]);
    },
  );

  it("finds both stable extensions listed in input0001.dl.sol", () => {
    const doc = imported(readShared("iccma", "iccma2025solvers__input0001.dl"), "apx");
    const listed = readShared("iccma", "iccma2025solvers__input0001.dl.sol")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => [...line.matchAll(/in\(([^)]+)\)/g)].map((m) => m[1] as string).sort());
    expect(listed).toHaveLength(2);
    const found = extensions(doc, "stable");
    if (!found.ok) throw new Error(found.message);
    const sorted = found.extensions.map((extension) => [...extension].sort());
    for (const extension of listed) expect(sorted).toContainEqual(extension);
  });

  it("finds no stable extension of the odd three-cycle", () => {
    const found = extensions(imported(readShared("iccma", "iccma2025solvers__triciclo.dl"), "apx"), "stable");
    expect(found).toMatchObject({ ok: true, extensions: [] });
  });
});

describe("hand-written ICCMA samples", () => {
  it("reads a p af file without a final newline, names from # lines and a self-attack", () => {
    const doc = imported(readSample("no-final-newline.i23"), "iccma");
    expect(doc.nodes.map((node) => node.id)).toEqual(["alpha", "beta", "gamma", "delta"]);
    expect(doc.edges.map((edge) => [edge.from, edge.to])).toEqual([
      ["alpha", "beta"],
      ["beta", "gamma"],
      ["gamma", "alpha"],
      ["delta", "delta"],
    ]);
  });

  it("reads APX with CRLF line ends exactly as with LF", () => {
    const crlf = readSample("crlf.apx");
    expect(crlf).toContain("\r\n");
    expect(imported(crlf, "apx")).toEqual(imported(crlf.replace(/\r\n/g, "\n"), "apx"));
  });

  it("keeps names that are JavaScript property names as ids, and shortens one too long for an id", () => {
    const doc = imported(readSample("awkward-names.apx"), "apx");
    expect(doc.nodes.map((node) => node.text)).toEqual([
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "a.b",
      "argument_with_a_name_far_longer_than_the_sixty_four_characters_an_id_may_have",
    ]);
    const ids = doc.nodes.map((node) => node.id);
    expect(ids.slice(0, 5)).toEqual(["constructor", "__proto__", "toString", "hasOwnProperty", "a.b"]);
    const long = doc.nodes[5] as ArgumentMap["nodes"][number];
    expect(long.id.length).toBeLessThanOrEqual(64);
    expect(long.meta).toEqual({ iccma: { name: long.text } });
    expect(doc.edges).toHaveLength(5);
  });

  it("keeps TGF argument labels as the points' words and reports attack labels", () => {
    const result = importIccma(readSample("labelled.tgf"), "tgf");
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.doc.nodes.map((n) => [n.id, n.text])).toEqual([
      ["1", "First argument"],
      ["2", "Second argument"],
      ["3", "3"],
    ]);
    expect(result.dropped).toEqual(["1 attack label (TGF text after the two ids) was dropped"]);
  });

  it("makes an attacker a critique and an argument that attacks nothing a claim", () => {
    const doc = imported("arg(a).\narg(b).\natt(a,b).\n", "apx");
    expect(doc.nodes.map((node) => [node.id, node.kind])).toEqual([
      ["a", "critique"],
      ["b", "claim"],
    ]);
  });

  it("refuses broken files with the line that is wrong", () => {
    expect(importIccma("arg(a).\natt(a).\n", "apx")).toEqual({
      ok: false,
      kind: "unreadable",
      errors: [{ path: "line 2", message: "att(...) names an attacker and a target; found att(a)" }],
    });
    expect(importIccma("p af 2\n1 3\n", "iccma")).toMatchObject({
      ok: false,
      errors: [{ path: "line 2", message: "argument 3 is outside 1..2 (the header says p af 2)" }],
    });
    expect(importIccma("1 2\n", "iccma")).toMatchObject({ ok: false, errors: [{ path: "line 1" }] });
  });

  it("adds an argument an attack names without declaring it, and says so", () => {
    const result = importIccma("arg(a).\natt(a,b).\n", "apx");
    expect(result).toMatchObject({ ok: true });
    if (result.ok) {
      expect(result.doc.nodes.map((node) => node.id)).toEqual(["a", "b"]);
      expect(result.dropped).toEqual([
        'the attack a → b names "b", which the file never declares; added it as an argument',
      ]);
    }
  });
});
