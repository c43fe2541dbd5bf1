/** The bounded share-link decompressor reads exactly what lz-string reads, and stops at its ceiling. */
import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { decompressUriComponentBounded } from "../../../src/io/bounded-decompress";
import { decodeShareFragment } from "../../../src/io/share-link";
import { LIMITS } from "../../../src/model/schema";
import { URI_SAFE_ALPHABET as ALPHABET, repeatingLink } from "../../helpers/crafted-share-link";

describe("the bounded decompressor", () => {
  it("gives back any text lz-string compressed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const link = LZString.compressToEncodedURIComponent(text);
        const decoded = decompressUriComponentBounded(link, 10_000);
        if (text === "") expect(decoded.ok ? decoded.text : "").toBe("");
        else expect(decoded).toEqual({ ok: true, text });
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with lz-string on cut, altered and random links", () => {
    const damagedLink = fc.oneof(
      fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 }),
      fc
        .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }), fc.nat(), fc.nat(63))
        .map(([text, cut, swap]) => {
          const link = LZString.compressToEncodedURIComponent(text);
          const at = cut % link.length;
          return link.slice(0, at) + ALPHABET[swap] + link.slice(at + 1, link.length - (cut % 3));
        }),
    );
    fc.assert(
      fc.property(damagedLink, (link) => {
        let expected: string | null;
        try {
          expected = LZString.decompressFromEncodedURIComponent(link);
        } catch {
          expected = null;
        }
        const decoded = decompressUriComponentBounded(link, 1_000_000);
        // A stream must open with code 0 or 1 (a character) or 2 (nothing). lz-string reads the unused
        // code 3 as an undefined character and goes on to spell garbage; this calls it damaged. The code
        // is the top two of the first character's six bits, so only indices 48-63 open with it: "$"
        // (index 64) has all six bits clear and opens with code 0 like "A".
        const first = ALPHABET.indexOf(link.charAt(0));
        const opensWithCode3 = first >= 48 && first < 64;
        if (expected === null || expected === "" || opensWithCode3) {
          expect(decoded.ok ? decoded.text : "").toBe("");
        } else {
          expect(decoded).toEqual({ ok: true, text: expected });
        }
      }),
      { numRuns: 500 },
    );
  });

  it("stops once the output passes the ceiling", () => {
    const link = repeatingLink(400);
    expect(decompressUriComponentBounded(link, 1_000_000)).toEqual({ ok: true, text: "a".repeat(80_601) });
    expect(decompressUriComponentBounded(link, 80_600)).toEqual({ ok: false, reason: "too-large" });
  });

  it("refuses a short link whose map would pass the format's 64 MB", () => {
    // 12,000 codes spell about 72 million characters, from a link of some 28,000 characters.
    const link = repeatingLink(12_000);
    expect(link.length).toBeLessThan(40_000);
    const result = decodeShareFragment(`#map=${link}`);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.kind).toBe("too-large");
    expect(result && !result.ok && result.errors[0]?.message).toContain("64 MB");
    expect(LIMITS.bytes).toBe(64 * 1024 * 1024);
  });
});
