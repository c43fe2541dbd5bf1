/** Number of bytes the text takes in UTF-8, counted without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  // Every UTF-16 unit is at least one byte; a regular expression finds the few that are more far faster
  // than a loop over a mostly ASCII text of tens of megabytes.
  let bytes = text.length;
  const wide = /[\u0080-\uffff]+/g;
  for (let match = wide.exec(text); match !== null; match = wide.exec(text)) {
    const run = match[0];
    for (let i = 0; i < run.length; i++) {
      const unit = run.charCodeAt(i);
      // Up to U+07FF: two bytes. A surrogate pair: four bytes for two units. Otherwise three.
      bytes += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
    }
  }
  return bytes;
}

/** True when the text is certainly no larger than `limit` bytes, counting only when it has to. */
export function fitsInBytes(text: string, limit: number): boolean {
  // A UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair, two units, is 4), and at least 1.
  if (text.length * 3 <= limit) return true;
  if (text.length > limit) return false;
  // The encoder is several times faster than the count, and never says fewer bytes (see below), so
  // within the limit by its measure is within it; only a text near the limit is counted.
  if (encodedLength(text) <= limit) return true;
  return utf8ByteLength(text) <= limit;
}

/** Units encoded at a time: at most 3 bytes each, so the bytes fit the scratch buffer. */
const CHUNK = 1 << 16;

/**
 * The bytes TextEncoder writes for the text, chunk by chunk. A lone surrogate, or a pair split
 * between two chunks, becomes U+FFFD (3 bytes each), where `utf8ByteLength` counts 2 per unit: so this
 * is never less than that count.
 */
function encodedLength(text: string): number {
  const encoder = new TextEncoder();
  const scratch = new Uint8Array(3 * CHUNK);
  let bytes = 0;
  for (let start = 0; start < text.length; start += CHUNK) {
    bytes += encoder.encodeInto(text.slice(start, start + CHUNK), scratch).written;
  }
  return bytes;
}
