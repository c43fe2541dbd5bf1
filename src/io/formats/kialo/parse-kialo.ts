/**
 * Kialo's text export, in both layouts in use. The classic one: `Discussion Title: ...`, then one claim
 * per line as `1.1. Pro: text`. The newer one: `Discussion Name:` with the name on the next line, each
 * claim's header (`1.1. Con:`) with its text on the following, indented lines, blank lines between
 * claims, `[n]` footnote markers and a closing `Sources:` list; sometimes `1. Question:` with several
 * `1.1. Thesis:` under it. Either may use LF or CRLF. A claim whose text is `-> See 1.2.3.` is a link
 * to that claim, not a claim of its own. A Markdown link `[words](address)` keeps its words in the text
 * and its address beside it; only a bare `[n]` is a footnote marker (`[2010](https://…)` is a link).
 */
import type { Problem } from "../../../model/problem";
import { MAX_POINTS, tooManyPoints } from "../../input-limits";

export type Stance = "Pro" | "Con" | "Thesis" | "Question" | undefined;

export interface KialoEntry {
  /** "1.2.3" without the final dot. */
  number: string;
  stance: Stance;
  text: string;
  /** The number a `-> See` link names, when the claim is one. */
  linkTo?: string;
  /** Footnote numbers cited by `[n]` markers. */
  footnotes: number[];
  /** Markdown links in the text, in order: their words stay in the text. */
  links: { words: string; address: string }[];
  line: number;
}

export interface KialoDiscussion {
  title?: string;
  entries: KialoEntry[];
  /** Footnote number to citation text. */
  sources: Map<number, string>;
}

export type KialoParse = { ok: true; discussion: KialoDiscussion } | { ok: false; errors: Problem[] };

const HEADER = /^\s*((?:\d+\.)+)\s*(?:(Thesis|Pro|Con|Question)\s*:)?[ \t]*(.*)$/;
const LINK = /^->\s*See\s+((?:\d+\.)+)\s*$/i;
const FOOTNOTE = /[ \t]*\[(\d+)\](?!\()/g;
/** `[words](address)`, where Kialo escapes brackets that are not a link as `\[`. */
export const WEB_ADDRESS = /^https?:\/\/\S+$/i;
const MARKDOWN_LINK = /(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^()\s]+)\)/g;

export function parseKialo(text: string): KialoParse {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let at = 0;
  const skipBlank = () => {
    while (at < lines.length && (lines[at] as string).trim() === "") at++;
  };
  skipBlank();
  let title: string | undefined;
  const first = (lines[at] ?? "").trim();
  const titled = /^Discussion (Title|Name):\s*(.*)$/i.exec(first);
  if (titled) {
    at++;
    title = (titled[2] as string).trim();
    if (title === "") {
      skipBlank();
      title = (lines[at] ?? "").trim();
      at++;
    }
  }

  const entries: KialoEntry[] = [];
  const known = new Set<string>();
  const sources = new Map<number, string>();
  let current: { entry: KialoEntry; body: string[] } | undefined;
  let inSources = false;
  const finish = () => {
    if (!current) return;
    current.entry.text = joinBody(current.body);
    entries.push(current.entry);
    current = undefined;
  };
  for (; at < lines.length; at++) {
    const line = lines[at] as string;
    if (/^\s*Sources:\s*$/i.test(line)) {
      finish();
      inSources = true;
      continue;
    }
    if (inSources) {
      const source = /^\s*(?:\[(\d+)\]|(\d+)\.)\s*(.+)$/.exec(line);
      if (source) sources.set(Number(source[1] ?? source[2]), (source[3] as string).trim());
      continue;
    }
    const header = HEADER.exec(line);
    const number = header ? (header[1] as string).replace(/\.$/, "") : undefined;
    if (header && number !== undefined && isNewClaim(number, known)) {
      finish();
      known.add(number);
      if (known.size > MAX_POINTS) throw tooManyPoints(`line ${at + 1}`);
      current = {
        entry: { number, stance: header[2] as Stance, text: "", footnotes: [], links: [], line: at + 1 },
        body: [header[3] as string],
      };
      continue;
    }
    if (current) current.body.push(line);
    else if (line.trim() !== "") {
      return {
        ok: false,
        errors: [
          {
            path: `line ${at + 1}`,
            message: `expected a numbered claim such as "1. ..." but found ${JSON.stringify(line.trim().slice(0, 40))}`,
          },
        ],
      };
    }
  }
  finish();
  if (entries.length === 0)
    return {
      ok: false,
      errors: [
        { path: "$", message: "no numbered claims were found (a Kialo export starts its claims with 1.)" },
      ],
    };
  for (const entry of entries) {
    const link = LINK.exec(entry.text);
    if (link) entry.linkTo = (link[1] as string).replace(/\.$/, "");
    entry.links = [...entry.text.matchAll(MARKDOWN_LINK)].map((m) => ({
      words: unescapeMarkdown(m[1] as string),
      address: m[2] as string,
    }));
    // A web address becomes a source of the claim; any other address stays in the text after its words.
    if (entry.links.length > 0)
      entry.text = entry.text.replace(MARKDOWN_LINK, (_, words: string, address: string) =>
        WEB_ADDRESS.test(address) ? words : `${words} (${address})`,
      );
    entry.footnotes = [...entry.text.matchAll(FOOTNOTE)].map((m) => Number(m[1]));
    if (entry.footnotes.length > 0) entry.text = entry.text.replace(FOOTNOTE, "");
    entry.text = unescapeMarkdown(entry.text);
  }
  return {
    ok: true,
    discussion: { ...(title !== undefined && title !== "" ? { title } : {}), entries, sources },
  };
}

/**
 * A line starting with a number is a claim only when its number continues the outline: the first
 * claim (the root), or a child of a claim already read. Anything else ("3. Something" inside a claim)
 * is text.
 */
function isNewClaim(number: string, known: ReadonlySet<string>): boolean {
  if (known.has(number)) return false;
  const parent = number.includes(".") ? number.slice(0, number.lastIndexOf(".")) : undefined;
  return parent === undefined ? known.size === 0 : known.has(parent);
}

/** The claim's lines: a paragraph's lines joined by spaces, paragraphs by a blank line. */
function joinBody(body: readonly string[]): string {
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  for (const raw of body) {
    const line = raw.trim();
    if (line === "") {
      if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
      paragraph = [];
    } else paragraph.push(line);
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
  return paragraphs.join("\n\n");
}

/** Kialo escapes Markdown's punctuation with backslashes: `\(`, `\[`, `\*`. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

export function looksLikeKialo(text: string): boolean {
  return /^\s*(Discussion (Title|Name):|1\.\s+(Thesis|Question):)/i.test(text.replace(/^\uFEFF/, ""));
}
