import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXml } from "../../../../src/io/formats/xml-tree";
import { xmlSafe, xmlText } from "../../../../src/io/picture/xml-text";

/** Any UTF-16 units at all: lone surrogates and control characters included. */
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) });

describe("text written into an SVG file", () => {
  it("always parses, as element content and as an attribute, and reads back as the safe text", () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        const parsed = parseXml(`<t a="${xmlText(text)}">${xmlText(text)}</t>`);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        // XML reads a line break in an attribute as a space, and a carriage return in content as a newline.
        expect(parsed.root.text).toBe(xmlSafe(text).replace(/\r\n?/g, "\n"));
        expect(parsed.root.attributes.get("a")).toBe(xmlSafe(text).replace(/\r\n|[\r\n\t]/g, " "));
      }),
    );
  });

  it("replaces lone surrogates and control characters, and keeps pairs and ordinary text", () => {
    expect(xmlSafe("a\u0000b\u0007c\uD800d\uDC00e")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    expect(xmlSafe("Warrant 😀 tab\tend")).toBe("Warrant 😀 tab\tend");
    expect(xmlText(`<script>"x" & 'y'</script>`)).toBe(
      "&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;",
    );
  });
});
