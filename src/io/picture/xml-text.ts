/**
 * Text made safe for an SVG file: characters XML cannot hold (control characters, lone surrogates,
 * U+FFFE and U+FFFF) become U+FFFD, so the file always parses, and markup characters are escaped, so a
 * label can never open an element or an attribute.
 */

// Everything outside XML 1.0's Char production; with the u flag a lone surrogate is one code point here.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Characters XML cannot hold replaced by U+FFFD; nothing else changed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

/** For element content and attribute values alike. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
