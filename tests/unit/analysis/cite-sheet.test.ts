/**
 * The cite sheet of a round: cards speech by speech in the round's order, each listed once, tagged and
 * cited from the card or else from the point and its sources; evidence with no card listed apart, cards
 * on other kinds of points counted, so no card and no evidence point is left out without a word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citeSheet, computeFlow, NO_SPEECH_HEADING } from "../../../src/analysis";
import type { ArgumentMap } from "../../../src/model/schema";
import { validMapArb } from "../../helpers/arbitraries";
import { smallMap } from "../../helpers/small-map";

/** A policy round with evidence read in the 1AC and the 1NC, and one card not yet placed in a speech. */
function roundWithCards(): ArgumentMap {
  const doc = smallMap();
  doc.map.debate = { format: "policy", motion: "Resolved: uniforms." };
  doc.nodes.push(
    {
      id: "nev",
      kind: "evidence",
      text: "Students say uniforms stifle them.",
      speech: "1NC",
      card: { tag: "Uniforms stifle", cite: "Jones 2019, Youth Voices", text: "We felt invisible." },
    },
    { id: "loose", kind: "evidence", text: "An old study.", card: { cite: "Lee 1999" } },
    { id: "bare", kind: "evidence", text: "A study nobody cut yet.", speech: "1NC" },
    { id: "cl", kind: "claim", text: "Was evidence once.", card: { tag: "Kept" } },
  );
  doc.edges.push(
    { id: "e5", from: "nev", to: "k", relation: "support" },
    { id: "e6", from: "bare", to: "k", relation: "support" },
  );
  const speeches: Record<string, string> = { t: "1AC", c: "1AC", ev: "1AC", k: "1NC", r: "2AC" };
  doc.nodes = doc.nodes.map((node) => (speeches[node.id] ? { ...node, speech: speeches[node.id] } : node));
  // The 1AC's evidence has a card with a tag and text but no cite: its source in the map cites it.
  doc.nodes = doc.nodes.map((node) =>
    node.id === "ev" ? { ...node, card: { text: "Bullying fell.\nBy a fifth." } } : node,
  );
  return doc;
}

describe("the cite sheet", () => {
  it("lists the cards speech by speech, cited from the card or from the point's sources", () => {
    const doc = roundWithCards();
    const sheet = citeSheet(doc, computeFlow(doc));
    expect(sheet.title).toBe(doc.map.title);
    expect(sheet.motion).toBe("Resolved: uniforms.");
    expect(sheet.sections.map((section) => [section.speechId, section.entries.map((e) => e.id)])).toEqual([
      ["1AC", ["ev"]],
      ["1NC", ["nev"]],
      [undefined, ["loose"]],
    ]);
    expect(sheet.sections[0]?.heading).toMatch(/^1AC, .+ \(Affirmative\)$/);
    expect(sheet.sections[2]?.heading).toBe(NO_SPEECH_HEADING);
    // No tag: the point's words; no cite: the sources the point cites, with their page.
    expect(sheet.sections[0]?.entries[0]).toEqual({
      id: "ev",
      tag: "A survey found less bullying.",
      cite: "School survey, 2020, p. 12",
      citeFrom: "sources",
      text: "Bullying fell.\nBy a fifth.",
    });
    expect(sheet.sections[1]?.entries[0]).toMatchObject({
      tag: "Uniforms stifle",
      cite: "Jones 2019, Youth Voices",
      citeFrom: "card",
    });
    expect(sheet.uncut).toEqual([{ id: "bare", words: "A study nobody cut yet.", speechId: "1NC" }]);
    expect(sheet.cardsOffEvidence).toBe(1);
  });

  it("says when a card has no cite at all", () => {
    const doc = roundWithCards();
    doc.nodes = doc.nodes.map((node) =>
      node.id === "ev" ? { ...node, sourceIds: undefined, card: { tag: "T" } } : node,
    );
    const entry = citeSheet(doc, computeFlow(doc)).sections[0]?.entries[0];
    expect(entry).toEqual({ id: "ev", tag: "T", cite: "", citeFrom: "none" });
  });

  it("lists every evidence card once and every uncut evidence point apart, on any map", () => {
    fc.assert(
      fc.property(validMapArb(), (doc) => {
        const sheet = citeSheet(doc, computeFlow(doc));
        const listed = sheet.sections.flatMap((section) => section.entries.map((entry) => entry.id));
        const carded = doc.nodes.filter((node) => node.kind === "evidence" && node.card);
        expect([...listed].sort()).toEqual(carded.map((node) => node.id).sort());
        expect(sheet.uncut.map((point) => point.id)).toEqual(
          doc.nodes.filter((node) => node.kind === "evidence" && !node.card).map((node) => node.id),
        );
        expect(sheet.cardsOffEvidence).toBe(
          doc.nodes.filter((node) => node.kind !== "evidence" && node.card).length,
        );
        // No section is empty, and the speeches come in the round's order.
        expect(sheet.sections.every((section) => section.entries.length > 0)).toBe(true);
        const order = computeFlow(doc).speeches.map((speech) => speech.id);
        const placed = sheet.sections.flatMap((section) => section.speechId ?? []);
        expect(placed).toEqual(order.filter((id) => placed.includes(id)));
      }),
      { numRuns: 150 },
    );
  });
});
