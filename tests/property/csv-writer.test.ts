/**
 * The CSV writer on any table of text: read back by RFC 4180's rules, every record has the table's width
 * (a table has at least one column) and every field is the text written (text that would start a formula kept as text, with its apostrophe).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvText, writeCsv } from "../../src/io/sheets/csv";

/** RFC 4180, read strictly: CRLF between records, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else if (i >= text.length) {
          throw new Error("a quoted field is never closed");
        } else field += text[i++];
      }
    } else if (text[i] === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (text[i] === '"' || text[i] === "\r" || text[i] === "\n") {
      throw new Error(`${JSON.stringify(text[i])} outside quotes at ${i}`);
    } else field += text[i++];
  }
  if (field !== "" || record.length > 0) throw new Error("the last record has no line end");
  return records;
}

const piece = fc.constantFrom(",", '"', "\r\n", "\n", "\r", " ", "=", "+", "-", "@", "\t", "a", "é", "'");
const field = fc.oneof(
  fc.string(),
  fc.array(piece, { maxLength: 6 }).map((parts) => parts.join("")),
);

describe("the CSV writer", () => {
  it("writes any table so that RFC 4180 reads back each field, every record as wide as the widest", () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (table) => {
        const width = Math.max(0, ...table.map((record) => record.length));
        const read = readCsv(writeCsv(table));
        expect(read).toEqual(
          table.map((record) => Array.from({ length: width }, (_, i) => csvText(record[i] ?? ""))),
        );
      }),
    );
  });

  it("keeps text that would start a formula as text, and changes nothing else", () => {
    fc.assert(
      fc.property(field, (text) => {
        const shown = csvText(text);
        if (/^[=+\-@\t\r]/u.test(text)) expect(shown).toBe(`'${text}`);
        else expect(shown).toBe(text);
      }),
    );
  });
});
