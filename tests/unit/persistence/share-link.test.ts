/** Share links: the map in the URL fragment, read back through the load pipeline. */
import fc from "fast-check";
import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { canonicalMap, serializeMap } from "../../../src/io/serialize";
import {
  assessShareLinkLength,
  buildShareLink,
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LINK_MAX_LENGTH,
  SHARE_LINK_WARN_LENGTH,
} from "../../../src/io/share-link";
import { validMapArb } from "../../helpers/arbitraries";
import { smallMap } from "../../helpers/small-map";

describe("share links", () => {
  it("give back the same map, whatever it holds", () => {
    fc.assert(
      fc.property(validMapArb(), (doc) => {
        const result = decodeShareFragment(`#${encodeShareFragment(doc)}`);
        if (!result?.ok) throw new Error(JSON.stringify(result?.errors));
        expect(result.doc).toEqual(JSON.parse(JSON.stringify(canonicalMap(doc))));
        expect(serializeMap(result.doc)).toBe(serializeMap(doc));
      }),
      { numRuns: 200 },
    );
    // Compressing 200 generated maps that carry every optional field takes seconds on a busy machine.
  }, 30_000);

  it("use only characters that need no escaping in a URL fragment", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 4, maxEdges: 4 }), (doc) => {
        expect(encodeShareFragment(doc)).toMatch(/^map=[A-Za-z0-9+\-$]*$/);
      }),
      { numRuns: 100 },
    );
  });

  it("replace any fragment of the page address", () => {
    const link = buildShareLink("https://warrant.example/app/?x=1#old", smallMap());
    expect(link.startsWith("https://warrant.example/app/?x=1#map=")).toBe(true);
    expect(decodeShareFragment(new URL(link).hash)?.ok).toBe(true);
  });

  it("say nothing about fragments that carry no map", () => {
    expect(decodeShareFragment("")).toBeNull();
    expect(decodeShareFragment("#section-2")).toBeNull();
  });

  it("report a damaged or cut-off link as an error, never throw", () => {
    const fragment = encodeShareFragment(smallMap());
    for (const broken of [
      fragment.slice(0, 30),
      `${fragment.slice(0, -20)}`,
      "map=",
      "map=%%%",
      "map=AAAA",
    ]) {
      const result = decodeShareFragment(broken);
      expect(result?.ok, broken).toBe(false);
      expect(result?.ok === false && result.errors[0]?.path).toBe("$");
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (noise) => {
        expect(decodeShareFragment(`map=${noise}`)?.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("drop unknown fields with warnings, as any import does", () => {
    const text = JSON.stringify({ ...smallMap(), extra: true });
    const result = decodeShareFragment(`map=${compressToEncodedURIComponent(text)}`);
    expect(result?.ok).toBe(true);
    expect(result?.warnings.map((w) => w.path)).toContain("extra");
  });

  it("are judged by length: fine, long (warn), too long (refuse)", () => {
    expect(assessShareLinkLength("x".repeat(SHARE_LINK_WARN_LENGTH))).toBe("fine");
    expect(assessShareLinkLength("x".repeat(SHARE_LINK_WARN_LENGTH + 1))).toBe("long");
    expect(assessShareLinkLength("x".repeat(SHARE_LINK_MAX_LENGTH + 1))).toBe("too-long");
  });
});
