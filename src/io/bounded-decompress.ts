/**
 * lz-string's decompressFromEncodedURIComponent, with a ceiling on the output. lz-string itself builds
 * the whole output before anyone can look at it, and a short crafted link can ask for almost any amount
 * (each code may repeat a dictionary entry one character longer than the last, so n codes can spell
 * about n²/2 characters): a 2 MB link could ask for gigabytes. This reads the same bit stream, counts
 * what it would produce, and stops as soon as that passes `maxChars`. Entries are kept as JavaScript
 * strings built by concatenation, which engines hold as ropes, so nothing is copied before the end.
 */

/** The 64 characters of lz-string's URI-safe alphabet, in the order of their values. */
const URI_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const VALUE = new Map([...URI_SAFE].map((char, value) => [char, value]));

export type BoundedResult =
  | { ok: true; text: string }
  /** The stream is cut off or altered (lz-string answers null or ""). */
  | { ok: false; reason: "damaged" }
  | { ok: false; reason: "too-large" };

export function decompressUriComponentBounded(input: string, maxChars: number): BoundedResult {
  if (input === "") return { ok: false, reason: "damaged" };
  // Links pasted through some mail clients turn "+" into a space; lz-string puts it back the same way.
  const text = input.replace(/ /g, "+");
  const reader = new BitReader(text);
  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;

  let c: string;
  switch (reader.read(2)) {
    case 0:
      c = String.fromCharCode(reader.read(8));
      break;
    case 1:
      c = String.fromCharCode(reader.read(16));
      break;
    default:
      return { ok: false, reason: "damaged" };
  }
  dictionary[3] = c;
  let w = c;
  const result = [c];
  let produced = 1;
  for (;;) {
    if (reader.exhausted) return { ok: false, reason: "damaged" };
    let code = reader.read(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(reader.read(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { ok: true, text: result.join("") };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known !== undefined) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: "damaged" };
    produced += entry.length;
    if (produced > maxChars) return { ok: false, reason: "too-large" };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}

/** Six bits per character, most significant first, read into numbers least significant bit first. */
class BitReader {
  private value: number;
  private position = 32;
  private index = 1;

  constructor(private readonly text: string) {
    this.value = this.valueAt(0);
  }

  /** True once the reader has gone past the last character (lz-string's `data.index > length`). */
  get exhausted(): boolean {
    return this.index > this.text.length;
  }

  read(bits: number): number {
    let out = 0;
    for (let power = 1, count = 0; count < bits; count++, power *= 2) {
      if ((this.value & this.position) > 0) out += power;
      this.position >>= 1;
      if (this.position === 0) {
        this.position = 32;
        this.value = this.valueAt(this.index++);
      }
    }
    return out;
  }

  private valueAt(index: number): number {
    // lz-string reads a character outside the alphabet (or past the end) as no bits set.
    return VALUE.get(this.text.charAt(index)) ?? 0;
  }
}
