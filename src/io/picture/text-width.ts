/**
 * How wide a line of text is in the picture's font, without a browser to measure it: the core has no
 * DOM. The picture names a font stack of system fonts that share Helvetica's widths (Helvetica on Apple
 * systems, Arial on Windows, Liberation Sans or Nimbus Sans on Linux), so the widths below are exact for
 * most readers; where none of them is installed the system's own sans-serif stands in, and the slack
 * (WIDTH_SLACK) keeps a wider one (DejaVu Sans is about a tenth wider) inside its card too.
 */

export const FONT_STACK =
  'Helvetica, Arial, "Liberation Sans", "Nimbus Sans", "Helvetica Neue", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Helvetica's advance widths, in thousandths of an em, for the printable ASCII characters 32 to 126. */
// biome-ignore format: a table, one row per sixteen characters
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Bold text is about this much wider. */
const BOLD = 1.08;
const WIDTH_SLACK = 1.1;
/** Any other letter of a Latin, Greek or Cyrillic script: about an average lower-case letter. */
const OTHER = 600;
/** Chinese, Japanese, Korean and emoji take a full em. */
const WIDE = 1000;

function charWidth(code: number): number {
  if (code >= 32 && code <= 126) return ASCII[code - 32] as number;
  if (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      code >= 0x1f300)
  )
    return WIDE;
  return OTHER;
}

/** The width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += charWidth(char.codePointAt(0) as number);
  return (units / 1000) * fontSize * WIDTH_SLACK * (bold ? BOLD : 1);
}

/**
 * `text` broken into lines no wider than `width`, at spaces where it can and inside a word too long for
 * a line. Past `maxLines` the last line ends in an ellipsis. Runs of white space count as one space.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= width;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    // A word wider than a line is cut where it reaches the edge.
    let rest = word;
    while (!fits(rest)) {
      const cut = longestFit(rest, fits);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] as string, fits);
  return kept;
}

/** How many UTF-16 units of `text`, never splitting a surrogate pair, fit; at least one character. */
function longestFit(text: string, fits: (line: string) => boolean): number {
  const chars = Array.from(text);
  let count = 1;
  while (count < chars.length && fits(chars.slice(0, count + 1).join(""))) count++;
  return chars.slice(0, count).join("").length;
}

function withEllipsis(line: string, fits: (line: string) => boolean): string {
  const chars = Array.from(line);
  while (chars.length > 0 && !fits(`${chars.join("")}…`)) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}
