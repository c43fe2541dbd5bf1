/** The wrapper each stored map is written in: one header line, then the map. */
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { generateDebate } from "../../../src/model/generate-debate";
import {
  decodeStoredHeader,
  decodeStoredPayload,
  encodeStoredMap,
} from "../../../src/store/persistence/stored-map-codec";
import { smallMap } from "../../helpers/small-map";

const header = { revision: 3, savedAt: "2026-11-28T10:00:00.000Z", title: "Uniforms", writer: "tab-a" };

describe("the stored map wrapper", () => {
  it.each([false, true])("gives back its header and the map's JSON (compressed: %s)", (compress) => {
    const { text, encoding } = encodeStoredMap(smallMap(), header, compress);
    expect(encoding).toBe(compress ? "deflate-utf16" : "json");
    const decoded = decodeStoredHeader(text);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.header).toEqual({ ...header, encoding });
    const payload = decodeStoredPayload(text, decoded);
    expect(payload.ok && JSON.parse(payload.text)).toEqual(smallMap());
  });

  it("reads maps stored compressed by lz-string, as older versions stored them", () => {
    const json = JSON.stringify(smallMap());
    const line = JSON.stringify({ store: "warrant-map", v: 1, ...header, encoding: "lz-utf16" });
    const text = `${line}\n${LZString.compressToUTF16(json)}`;
    const decoded = decodeStoredHeader(text);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decodeStoredPayload(text, decoded)).toEqual({ ok: true, text: json });
  });

  it("stores a big map in a tenth of its JSON's characters", () => {
    const doc = generateDebate({ nodes: 2_000 });
    const json = encodeStoredMap(doc, header).text.length;
    const compressed = encodeStoredMap(doc, header, true).text.length;
    expect(compressed).toBeLessThan(json / 10);
  });

  it("keeps tab-sync data out of the map document", () => {
    const { text } = encodeStoredMap(smallMap(), header);
    const map = JSON.parse(text.slice(text.indexOf("\n") + 1));
    expect(JSON.stringify(map)).not.toMatch(/revision|savedAt|tab-a/);
  });

  it.each([
    ["no header line", '{"format":"argument-map"}', "unreadable"],
    ["a header that is not JSON", "{revision: 1}\n{}", "unreadable"],
    ["a header of something else", '{"store":"other","v":1}\n{}', "unreadable"],
    ["no storage version", '{"store":"warrant-map","revision":1,"encoding":"json"}\n{}', "unreadable"],
    ["no revision", '{"store":"warrant-map","v":1,"encoding":"json"}\n{}', "unreadable"],
    ["a newer storage version", '{"store":"warrant-map","v":2,"revision":1}\n{}', "newer"],
    ["an unknown encoding", '{"store":"warrant-map","v":1,"revision":1,"encoding":"zstd"}\n{}', "newer"],
  ])("refuses %s", (_, raw, kind) => {
    expect(decodeStoredHeader(raw)).toMatchObject({ ok: false, kind });
  });

  it.each([
    ["cut off", (payload: string) => payload.slice(0, payload.length - 3)],
    ["gone", () => ""],
    ["altered", (payload: string) => payload.slice(0, 2) + "\u4000".repeat(payload.length - 2)],
  ])("reports compressed data that is %s as damaged", (_, damage) => {
    const { text } = encodeStoredMap(smallMap(), header, true);
    const start = text.indexOf("\n") + 1;
    const damaged = text.slice(0, start) + damage(text.slice(start));
    const decoded = decodeStoredHeader(damaged);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decodeStoredPayload(damaged, decoded)).toEqual({
      ok: false,
      message: "its compressed data is damaged",
    });
  });
});
