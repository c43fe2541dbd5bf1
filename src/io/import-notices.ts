/**
 * What an import has to tell, grouped by kind for the Health tab and the import dialogs: what the source
 * format held that the map left out, what it carried in another form, and what in the map is worth a look.
 * The importers report one line per thing (`the support relation [A] → [B]: its source is not a point of
 * the map; dropped`); lines that say the same of different things become one line naming them ("its source
 * is not a point of the map; dropped, 3 times: the support relation [A] → [B], …"), so a file with
 * dozens of them gives a short list. Each group counts the things it holds.
 */
import type { Problem } from "../model/problem";
import { someNames, warningsInWords } from "./warning-words";

export type NoticeKind = "left-out" | "reshaped" | "look";

export interface NoticeGroup {
  kind: NoticeKind;
  /** The group's heading, in words, with its count. */
  heading: string;
  /** How many things the group is about (a line "16 statements have no title" counts 16). */
  count: number;
  lines: string[];
}

/** What a line says was done with the thing: it was left out, unless it says it was kept or named. */
const RESHAPED =
  /\b(kept|keeps|named|becomes|become|became|added|laid out anew|on (?:its|their) own|attacks? both ways|read as)\b/;

/** A quoted or bracketed name in a line: `"c4"`, `“Untitled_1”`, `[Title]`, `<Argument>`. */
const NAME = /"(?:[^"\\]|\\.)*"|“[^”]*”|\[[^\]]*\]|<[^>]*>/g;

/**
 * What a line says and what of: `the support relation [A] → [B]: its source is not a point of the map;
 * dropped` says the words after the colon of the thing before it; `RA "12" has no premise; dropped` says
 * the words around the name of that name. A line that names nothing (a count, a layer) says itself.
 */
function saying(line: string): { saying: string; subject?: string } {
  const colon = firstColonOutsideNames(line);
  if (colon > 0) {
    const subject = line.slice(0, colon);
    if (/["“[<\d]/.test(subject)) return { saying: line.slice(colon + 2), subject };
  }
  const names = line.match(NAME);
  if (!names || /^\d+ /.test(line)) return { saying: line };
  return { saying: line.replace(NAME, "…"), subject: names.join(" ") };
}

function firstColonOutsideNames(line: string): number {
  const masked = line.replace(NAME, (name) => "x".repeat(name.length));
  return masked.indexOf(": ");
}

/**
 * `format`: the source format's name as people know it ("Argdown"); `dropped`: the importer's lines;
 * `warnings`: the map's own warnings after the import (said in words by warning-words.ts).
 */
export function importNotices(
  format: string,
  dropped: readonly string[],
  warnings: readonly Problem[],
): NoticeGroup[] {
  const merged = mergeAlike(dropped);
  const groups: NoticeGroup[] = [];
  const leftOut = merged.filter((line) => !RESHAPED.test(line.text));
  const reshaped = merged.filter((line) => RESHAPED.test(line.text));
  if (leftOut.length > 0) {
    const count = total(leftOut);
    groups.push({
      kind: "left-out",
      heading: `${things(count)} ${format} held that the map could not express, left out`,
      count,
      lines: leftOut.map((line) => line.text),
    });
  }
  if (reshaped.length > 0) {
    const count = total(reshaped);
    groups.push({
      kind: "reshaped",
      heading: `${things(count)} from ${format} carried in another form`,
      count,
      lines: reshaped.map((line) => line.text),
    });
  }
  const inMap = warnings.filter((warning) => warning.path !== "$");
  if (inMap.length > 0) {
    groups.push({
      kind: "look",
      heading: `${things(inMap.length)} in the map worth a look`,
      count: inMap.length,
      lines: warningsInWords(inMap),
    });
  }
  return groups;
}

const things = (n: number) => `${n} ${n === 1 ? "thing" : "things"}`;

interface Merged {
  text: string;
  count: number;
}

/** Lines that say the same thing of different subjects, as one line each, in the order first seen. */
function mergeAlike(lines: readonly string[]): Merged[] {
  const bySaying = new Map<string, string[]>();
  const order: (string | Merged)[] = [];
  const originals = new Map<string, string>();
  for (const line of lines) {
    const about = saying(line);
    if (about.subject === undefined) {
      order.push({ text: line, count: countIn(line) });
      continue;
    }
    const subjects = bySaying.get(about.saying);
    if (subjects) subjects.push(about.subject);
    else {
      bySaying.set(about.saying, [about.subject]);
      order.push(about.saying);
    }
    originals.set(about.saying, line);
  }
  return order.map((entry) => {
    if (typeof entry !== "string") return entry;
    const subjects = bySaying.get(entry) ?? [];
    if (subjects.length === 1) return { text: originals.get(entry) ?? entry, count: 1 };
    return { text: `${entry}, ${subjects.length} times: ${someNames(subjects)}`, count: subjects.length };
  });
}

/**
 * How many things a summary line is about: its leading number ("16 statements have no title"), or the
 * numbers of a list after a colon ("the dialogue layer was dropped: 235 L (locution), 102 TA (transition)
 * nodes"), else one.
 */
function countIn(line: string): number {
  const leading = /^(\d+) /.exec(line);
  if (leading) return Number(leading[1]);
  const list = /: (\d+ [^,]+(?:, \d+ [^,]+)*)$/.exec(line);
  if (list) return [...(list[1] as string).matchAll(/(?:^|, )(\d+) /g)].reduce((n, m) => n + Number(m[1]), 0);
  return 1;
}

function total(lines: readonly Merged[]): number {
  return lines.reduce((n, line) => n + line.count, 0);
}
