/**
 * Argumentative microtexts in: every file of the corpus sample imports with one point per argumentative
 * unit and the supports, attacks and undercuts its edges make (counted here from the XML with regular
 * expressions), linked premises become groups, and what format v1 cannot say is reported.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../../src/cli/main";
import { importMicrotext } from "../../../../src/io/formats/microtext/microtext-import";
import { otherLanguages } from "../../../../src/io/formats/microtext/microtext-languages";
import { memoryIo } from "../../../helpers/memory-io";
import { readSample, readShared, sharedDataPresent, sharedFiles } from "../../../helpers/shared-data";

const present = sharedDataPresent("microtexts");
const files = sharedFiles("microtexts", (name) => name.endsWith(".xml"));

function imported(text: string) {
  const result = importMicrotext(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result;
}

function countInXml(xml: string) {
  const edges = [...xml.matchAll(/<edge id="([^"]+)" src="([^"]+)" trg="([^"]+)" type="([^"]+)"/g)].map(
    (m) => ({
      id: m[1] as string,
      trg: m[3] as string,
      type: m[4] as string,
    }),
  );
  const typeOf = new Map(edges.map((e) => [e.id, e.type]));
  const effective = (e: { trg: string; type: string }) => (e.type === "add" ? typeOf.get(e.trg) : e.type);
  const undercutOfUndercut = (e: { trg: string; type: string }) =>
    effective(e) === "und" && typeOf.get(e.trg) === "und";
  const units = [...xml.matchAll(/<adu id=/g)].length;
  const supports = edges.filter((e) => ["sup", "exa"].includes(effective(e) ?? "")).length;
  const attacks = edges.filter((e) => effective(e) === "reb").length;
  // An undercut aimed at an undercut has no place in format v1 (an `add` to it counts as one).
  const undercuts = edges.filter((e) => {
    if (e.type === "add")
      return (
        typeOf.get(e.trg) === "und" &&
        !undercutOfUndercut(edges.find((b) => b.id === e.trg) as { trg: string; type: string })
      );
    return e.type === "und" && !undercutOfUndercut(e);
  }).length;
  const nested = edges.filter((e) => e.type === "und" && undercutOfUndercut(e)).length;
  return { units, supports, attacks, undercuts, nested };
}

describe.skipIf(!present)("the argumentative microtexts", () => {
  it.each(files)("%s imports every unit and relation it can express", (name) => {
    const xml = readShared("microtexts", name);
    const { doc, dropped } = imported(xml);
    const expected = countInXml(xml);
    const count = (relation: string) => doc.edges.filter((e) => e.relation === relation).length;
    expect(doc.nodes).toHaveLength(expected.units);
    expect(count("support")).toBe(expected.supports);
    expect(count("attack")).toBe(expected.attacks);
    expect(count("undercut")).toBe(expected.undercuts);
    expect(
      dropped.filter((line) => line.includes("an undercut of an undercut cannot be expressed")),
    ).toHaveLength(expected.nested);
    expect(doc.nodes.filter((n) => n.kind === "thesis")).toHaveLength(1);
    for (const node of doc.nodes) expect(doc.map.sourceText).toContain(node.quote);
  });

  it("links an additional premise (add) of a support as a group", () => {
    const { doc } = imported(readShared("microtexts", "micro_k019.xml"));
    const grouped = doc.edges.filter((e) => e.group !== undefined);
    expect(grouped.map((e) => [e.from, e.to])).toEqual([
      ["a4", "a6"],
      ["a5", "a6"],
    ]);
    expect(grouped[0]?.group).toBe(grouped[1]?.group);
  });

  it("reports the undercut of an undercut in micro_d06 and keeps the rest", () => {
    const { doc, dropped } = imported(readShared("microtexts", "micro_d06.xml"));
    expect(dropped).toEqual(['edge "c5" (und): an undercut of an undercut cannot be expressed; dropped']);
    const undercut = doc.edges.find((e) => e.relation === "undercut");
    const target = doc.edges.find((e) => e.id === undercut?.to);
    expect([undercut?.from, target?.from, target?.to]).toEqual(["a4", "a3", "a1"]);
  });

  it("makes an additional premise of an undercut an undercut of its own, and says so", () => {
    const { doc, dropped } = imported(readShared("microtexts", "micro_b001.xml"));
    expect(dropped).toEqual([
      'edge "c4" (add): a further premise of an undercut cannot be linked, as a map links the premises of supports only; it undercuts on its own',
    ]);
    const undercuts = doc.edges.filter((e) => e.relation === "undercut");
    expect(undercuts.map((e) => e.from)).toEqual(["a3", "a4"]);
    expect(new Set(undercuts.map((e) => e.to)).size).toBe(1);
    expect(doc.nodes.find((n) => n.id === "a5")?.kind).toBe("thesis");
    expect(doc.nodes.find((n) => n.id === "a1")?.kind).toBe("critique");
  });
});

describe("malformed microtexts", () => {
  it("refuses XML that is not well-formed, saying where", () => {
    const result = importMicrotext('<arggraph id="x">\n  <edu id="e1">text</ed>\n</arggraph>');
    expect(result).toMatchObject({ ok: false, kind: "unreadable" });
    if (!result.ok) expect(result.errors[0]?.path).toMatch(/^line 2, column \d+$/);
  });

  it("refuses another XML vocabulary", () => {
    expect(importMicrotext("<svg/>")).toEqual({
      ok: false,
      kind: "unreadable",
      errors: [{ path: "line 1", message: "a microtext is an <arggraph> document, not <svg>" }],
    });
  });

  it("keeps units whose ids are prototype names, and joint segments in order", () => {
    const xml = `<?xml version='1.0'?>
<arggraph id="t">
  <edu id="e1"><![CDATA[Cities should ban cars]]></edu>
  <edu id="e2">because air &amp; noise</edu>
  <edu id="e3">harm health.</edu>
  <joint id="j1"/>
  <adu id="constructor" type="pro"/>
  <adu id="__proto__" type="pro"/>
  <edge id="c1" src="e1" trg="constructor" type="seg"/>
  <edge id="c2" src="e2" trg="j1" type="seg"/>
  <edge id="c3" src="e3" trg="j1" type="seg"/>
  <edge id="c4" src="j1" trg="__proto__" type="seg"/>
  <edge id="c5" src="__proto__" trg="constructor" type="sup"/>
</arggraph>`;
    const { doc } = imported(xml);
    expect(doc.nodes.map((n) => [n.id, n.text, n.kind])).toEqual([
      ["constructor", "Cities should ban cars", "thesis"],
      ["__proto__", "because air & noise harm health.", "claim"],
    ]);
    expect(doc.edges.map((e) => [e.from, e.to, e.relation])).toEqual([
      ["__proto__", "constructor", "support"],
    ]);
  });
});

describe("a microtext in two languages", () => {
  const xml = readSample("two-languages.microtext.xml");

  it("reads English by default and names the language left out", () => {
    const { doc, dropped } = imported(xml);
    expect(doc.nodes.map((n) => n.text)).toEqual([
      "Schools should require uniforms.",
      "Uniforms reduce bullying over clothes.",
      "But they limit self-expression.",
    ]);
    expect(doc.map.sourceText).toBe(
      "Schools should require uniforms. Uniforms reduce bullying over clothes. But they limit self-expression.",
    );
    expect(doc.map.meta).toMatchObject({ microtext: { lang: "en", languages: ["en", "de"] } });
    expect(otherLanguages(doc)).toEqual(["de"]);
    expect(dropped).toEqual([
      "the text in German (de, 3 segments) was left out; the map is in English, and a file can be read in another language with --lang de",
    ]);
  });

  it("reads the language asked for", () => {
    const result = importMicrotext(xml, { lang: "de" });
    if (!result.ok) throw new Error("not read");
    expect(result.doc.nodes[2]?.text).toBe("Aber sie schränken den persönlichen Ausdruck ein.");
    expect(result.dropped[0]).toMatch(/^the text in English \(en, 3 segments\) was left out/);
    expect(otherLanguages(result.doc)).toEqual(["en"]);
  });

  it("lists no other language for a file written in one", () => {
    const { doc } = imported(`<arggraph id="one">
  <edu id="e1" xml:lang="en">Trams are worth it.</edu>
  <edu id="e2" xml:lang="en">They run on clean power.</edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="a2" trg="a1" type="sup"/>
</arggraph>`);
    expect(doc.map.meta).toMatchObject({ microtext: { lang: "en" } });
    expect(otherLanguages(doc)).toEqual([]);
    expect(doc.map.meta?.microtext).not.toHaveProperty("languages");
  });

  it("refuses a language the file does not have, naming those it has", () => {
    expect(importMicrotext(xml, { lang: "fr" })).toEqual({
      ok: false,
      kind: "unreadable",
      errors: [
        { path: "$", message: "the text is not written in French (fr); it is in German (de), English (en)" },
      ],
    });
  });

  it("picks the language on the command line with --lang", async () => {
    const io = memoryIo({ "two.xml": xml });
    expect(await runCli(["convert", "two.xml", "--lang", "de"], io)).toBe(0);
    expect(io.out).toContain("Uniformen verringern das Mobbing wegen Kleidung.");
    expect(io.err).toContain("dropped: the text in English (en, 3 segments) was left out");
  });
});
