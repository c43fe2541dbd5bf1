import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "../../../../src/io/picture/text-width";

describe("text widths without a browser", () => {
  it("measures wide letters wider than narrow ones, and scales with the font size", () => {
    expect(textWidth("WWWW", 13)).toBeGreaterThan(textWidth("iiii", 13) * 3);
    expect(textWidth("Warrant", 26)).toBeCloseTo(textWidth("Warrant", 13) * 2);
    expect(textWidth("法院", 13)).toBeGreaterThan(textWidth("ab", 13));
  });

  it("wraps at spaces, every line within the width, every word kept in order", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,9}$/), { minLength: 1, maxLength: 30 }), (list) => {
        const text = list.join(" ");
        const lines = wrapText(text, 120, 13, 100);
        for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
        expect(lines.join(" ")).toBe(text);
      }),
    );
  });

  it("cuts a word too long for a line, never inside a surrogate pair", () => {
    const lines = wrapText("😀".repeat(40), 60, 13, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("😀".repeat(40));
    for (const line of lines) expect(line).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it("ends the last line it keeps with an ellipsis when the text is longer", () => {
    const lines = wrapText("one two three four five six seven eight nine ten eleven twelve", 60, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1] as string, 13)).toBeLessThanOrEqual(60);
  });
});
