/** Kialo's text export in, both layouts, links as relations (never copies), LF and CRLF. */
import { describe, expect, it } from "vitest";
import { importKialo } from "../../../../src/io/formats/kialo/kialo-import";
import { readSample } from "../../../helpers/shared-data";

function imported(text: string) {
  const result = importKialo(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result;
}

const relations = (doc: { edges: { from: string; to: string; relation: string }[] }) =>
  doc.edges.map((e) => `${e.from} ${e.relation} ${e.to}`);

describe("the classic layout", () => {
  const text = readSample("classic-crlf.kialo.txt");

  it("reads one claim per line, with CRLF line ends, unescaping Kialo's backslashes", () => {
    expect(text).toContain("\r\n");
    const { doc } = imported(text);
    expect(doc.map.title).toBe("Should schools require uniforms?");
    expect(doc.nodes.map((n) => [n.id, n.kind])).toEqual([
      ["1", "thesis"],
      ["1.1", "claim"],
      ["1.1.1", "critique"],
      ["1.2", "critique"],
      // A Pro of the critique 1.2 by its own place; the links that make it support the thesis and attack
      // a critique add relations, not a stance.
      ["1.2.1", "claim"],
      ["1.2.2", "rebuttal"],
    ]);
    expect(doc.nodes[2]?.text).toBe("Bullies find other targets (shoes, bags).");
  });

  it("turns -> See links into relations from the named claim, following links to links", () => {
    expect(relations(imported(text).doc)).toEqual([
      "1.1 support 1",
      "1.1.1 attack 1.1",
      "1.2.1 attack 1.1.1",
      "1.2 attack 1",
      "1.2.1 support 1.2",
      "1.2.2 attack 1.2",
      "1.2.1 support 1",
    ]);
  });

  it("reports links that come back to themselves and links to claims that are not there", () => {
    expect(imported(text).dropped).toEqual([
      "the links 1.2.2.1. -> 1.2.2.1.1. come back to themselves; dropped",
      "claim 1.4 links to 1.9., which is not in the discussion; dropped",
    ]);
  });

  it("reads the same discussion with LF line ends", () => {
    expect(imported(text.replace(/\r\n/g, "\n")).doc).toEqual(imported(text).doc);
  });
});

describe("the newer layout", () => {
  const text = readSample("question-layout.kialo.txt");

  it("reads the name on the next line, a question over two theses, and indented multi-line claims", () => {
    const { doc, dropped } = imported(text);
    expect(doc.map.title).toBe("Homework in primary school");
    expect(doc.map.description).toBe("Should primary schools set homework?");
    expect(doc.nodes.map((n) => [n.id, n.kind])).toEqual([
      ["1.1", "thesis"],
      // Each a Pro of its thesis by its own place, though links make each attack the other thesis's side.
      ["1.1.1", "claim"],
      ["1.1.1.1", "critique"],
      ["1.2", "thesis"],
      ["1.2.1", "claim"],
    ]);
    expect(doc.nodes[2]?.text).toBe("Young children gain little from homework, a review of studies found.");
    expect(dropped).toEqual(["the question 1 became the map's description, not points"]);
  });

  it("turns footnote markers into sources from the closing list", () => {
    const { doc } = imported(text);
    expect(doc.sources).toEqual([
      {
        id: "fn1",
        citation: "Cooper, H. Homework research review, 2006. https://example.org/cooper",
        url: "https://example.org/cooper",
      },
      { id: "fn2", citation: "A review of homework studies, 2019." },
    ]);
    expect(doc.nodes[1]?.sourceIds).toEqual(["fn1"]);
    expect(doc.nodes[1]?.text).toBe("Practice at home helps pupils remember what they learned.");
  });

  it("links across theses as relations", () => {
    expect(relations(imported(text).doc)).toEqual([
      "1.1.1 support 1.1",
      "1.1.1.1 attack 1.1.1",
      "1.2.1 attack 1.1",
      "1.2.1 support 1.2",
      "1.1.1 attack 1.2.1",
    ]);
  });
});

describe("what is not a Kialo export", () => {
  it("refuses text without numbered claims, saying where", () => {
    expect(importKialo("Discussion Title: x\n\nno numbers here\n")).toEqual({
      ok: false,
      kind: "unreadable",
      errors: [
        { path: "line 3", message: 'expected a numbered claim such as "1. ..." but found "no numbers here"' },
      ],
    });
  });

  it("treats a numbered line that does not continue the outline as text", () => {
    const { doc } = imported("Discussion Title: t\n\n1. Thesis text\n1.1. Pro: Reasons:\n3. not a claim\n");
    expect(doc.nodes.map((n) => n.text)).toEqual(["Thesis text", "Reasons: 3. not a claim"]);
  });
});

describe("Markdown links and -> See lines", () => {
  const text = readSample("markdown-links.kialo.txt");
  const { doc, warnings } = imported(text);
  const node = (id: string) => doc.nodes.find((n) => n.id === id);
  const cited = (id: string) =>
    (node(id)?.sourceIds ?? []).map((s) => doc.sources?.find((source) => source.id === s)?.url);

  it("keeps a link's words in the text, even a number, and its web address as a source of the claim", () => {
    expect(node("1.1")?.text).toBe(
      "Innocent people have been executed, as a 2010 Supreme Court case showed.",
    );
    expect(cited("1.1")).toEqual(["https://example.org/case-2010"]);
    expect(node("1.2.1.1")?.text).toBe("Many families of victims oppose executions (a survey).");
    expect(cited("1.2.1.1")).toEqual(["https://example.org/survey"]);
  });

  it("keeps a footnote beside a link, escaped brackets as text, and an address that is not on the web in the text", () => {
    expect(cited("1.1.1.1")).toEqual([
      "https://example.org/innocence-report",
      "https://example.org/innocence",
    ]);
    expect(node("1.1.1")?.text).toBe("Modern DNA testing makes wrongful convictions rare [citation needed].");
    expect(node("1.3")?.text).toBe(
      "Executions cost more than life imprisonment, as this study (docs/costs.pdf) and another show.",
    );
    // The same address cited twice is one source.
    expect(cited("1.3")).toEqual(["https://example.org/case-2010"]);
  });

  it("gives a linked claim the stance of its own place, and no kind that breaks a rule", () => {
    expect(doc.nodes.map((n) => [n.id, n.kind])).toEqual([
      ["1", "thesis"],
      ["1.1", "claim"],
      ["1.1.1", "critique"],
      ["1.1.1.1", "rebuttal"],
      ["1.2", "critique"],
      ["1.2.1", "claim"],
      // A Con of a claim on the critique's side objects to that claim: a critique, not a rebuttal.
      ["1.2.1.1", "critique"],
      ["1.3", "claim"],
    ]);
    expect(relations(doc)).toContain("1.1 attack 1.2.1.1");
    expect(relations(doc)).toContain("1.1 attack 1.2");
    expect(warnings.map((w) => w.message)).toEqual([]);
  });
});
