/**
 * A map's warnings as a person reads them after an import: in words, not in the format's paths
 * (`nodes[7]:`) and field values (`kind "thesis"`), and the same warning about many points said once
 * with their names ("12 points are not connected to any other point: Untitled_1, Untitled_2, … and 7
 * more"). `warrant validate` keeps the format's own lines; these are for the import dialogs and
 * `warrant convert`.
 */
import type { Problem } from "../model/problem";

interface Group {
  /** The sentence for this many points, given their names. */
  say: (names: readonly string[]) => string;
  pattern: RegExp;
}

const SHOWN = 5;

/** "A, B, C, D, E and 7 more". */
export function someNames(names: readonly string[]): string {
  const shown = names.slice(0, SHOWN).join(", ");
  return names.length > SHOWN ? `${shown} and ${names.length - SHOWN} more` : shown;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const GROUPS: readonly Group[] = [
  {
    pattern: /^"(.+)" is not connected to any other node$/,
    say: (names) =>
      `${count(names.length, "point is", "points are")} not connected to any other point: ${someNames(names)}`,
  },
  {
    pattern: /^the (?:critique|rebuttal) "(.+)" does not attack or undercut anything$/,
    say: (names) =>
      `${count(names.length, "objection or reply argues", "objections or replies argue")} against nothing: ${someNames(names)}`,
  },
  {
    pattern: /^the evidence "(.+)" cites no source$/,
    say: (names) =>
      `${count(names.length, "piece of evidence cites", "pieces of evidence cite")} no source: ${someNames(names)}`,
  },
  {
    pattern: /^the rebuttal "(.+)" attacks "(.+)", which is not a critique$/,
    say: (names) =>
      `${count(names.length, "reply attacks a point", "replies attack points")} that is not an objection: ${someNames(names)}`,
  },
  {
    pattern: /^"(.+)" attacks itself$/,
    say: (names) =>
      `${count(names.length, "point attacks itself", "points attack themselves")}: ${someNames(names)}`,
  },
  {
    pattern: /^these nodes support or attack one another in a circle: (.+)$/,
    say: (circles) =>
      circles.length === 1
        ? `these points support or attack one another in a circle: ${circles[0]}`
        : `${circles.length} circles of points support or attack one another: ${someNames(circles.map((c) => `(${c})`))}`,
  },
  {
    pattern: /^this quote is not found word for word in the map's source text$/,
    say: (quotes) =>
      `${count(quotes.length, "quote is", "quotes are")} not found word for word in the source text`,
  },
];

const SINGLE: readonly [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^the map has no thesis; .*$/, "no point is marked as the thesis, the main claim the map argues about"],
  [
    /^the map has (\d+) theses; .*$/,
    (m) => `${m[1]} points are marked as theses; a map usually argues about one main claim`,
  ],
];

export function warningsInWords(warnings: readonly Problem[]): string[] {
  const grouped = new Map<Group, string[]>();
  const lines: (string | Group)[] = [];
  for (const warning of warnings) {
    const group = GROUPS.find((g) => g.pattern.test(warning.message));
    if (group) {
      const match = group.pattern.exec(warning.message) as RegExpExecArray;
      const names = grouped.get(group);
      const name = match[2] !== undefined ? `${match[1]} → ${match[2]}` : (match[1] ?? warning.path);
      if (names) names.push(name);
      else {
        grouped.set(group, [name]);
        lines.push(group);
      }
      continue;
    }
    lines.push(single(warning));
  }
  return lines.map((line) => (typeof line === "string" ? line : line.say(grouped.get(line) ?? [])));
}

function single(warning: Problem): string {
  for (const [pattern, words] of SINGLE) {
    const match = pattern.exec(warning.message);
    if (match) return typeof words === "string" ? words : words(match);
  }
  // What the file says of itself as a whole needs no place; anything else keeps it, as a last resort.
  return warning.path === "$" ? warning.message : `${warning.message} (at ${placeInWords(warning.path)})`;
}

const PLACES: Readonly<Record<string, string>> = { nodes: "point", edges: "relation", sources: "source" };

/** `nodes[3].colour` → "point 4, colour": counted from 1, as people count. */
function placeInWords(path: string): string {
  return path
    .replace(
      /^(nodes|edges|sources)\[(\d+)\]/,
      (_, list: string, i: string) => `${PLACES[list]} ${Number(i) + 1}`,
    )
    .replace(/^map\b/, "the map")
    .replace(/\./g, ", ");
}
