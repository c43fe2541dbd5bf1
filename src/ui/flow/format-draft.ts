/**
 * The format dialog's form as data: which format is chosen, which side opens, what the sides are called,
 * and a custom format being built row by row, as typed (numbers as the words in their boxes). `draftChoice` reads the form into
 * what the map will hold; `problemWords` says where a problem is in the words of the form.
 */
import { CUSTOM_FORMAT_ID, customFormatProblems, isCustomFormat } from "../../model/custom-format";
import {
  type DebateFormat,
  type DebateSide,
  type FormatChoice,
  flowSpeeches,
} from "../../model/debate-formats";
import { type SideNaming, sideNamingProblem } from "../../model/operations";
import type { CustomFormat, DebateInfo } from "../../model/schema";

export interface SpeechRow {
  id: string;
  name: string;
  side: DebateSide;
  minutes: string;
  team: string;
}

export interface FormatDraft {
  /** A format's id, or `custom`. */
  choice: string;
  firstSide: DebateSide;
  /** What each side is called; empty for the format's own name. */
  forSide: string;
  againstSide: string;
  name: string;
  prepMinutes: string;
  rows: SpeechRow[];
}

export function rowsOf(format: DebateFormat): SpeechRow[] {
  return flowSpeeches(format).map((speech) => ({
    id: speech.id,
    name: speech.name,
    side: speech.side,
    minutes: String(speech.minutes),
    team: speech.team ?? "",
  }));
}

/** The form as the map's debate block has it now. */
export function draftOf(debate: DebateInfo | undefined, current: DebateFormat): FormatDraft {
  const custom = debate !== undefined && isCustomFormat(debate.format);
  return {
    choice: custom ? CUSTOM_FORMAT_ID : current.id,
    firstSide: debate?.firstSide ?? "for",
    forSide: debate?.forSide ?? "",
    againstSide: debate?.againstSide ?? "",
    name: custom ? current.name : "",
    prepMinutes: custom ? String(current.prepMinutes) : "",
    rows: custom ? rowsOf(current) : [],
  };
}

/** What the map will hold: a format's id (with the side that opens), or the custom format as typed. */
export function draftChoice(draft: FormatDraft, eitherSideFirst: boolean): FormatChoice {
  if (draft.choice !== CUSTOM_FORMAT_ID) {
    return eitherSideFirst && draft.firstSide === "against"
      ? { format: draft.choice, firstSide: "against" }
      : { format: draft.choice };
  }
  const custom: CustomFormat = {
    name: draft.name.trim(),
    speeches: draft.rows.map((row) => ({
      id: row.id.trim(),
      name: row.name.trim(),
      side: row.side,
      minutes: numberOf(row.minutes),
      ...(row.team.trim() === "" ? {} : { team: row.team.trim() }),
    })),
    ...(draft.prepMinutes.trim() === "" ? {} : { prepMinutes: numberOf(draft.prepMinutes) }),
  };
  return { format: custom };
}

/** A typed number; words that are no number stay NaN, which the format's check refuses by name. */
function numberOf(words: string): number {
  return words.trim() === "" ? Number.NaN : Number(words);
}

const FIELD_WORDS: Record<string, string> = {
  id: "id",
  name: "name",
  side: "side",
  minutes: "minutes",
  team: "team",
  prepMinutes: "prep minutes",
  speeches: "Speeches",
};

/** `speeches[1].minutes` as "Speech 2, minutes"; `name` as "Format name". */
export function problemWords(path: string): string {
  const speech = /^speeches\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (speech) {
    const field = speech[2] === undefined ? "" : `, ${FIELD_WORDS[speech[2]] ?? speech[2]}`;
    return `Speech ${Number(speech[1]) + 1}${field}`;
  }
  if (path === "name") return "Format name";
  return FIELD_WORDS[path] ?? path;
}

/** The side names as the form has them. */
export function draftSides(draft: FormatDraft): SideNaming {
  return { forSide: draft.forSide, againstSide: draft.againstSide };
}

/** What keeps the form from being saved, each with where it is in the form's words; empty when it can be. */
export function draftProblems(
  draft: FormatDraft,
  choice: FormatChoice,
): { where: string; message: string }[] {
  const naming = sideNamingProblem(draftSides(draft));
  const problems: { where: string; message: string }[] = naming ? [{ where: "Sides", message: naming }] : [];
  if (typeof choice.format === "string") return problems;
  // Words where a number belongs are said first, as typed: the format's own check would call them NaN.
  const numbers: { where: string; message: string }[] = [];
  draft.rows.forEach((row, i) => {
    if (!Number.isFinite(numberOf(row.minutes))) {
      numbers.push({
        where: `Speech ${i + 1}, minutes`,
        message: "write the minutes as a number, such as 4",
      });
    }
  });
  if (draft.prepMinutes.trim() !== "" && !Number.isFinite(numberOf(draft.prepMinutes))) {
    numbers.push({ where: "Prep minutes", message: "write a number, such as 3, or leave it empty" });
  }
  if (numbers.length > 0) return [...problems, ...numbers];
  return [
    ...problems,
    ...customFormatProblems(choice.format).map((found) => ({
      where: problemWords(found.path),
      message: found.message,
    })),
  ];
}
