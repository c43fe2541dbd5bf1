/**
 * Characters no text file of ours can hold as they are: a lone UTF-16 surrogate (half of an emoji, cut)
 * cannot be encoded as UTF-8 at all, and the control characters other than tab and line breaks (and
 * U+FFFE, U+FFFF) are not allowed in XML and confuse every other reader. A writer's output has each one
 * replaced by U+FFFD, the replacement character, and the count is reported, rather than failing or
 * writing a file its own format refuses. JSON writers escape them themselves and have none left.
 */
const UNWRITABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function writableText(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(UNWRITABLE, () => {
    replaced++;
    return "\ufffd";
  });
  return { text: out, replaced };
}
