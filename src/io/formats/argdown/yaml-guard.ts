/**
 * Argdown's YAML (front matter and `{...}` data blocks) is read by js-yaml, which keeps an alias (`*name`)
 * as one more reference to its anchor's value: cheap to load, but a few lines of aliases to aliases ("a
 * billion laughs") stand for billions of values, and everything after the parser (the Argdown request's
 * settings merged from the front matter, the copy into `meta`) copies them out. This check loads the YAML
 * once more and counts its values the way a copy would, stopping at the bound, before the real listener
 * runs; YAML that is not valid is refused with its line too.
 */
import type * as Yaml from "js-yaml";
import { atLine, InputRefused, NESTING, YAML_VALUES } from "../../input-limits";

/** The part of a chevrotain token the check reads. */
interface IToken {
  image: string;
  startLine?: number;
}

type TokenListener = (request: unknown, response: unknown, token: IToken, parentNode: unknown) => void;

/** What DataPlugin hands to js-yaml for a token (its own patterns, repeated). */
function yamlText(kind: "Data" | "FrontMatter", image: string): string {
  if (kind === "FrontMatter") return image.replace(/^\s*={3,}/, "").replace(/={3,}\s*$/, "");
  const block = /^{[ \t]*(\n\r|\n)/.exec(image);
  return block ? image.slice(block[0].length).replace(/}\s*$/, "") : image;
}

/** Values a full copy of `value` would hold (aliases counted each time), or `limit + 1` when more. */
export function expandedValues(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (++count > limit) return limit + 1;
    if (next !== null && typeof next === "object" && !(next instanceof Date)) {
      for (const inner of Object.values(next)) stack.push(inner);
    }
  }
  return count;
}

/** The deepest `[`/`{` nesting in flow YAML, which js-yaml reads by recursion. */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

function check(yaml: typeof Yaml, kind: "Data" | "FrontMatter", token: IToken): void {
  const line = token.startLine ?? 1;
  const text = yamlText(kind, token.image);
  const where = kind === "FrontMatter" ? "the front matter" : "this data block";
  if (flowDepth(text) > NESTING.json) {
    throw new InputRefused(
      atLine(
        line,
        `${where} nests more than ${NESTING.json} levels deep; Warrant reads at most ${NESTING.json}`,
      ),
    );
  }
  let value: unknown;
  try {
    value = yaml.load(text);
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    throw new InputRefused(atLine(line, `${where} is not valid YAML (${reason})`));
  }
  // Without an alias nothing is repeated: the values are no more than the text's length.
  if (!text.includes("*")) return;
  if (expandedValues(value, YAML_VALUES) > YAML_VALUES) {
    throw new InputRefused(
      atLine(
        line,
        `${where} uses aliases (*name) that stand for more than ${YAML_VALUES.toLocaleString("en")} values; write the data out without them`,
      ),
    );
  }
}

/**
 * Wraps DataPlugin's listeners so that each YAML token is checked first. A refusal is also kept in
 * `refused`, since the Argdown application may be told by the file's own front matter to swallow errors.
 */
export function guardYamlListeners(
  listeners: Record<string, TokenListener>,
  yaml: typeof Yaml,
  refused: { error?: InputRefused },
): void {
  for (const kind of ["Data", "FrontMatter"] as const) {
    const original = listeners[kind];
    if (!original) continue;
    listeners[kind] = (request, response, token, parentNode) => {
      try {
        check(yaml, kind, token);
      } catch (error) {
        if (error instanceof InputRefused) refused.error ??= error;
        throw error;
      }
      original(request, response, token, parentNode);
    };
  }
}
