/**
 * The encoding detection on any input: UTF-8 text always comes back unchanged and unwarned; Cyrillic and
 * Western European text written in Windows-1251 or Windows-1252 comes back unchanged with a warning naming
 * the encoding; and on any bytes at all, the text given back never holds a replacement character that the
 * bytes did not, and a refusal names the first byte that is not UTF-8.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8 } from "../../src/io/decode-text";

/** Each character a single-byte code page writes at 0x80–0xFF, mapped to its byte. */
function codePage(label: string): Map<string, number> {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return table;
}

function encodeWith(table: Map<string, number>, text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) as number))),
  );
}

const cyrillicWord = fc.stringMatching(/^[а-яА-Я]{3,10}$/);
const latinWord = fc
  .tuple(fc.stringMatching(/^[a-z]{1,5}$/), fc.constantFrom(..."éèüößàç"), fc.stringMatching(/^[a-z]{1,5}$/))
  .map((p) => p.join(""));

describe("decodeText", () => {
  it("gives any UTF-8 text back unchanged and without warnings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        fc.pre(!text.includes("\uFFFD") && !text.startsWith("\uFEFF"));
        expect(decodeText(new TextEncoder().encode(text))).toEqual({
          ok: true,
          text,
          encoding: "UTF-8",
          warnings: [],
        });
      }),
    );
  });

  it("reads Cyrillic text written in Windows-1251 as Windows-1251", () => {
    const table = codePage("windows-1251");
    fc.assert(
      fc.property(fc.array(cyrillicWord, { minLength: 2, maxLength: 12 }), (words) => {
        const text = `<t>${words.join(" ")}.</t>`;
        const result = decodeText(encodeWith(table, text));
        expect(result).toMatchObject({ ok: true, text, encoding: "Windows-1251 (Cyrillic)" });
        expect(result.ok && result.warnings[0]).toContain("Windows-1251");
      }),
    );
  });

  it("reads Western European text written in Windows-1252 as such", () => {
    const table = codePage("windows-1252");
    fc.assert(
      fc.property(fc.array(latinWord, { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(" ");
        const result = decodeText(encodeWith(table, text));
        expect(result).toMatchObject({ ok: true, text });
        expect(result.ok && result.warnings[0]).toMatch(/Latin-1|Windows-1252/);
      }),
    );
  });

  it("on any bytes, never makes up a replacement character, and refuses at the first bad byte", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = decodeText(bytes);
        if (result.ok) {
          const made = (result.text.match(/\uFFFD/g) ?? []).length;
          if (made > 0) expect(result.warnings.join()).toContain("replacement character");
        } else {
          const bad = firstInvalidUtf8(
            bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes,
          );
          if (!/byte order mark/.test(result.message)) expect(bad).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("finds invalid UTF-8 exactly where the platform's strict decoder does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const bad = firstInvalidUtf8(bytes);
        expect(bad < 0).toBe(valid);
        if (!valid) {
          const before = bytes.subarray(0, bad);
          expect(() => new TextDecoder("utf-8", { fatal: true }).decode(before)).not.toThrow();
        }
      }),
    );
  });
});
