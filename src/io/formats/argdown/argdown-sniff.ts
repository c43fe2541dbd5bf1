/**
 * Whether text reads as Argdown, without loading the parser: any text is legal Argdown (a paragraph is
 * a statement), so this looks for its own marks: `[Title]:` or `<Title>:` definitions, indented
 * relations (`+ [x]`, `- <y>`, `<+`, `->`, `_>`), premise-conclusion lists, or `===` front matter.
 */
export function looksLikeArgdown(text: string): boolean {
  const head = text.slice(0, 20_000);
  return (
    /^\s*[[<][^\]\n>]+[\]>]:/m.test(head) ||
    /^[ \t]+(?:<?[+-]>?|<_|_>|><)[ \t]+[[<]/m.test(head) ||
    /^===[ \t]*\r?\n[\s\S]*?\r?\n===[ \t]*$/m.test(head) ||
    /^\s*\(1\)[ \t]+\S[\s\S]*^\s*-{2,}\s*$/m.test(head)
  );
}
