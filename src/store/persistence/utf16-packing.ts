/**
 * Bytes kept in a string, for browser storage, which holds only strings: 15 bits to a character, so a
 * compressed map takes about half as many characters as it has bytes (base64 would take a third more
 * than it has bytes). Every character is 32 plus a 15-bit value, between U+0020 and U+801F: no control
 * characters, and never a surrogate, which storage may replace when it stands alone.
 *
 * The first two characters hold the number of bytes, so the padding of the last character is known.
 */

const OFFSET = 32;
const MASK = 0x7fff;
/** Two 15-bit characters count up to 2^30 bytes. */
export const MAX_PACKED_BYTES = 2 ** 30 - 1;
/** Characters turned into a string at once: `String.fromCharCode` takes its arguments on the stack. */
const CHUNK = 8_192;

export function packBytes(bytes: Uint8Array): string {
  const count = bytes.length;
  if (count > MAX_PACKED_BYTES) throw new RangeError(`${count} bytes cannot be packed`);
  const codes = new Uint16Array(2 + Math.ceil((count * 8) / 15));
  codes[0] = OFFSET + ((count >>> 15) & MASK);
  codes[1] = OFFSET + (count & MASK);
  let next = 2;
  let held = 0;
  let bits = 0;
  for (let i = 0; i < count; i++) {
    held = (held << 8) | (bytes[i] as number);
    bits += 8;
    if (bits >= 15) {
      bits -= 15;
      codes[next++] = OFFSET + ((held >>> bits) & MASK);
      held &= (1 << bits) - 1;
    }
  }
  if (bits > 0) codes[next++] = OFFSET + ((held << (15 - bits)) & MASK);
  let text = "";
  for (let start = 0; start < codes.length; start += CHUNK) {
    text += String.fromCharCode(...codes.subarray(start, start + CHUNK));
  }
  return text;
}

/** The bytes packed in `text`, or null when it is not a packing (cut short, altered, not one at all). */
export function unpackBytes(text: string): Uint8Array | null {
  if (text.length < 2) return null;
  const high = text.charCodeAt(0) - OFFSET;
  const low = text.charCodeAt(1) - OFFSET;
  if (!isValue(high) || !isValue(low)) return null;
  const count = high * 2 ** 15 + low;
  if (text.length !== 2 + Math.ceil((count * 8) / 15)) return null;
  const bytes = new Uint8Array(count);
  let next = 0;
  let held = 0;
  let bits = 0;
  for (let i = 2; i < text.length; i++) {
    const value = text.charCodeAt(i) - OFFSET;
    if (!isValue(value)) return null;
    held = (held << 15) | value;
    bits += 15;
    while (bits >= 8 && next < count) {
      bits -= 8;
      bytes[next++] = (held >>> bits) & 0xff;
    }
    held &= (1 << bits) - 1;
  }
  return bytes;
}

function isValue(value: number): boolean {
  return value >= 0 && value <= MASK;
}
