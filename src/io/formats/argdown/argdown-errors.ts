/**
 * The Argdown grammar's errors in a person's words. Its parser (chevrotain) answers a syntax error with
 * the list of every token it would have taken, over many lines; what helps is what it found instead.
 */
export function readableParserMessage(message: string): string {
  if (!/Expecting|possible Token sequences/i.test(message)) return message.split("\n")[0] ?? message;
  const found = /but found:?\s*-*>?\s*'([^']*)'/s.exec(message)?.[1];
  const what =
    found === undefined || found === "" ? "the end of the text" : JSON.stringify(found.slice(0, 40));
  return `this is not Argdown the reader understands (it found ${what} where something else belongs)`;
}
