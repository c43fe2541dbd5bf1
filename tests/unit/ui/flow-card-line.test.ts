/** A card's cite as a flow cell shows it: the part before the first comma, cut to a cell's width. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shortCite } from "../../../src/ui/flow/FlowCardLine";

describe("a card's cite in a flow cell", () => {
  it("is the author and year a debater flows", () => {
    expect(shortCite("Smith 2020, professor of education, School Survey, p. 12")).toBe("Smith 2020");
    expect(shortCite("Lee 1999; cited in Park 2004")).toBe("Lee 1999");
  });

  it("is never longer than a cell's line, and starts as the cite does", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (cite) => {
        fc.pre(cite.trim() !== "");
        const short = shortCite(cite);
        expect([...short].length).toBeLessThanOrEqual(32);
        const flat = cite.replace(/\s+/g, " ").trim();
        expect(flat.startsWith(short.replace(/…$/, ""))).toBe(true);
      }),
    );
  });
});
