/**
 * A file name made from a map title that every common system accepts: no path separators, control or
 * reserved characters, no leading or trailing dots or spaces, no Windows device names, a sane length.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 80;

export function mapFileName(title: string, extension = ".argmap.json"): string {
  // A lone surrogate (half of a pair) cannot be written in a file name: it becomes U+FFFD first.
  const cleaned = title.toWellFormed().normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ");
  const trimmed = trimDotsAndSpaces([...trimDotsAndSpaces(cleaned)].slice(0, MAX_STEM).join(""));
  const stem = WINDOWS_DEVICE.test(trimmed) ? `${trimmed}-map` : trimmed;
  return `${stem || "map"}${extension}`;
}

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[.\s]+|[.\s]+$/g, "");
}
