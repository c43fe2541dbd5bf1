/** The wrapper each stored map is written in: one header line, then the map. */
import { describe, expect, it } from "vitest";
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
    expect(encoding).toBe(compress ? "lz-utf16" : "json");
    const decoded = decodeStoredHeader(text);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.header).toEqual({ ...header, encoding });
    const payload = decodeStoredPayload(text, decoded);
    expect(payload.ok && JSON.parse(payload.text)).toEqual(smallMap());
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

  it("reports damaged compressed data", () => {
    const { text } = encodeStoredMap(smallMap(), header, true);
    const damaged = text.slice(0, text.indexOf("\n") + 1);
    const decoded = decodeStoredHeader(damaged);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decodeStoredPayload(damaged, decoded)).toEqual({
      ok: false,
      message: "its compressed data is damaged",
    });
  });
});
