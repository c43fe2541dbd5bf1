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
  return utf8ByteLength(text) <= limit;
}
