/**
 * Reading a file's bytes: UTF-8 with or without its mark, UTF-16 by its mark, Windows-1251 and
 * Windows-1252 only when the bytes look like them (and then with a warning naming the encoding), and a
 * refusal naming the byte offset otherwise; never a replacement character the decoder made up.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import { decodeText } from "../../../src/io/decode-text";
import { memoryIo } from "../../helpers/memory-io";

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/interop/${name}`));
const cp1251 = fixture("windows-1251-declared-utf8.microtext.xml");
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 as it is and drops a UTF-8 byte order mark without a word", () => {
    const bytes = utf8("Bio nur für Reiche");
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: "Bio nur für Reiche",
      encoding: "UTF-8",
      warnings: [],
    });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(marked)).toMatchObject({ ok: true, text: "Bio nur für Reiche", warnings: [] });
  });

  it("reads UTF-16 by its byte order mark and says so", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x14, 0x04]);
    const result = decodeText(le);
    expect(result).toMatchObject({ ok: true, text: "AД" });
    expect(result.ok && result.warnings.join()).toContain("UTF-16");
  });

  it("reads a Windows-1251 file that declares UTF-8 as Windows-1251, with a warning", () => {
    const result = decodeText(cp1251);
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain("Проезд в городском транспорте должен быть бесплатным.");
    expect(result.text).not.toContain("\uFFFD");
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/Windows-1251.*|although it declares UTF-8/);
    expect(result.warnings[0]).toContain("although it declares UTF-8");
  });

  it("reads Western European text in Windows-1252, naming it", () => {
    const bytes = new Uint8Array([...utf8("caf"), 0xe9, 0x20, 0x93, ...utf8("ok"), 0x94]);
    const result = decodeText(bytes);
    expect(result).toMatchObject({
      ok: true,
      text: "café “ok”",
      encoding: "Windows-1252 (Western European)",
    });
    expect(result.ok && result.warnings[0]).toContain("Windows-1252");
  });

  it("refuses bytes that are neither UTF-8 nor a single-byte text, naming the offset and line", () => {
    const bytes = new Uint8Array([...utf8("ok\nok"), 0xc3, 0x01, 0x02]);
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("byte 5 (0xC3, line 2)");
  });

  it("warns about replacement characters already in the file", () => {
    const result = decodeText(utf8("a\uFFFDb"));
    expect(result.ok && result.warnings[0]).toMatch(/1 replacement character .* at character 1/);
  });
});

describe("the command line reads bytes through the decoder", () => {
  it("imports the Windows-1251 microtext with a warning naming the encoding and no lost letters", async () => {
    const io = memoryIo({ "ru.xml": cp1251 });
    expect(await runCli(["convert", "ru.xml", "--to", "json"], io)).toBe(0);
    expect(io.err).toContain('warning: "ru.xml": the file is not UTF-8');
    expect(io.err).toContain("Windows-1251");
    expect(io.out).toContain("Меньше машин на улицах");
    expect(io.out).not.toContain("\uFFFD");
  });

  it("refuses an undecodable file with exit 2 and the byte offset", async () => {
    const io = memoryIo({ "bad.json": new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d]) });
    expect(await runCli(["validate", "bad.json"], io)).toBe(2);
    expect(io.err).toContain("byte 1 (0xFF, line 1)");
  });
});
