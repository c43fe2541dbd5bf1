/**
 * The cite sheet as Markdown: a heading per speech, cards numbered through the round as tag and cite with
 * the quoted text as a block quote, the evidence still to cut last; every word reads as typed, whatever
 * Markdown characters it holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CiteSheetText, citeSheetMarkdown } from "../../../src/io/sheets/cite-sheet-markdown";

const sheet: CiteSheetText = {
  title: "School uniforms",
  motion: "Resolved: uniforms.",
  sections: [
    {
      heading: "1AC, First Affirmative Constructive (Affirmative)",
      entries: [
        {
          tag: "Uniforms cut bullying",
          cite: "Smith 2020",
          citeFrom: "card",
          text: "Bullying fell.\n\nBy 20%.",
        },
        { tag: "Cheaper", cite: "Survey, p. 3", citeFrom: "sources" },
      ],
    },
    {
      heading: "1NC, First Negative Constructive (Negative)",
      entries: [{ tag: "Stifles", cite: "", citeFrom: "none" }],
    },
  ],
  uncut: [{ words: "An uncut study", speechId: "1NC" }],
  cardsOffEvidence: 2,
};

describe("the cite sheet in Markdown", () => {
  it("numbers the cards through the round under their speeches, quoting each card's text", () => {
    const lines = citeSheetMarkdown(sheet).split("\n");
    expect(lines.filter((line) => line.startsWith("#"))).toEqual([
      "# Cite sheet: School uniforms",
      "## 1AC, First Affirmative Constructive \\(Affirmative\\)",
      "## 1NC, First Negative Constructive \\(Negative\\)",
      "## Evidence with no card yet",
    ]);
    expect(lines.filter((line) => /^\d+\. /.test(line))).toEqual([
      "1. **Uniforms cut bullying**: Smith 2020",
      "2. **Cheaper**: Survey, p. 3 *(from the map's sources)*",
      "3. **Stifles**: *no cite yet*",
    ]);
    expect(lines.filter((line) => line.trimStart().startsWith(">"))).toEqual([
      "   > Bullying fell.",
      "   >",
      "   > By 20%.",
    ]);
    expect(lines).toContain("- An uncut study (1NC)");
    expect(lines).toContain(
      "*2 cards are kept on points that are not evidence, and not listed: make them evidence again to list them.*",
    );
  });

  it("says when no card is cut yet", () => {
    const empty = citeSheetMarkdown({ ...sheet, sections: [], uncut: [], cardsOffEvidence: 0 });
    expect(empty).toBe(
      "# Cite sheet: School uniforms\n\n*Motion:* Resolved: uniforms.\n\n*No evidence point carries a card yet.*\n",
    );
  });

  it("writes any words as typed: Markdown's characters escaped, one line per tag and cite", () => {
    const plain = (text: string) => text.replace(/\\(.)/g, "$1");
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (tag, cite) => {
        fc.pre(tag.trim() !== "" && cite.trim() !== "");
        const text = citeSheetMarkdown({
          title: "T",
          sections: [{ heading: "1AC", entries: [{ tag, cite, citeFrom: "card" }] }],
          uncut: [],
          cardsOffEvidence: 0,
        });
        const item = text.split("\n").find((line) => line.startsWith("1. ")) as string;
        const flat = (words: string) => words.replace(/\s+/g, " ").trim();
        expect(plain(item)).toBe(`1. **${flat(tag)}**: ${flat(cite)}`);
        // Nothing the words hold opens a heading, a list, a link, or emphasis of its own.
        expect(item.slice(3)).not.toMatch(/(^|[^\\])[[\]`<>#]/);
      }),
    );
  });
});
