/**
 * Lengths in the map format count Unicode code points, so an emoji is one character.
 * JavaScript's `length` counts UTF-16 units, which overcounts astral characters.
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** True when the text has at most `max` code points; cheap for the common short case. */
export function fitsWithin(text: string, max: number): boolean {
  // Code points never outnumber UTF-16 units, so a short string needs no counting.
  if (text.length <= max) return true;
  return codePointLength(text) <= max;
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/**
 * The start of a text for a list, a link or a message: runs of white space made one space, and at most
 * `max` code points, the last of them an ellipsis when it was cut. Counting code points (not UTF-16 units)
 * means an emoji or any other astral character is never split in half.
 */
export function shortenText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (fitsWithin(flat, max)) return flat;
  const kept: string[] = [];
  for (const character of flat) {
    if (kept.length === max - 1) break;
    kept.push(character);
  }
  return `${kept.join("").trimEnd()}…`;
}
