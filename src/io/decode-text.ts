/**
 * Turns the bytes of a file into text without losing a character silently. UTF-8 (with or without its byte
 * order mark) is read as it is; UTF-16 is read when a byte order mark says so; a file that is not valid UTF-8
 * is read as Windows-1251 or Windows-1252 (Latin-1) only when its bytes clearly look like one of them, with a
 * warning naming the encoding, and refused otherwise with the byte offset where UTF-8 fails. Text is never
 * given back with replacement characters (�) the decoder made up.
 */

export type DecodedText =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) return decodeUtf8(bytes.subarray(3), 3);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes);
  return decodeUtf8(bytes, 0);
}

function decodeUtf8(bytes: Uint8Array, skipped: number): DecodedText {
  const text = strictUtf8(bytes);
  if (text !== undefined) {
    return { ok: true, text, encoding: "UTF-8", warnings: replacementWarning(text) };
  }
  const bad = firstInvalidUtf8(bytes);
  const guess = skipped === 0 ? guessSingleByte(bytes) : undefined;
  if (guess) {
    const text =
      guess.label === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(guess.label).decode(bytes);
    const why = declaredUtf8(bytes) ? ", although it declares UTF-8," : "";
    return {
      ok: true,
      text,
      encoding: guess.name,
      warnings: [
        `the file is not UTF-8${why} and was read as ${guess.name}; check the accented letters, and save it as UTF-8 to be sure`,
      ],
    };
  }
  const offset = bad + skipped;
  return {
    ok: false,
    message: `the file is not valid UTF-8: byte ${offset} (0x${hex(bytes[bad] ?? 0)}, line ${lineAt(bytes, bad)}) is not part of a UTF-8 character, and the bytes do not look like Windows-1251 or Windows-1252 either; save the file as UTF-8 and open it again`,
  };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeUtf16(bytes: Uint8Array): DecodedText {
  const littleEndian = bytes[0] === 0xff;
  const label = littleEndian ? "utf-16le" : "utf-16be";
  const name = littleEndian ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)";
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(2));
    return { ok: true, text, encoding: name, warnings: [`the file is in ${name} and was read as such`] };
  } catch {
    return {
      ok: false,
      message: `the file starts with a ${name} byte order mark but is not valid ${name}; save it as UTF-8 and open it again`,
    };
  }
}

/** The offset of the first byte that cannot start or continue a UTF-8 character, or -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // No overlong forms, no surrogates.
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

type SingleByte = { label: string; name: string };

/**
 * Windows-1251 writes Cyrillic words as runs of bytes from 0xC0 up; Western European text in Windows-1252
 * or Latin-1 has its accented letters one at a time between ASCII letters. Anything else (control bytes,
 * bytes Windows-1252 leaves undefined in a Latin-looking text, a binary file) is not guessed at.
 */
export function guessSingleByte(bytes: Uint8Array): SingleByte | undefined {
  let high = 0;
  let inLetters = 0;
  let runs = 0;
  let inRun = false;
  let c1 = 0;
  let undefined1252 = 0;
  // An indexed loop: iterating a typed array of megabytes with for...of is several times slower.
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return undefined;
    if (b < 0x80) {
      inRun = false;
      continue;
    }
    high++;
    if (b >= 0xc0) inLetters++;
    if (b >= 0x80 && b <= 0x9f) {
      c1++;
      if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) undefined1252++;
    }
    if (!inRun) runs++;
    inRun = true;
  }
  if (high === 0) return undefined;
  const meanRun = high / runs;
  if (meanRun >= 2.5 && inLetters / high >= 0.7)
    return { label: "windows-1251", name: "Windows-1251 (Cyrillic)" };
  if (meanRun < 2.5 && undefined1252 === 0) {
    return c1 === 0
      ? { label: "windows-1252", name: "Latin-1 (ISO-8859-1)" }
      : { label: "windows-1252", name: "Windows-1252 (Western European)" };
  }
  return undefined;
}

/**
 * Windows-1252's printable characters at 0x80–0x9F (the five it leaves undefined are never guessed at).
 * Written out because Node's TextDecoder reads the label as ISO-8859-1 and gives control characters there.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  // The platform decodes the rest; only what it may leave at 0x80–0x9F is put right.
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] as string);
}

/** An XML declaration or a meta tag near the start that names UTF-8. */
function declaredUtf8(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /encoding\s*=\s*["']utf-?8["']|charset\s*=\s*["']?utf-?8/i.test(head);
}

function replacementWarning(text: string): string[] {
  const where = text.indexOf("\uFFFD");
  if (where < 0) return [];
  let count = 0;
  for (let at = where; at >= 0; at = text.indexOf("\uFFFD", at + 1)) count++;
  return [
    `the file already holds ${count} replacement character${count === 1 ? "" : "s"} (�), the first at character ${where}: letters were lost before it was saved`,
  ];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, "0");
}
