/** The debate brief of the essay map: every point, every critique with its rebuttals, numbered footnotes. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportBrief } from "../../../../src/io/formats/brief/brief-markdown";
import { debateBrief } from "../../../../src/io/formats/brief/debate-brief";
import type { ArgumentMap } from "../../../../src/model/schema";
import { smallMap } from "../../../helpers/small-map";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;

/** The brief's Markdown with its escapes undone, to look for a point's words. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, "$1");

describe("the debate brief", () => {
  const markdown = exportBrief(essay).text;
  const text = plain(markdown);

  it("opens with the title and the thesis", () => {
    const thesis = essay.nodes.find((n) => n.kind === "thesis") as ArgumentMap["nodes"][number];
    const motion = essay.map.debate?.motion;
    const opening = motion === undefined ? "" : `*Motion:* ${motion}\n\n`;
    expect(markdown.startsWith(`# ${essay.map.title}\n\n${opening}## Thesis\n\n> *Thesis.*`)).toBe(true);
    expect(text).toContain(thesis.text);
  });

  it("shows every point of the map", () => {
    for (const node of essay.nodes) expect(text).toContain(node.text.replace(/\s+/g, " ").trim());
  });

  it("gives every critique a section listing each of its rebuttals, or saying it has none", () => {
    const sections = text.split("\n### ").slice(1);
    const critiques = essay.nodes.filter((n) => n.kind === "critique");
    expect(sections).toHaveLength(critiques.length);
    for (const critique of critiques) {
      const section = sections.find((s) => s.includes(critique.text)) as string;
      expect(section).toBeDefined();
      const rebuttals = essay.edges
        .filter((e) => e.relation === "attack" && e.to === critique.id)
        .map((e) => e.from);
      if (rebuttals.length === 0) expect(section).toContain("**Rebuttals:** none yet.");
      for (const id of rebuttals) {
        const rebuttal = essay.nodes.find((n) => n.id === id) as ArgumentMap["nodes"][number];
        expect(section.split("**Rebuttals:**")[1]).toContain(rebuttal.text);
      }
    }
  });

  it("numbers a footnote for every cited source, in the order the brief first cites them", () => {
    const cited = new Set(essay.nodes.flatMap((n) => n.sourceIds ?? []));
    const definitions = [...markdown.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => Number(m[1]));
    expect(definitions).toEqual([...Array(cited.size).keys()].map((i) => i + 1));
    const firstUses = [...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
    expect([...new Set(firstUses)]).toEqual(definitions);
    for (const source of essay.sources ?? [])
      if (cited.has(source.id)) expect(text).toContain(source.citation);
  });

  it("names the sides from the map's debate when it has one", () => {
    const doc = smallMap();
    doc.map.debate = { format: "policy", forSide: "Affirmative", againstSide: "Negative" };
    const brief = exportBrief(doc).text;
    expect(brief).toContain("## The case of the Affirmative side");
    expect(brief).toContain("## The case of the Negative side");
    expect(debateBrief(doc).critiques.map((c) => c.point.node.id)).toEqual(["k"]);
  });

  it("keeps a source's address one link, whatever characters it holds", () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string({ maxLength: 12, unit: "binary-ascii" }),
        (address, tail) => {
          const doc = smallMap();
          const url = `${address}${tail}`;
          doc.sources = [{ id: "s", citation: "A source", url }];
          (doc.nodes[0] as ArgumentMap["nodes"][number]).sourceIds = ["s"];
          const footnote = exportBrief(doc)
            .text.split("\n")
            .find((line) => line.startsWith("[^1]:"));
          // One autolink to the end of the line: nothing in it that would end it or start HTML.
          const link = /^\[\^1\]: A source\. <([^<>\s\p{Cc}]*)>$/u.exec(footnote ?? "");
          expect(link?.[1]?.startsWith(address)).toBe(true);
        },
      ),
    );
    const doc = smallMap();
    doc.sources = [{ id: "s", citation: "A source", url: "https://example.org/a?<script>pwn()</script> b" }];
    (doc.nodes[0] as ArgumentMap["nodes"][number]).sourceIds = ["s"];
    expect(exportBrief(doc).text).toContain("<https://example.org/a?%3Cscript%3Epwn()%3C/script%3E%20b>");
  });

  it("escapes Markdown in a point's words and reports the scores it leaves out", () => {
    const doc = smallMap();
    (doc.nodes[0] as ArgumentMap["nodes"][number]).text = "Uniforms *must* be [required] # now";
    const { text: brief, dropped } = exportBrief(doc);
    expect(brief).toContain("Uniforms \\*must\\* be \\[required\\] \\# now");
    expect(dropped).toEqual([
      "the map's id",
      "the source text the map was made from",
      "when the map was made",
      "when the map was last changed",
      "the ids of 5 points",
      "the base scores of 1 point",
      "the quotes of 1 point",
      "the positions of 1 point set by hand",
      "the ids of 4 relations",
    ]);
  });
});
