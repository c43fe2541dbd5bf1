/**
 * Evidence cards in the map: cut on evidence only, blank parts left out and an empty card taken off, held
 * to the format's limits; a card on another kind of point loads with a warning and is kept; version 2 has
 * no cards, so writing it says what is left out.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { toVersion2 } from "../../../src/io/to-version-2";
import { cardOf, setCard } from "../../../src/model/operations";
import { type ArgumentMap, LIMITS } from "../../../src/model/schema";
import { smallMap } from "../../helpers/small-map";

const cardOfNode = (doc: ArgumentMap, id: string) => doc.nodes.find((node) => node.id === id)?.card;

describe("evidence cards", () => {
  it("are cut part by part on an evidence point, and refused on any other", () => {
    const doc = smallMap();
    const tagged = setCard(doc, "ev", { tag: "Uniforms cut bullying" });
    if (!tagged.ok) throw new Error(tagged.reason);
    const cited = setCard(tagged.doc, "ev", {
      cite: "Smith 2020, School Survey",
      text: "Bullying fell 20%.",
    });
    if (!cited.ok) throw new Error(cited.reason);
    expect(cardOfNode(cited.doc, "ev")).toEqual({
      tag: "Uniforms cut bullying",
      cite: "Smith 2020, School Survey",
      text: "Bullying fell 20%.",
    });
    // The map given is left as it was.
    expect(cardOfNode(doc, "ev")).toBeUndefined();
    const onClaim = setCard(doc, "c", { tag: "x" });
    expect(onClaim.ok).toBe(false);
    expect(!onClaim.ok && onClaim.reason).toContain("only evidence carries a card");
    expect(setCard(doc, "nowhere", { tag: "x" }).ok).toBe(false);
  });

  it("leave blank parts out, and an empty card off the point", () => {
    fc.assert(
      fc.property(
        fc.record({
          tag: fc.option(fc.constantFrom("", " ", "Tag", " padded "), { nil: undefined }),
          cite: fc.option(fc.constantFrom("", "\n", "Cite"), { nil: undefined }),
          text: fc.option(fc.constantFrom("", "Quoted words."), { nil: undefined }),
        }),
        (parts) => {
          const result = setCard(smallMap(), "ev", parts);
          if (!result.ok) throw new Error(result.reason);
          const card = cardOfNode(result.doc, "ev");
          const kept = Object.entries(parts).filter(
            ([, value]) => value !== undefined && value.trim() !== "",
          );
          if (kept.length === 0) expect(card).toBeUndefined();
          else expect(card).toEqual(Object.fromEntries(kept));
          expect(cardOf(parts)).toEqual(card);
        },
      ),
    );
  });

  it("are held to the format's limits", () => {
    const long = setCard(smallMap(), "ev", { text: "a".repeat(LIMITS.cardText + 1) });
    expect(long.ok).toBe(false);
    expect(setCard(smallMap(), "ev", { text: "a".repeat(LIMITS.cardText) }).ok).toBe(true);
  });

  it("load strictly from a file, a card on a claim kept with a warning that says so", () => {
    const doc = smallMap();
    doc.nodes = doc.nodes.map((node) =>
      node.id === "ev" || node.id === "c" ? { ...node, card: { cite: "Smith 2020" } } : node,
    );
    const loaded = loadMap(JSON.stringify(doc), { mode: "strict" });
    if (!loaded.ok) throw new Error(loaded.errors.map((p) => p.message).join("; "));
    expect(cardOfNode(loaded.doc, "c")).toEqual({ cite: "Smith 2020" });
    expect(loaded.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      expect.stringMatching(/^nodes\[1\]\.card: only evidence carries a card, and this point is a claim/),
    ]);
    const unknown = JSON.stringify({ ...doc, nodes: [{ ...doc.nodes[2], card: { quote: "x" } }] });
    expect(loadMap(unknown, { mode: "strict" }).ok).toBe(false);
  });

  it("are left out of a version-2 file, and said", () => {
    const result = setCard(smallMap(), "ev", { tag: "T", cite: "C" });
    if (!result.ok) throw new Error(result.reason);
    const older = toVersion2(result.doc);
    expect(older.doc.nodes.some((node) => "card" in node)).toBe(false);
    expect(older.dropped.map((p) => p.message)).toEqual([
      "the evidence card of 1 point: format version 2 has no cards",
    ]);
  });
});
