/** Bytes packed 15 bits to a character for browser storage, and unpacked again. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packBytes, unpackBytes } from "../../../src/store/persistence/utf16-packing";

describe("bytes packed into characters", () => {
  it("unpacks to the bytes packed, in about eight fifteenths as many characters", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        const text = packBytes(bytes);
        expect(text.length).toBe(2 + Math.ceil((bytes.length * 8) / 15));
        expect(unpackBytes(text)).toEqual(bytes);
      }),
    );
  });

  it("uses no control character and no surrogate, which storage could alter", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 500 }), (bytes) => {
        for (const char of packBytes(bytes)) {
          const code = char.charCodeAt(0);
          expect(code >= 0x20 && code < 0xd800).toBe(true);
        }
      }),
    );
  });

  it("packs more than one call's worth of characters", () => {
    const bytes = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 256);
    expect(unpackBytes(packBytes(bytes))).toEqual(bytes);
  });

  it("refuses text that is not a packing, whatever it is", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 5 }), (bytes, tail) => {
        const text = packBytes(bytes);
        // Cut short or run on: the length no longer matches the count in front.
        expect(unpackBytes(text.slice(0, -1))).toBeNull();
        if (tail.length > 0) expect(unpackBytes(text + tail)).toBeNull();
      }),
    );
    expect(unpackBytes("")).toBeNull();
    expect(unpackBytes("\u0001\u0001")).toBeNull();
  });
});
