/**
 * The format dialog's form as data: which format is chosen, which side opens, what the sides are called,
 * and a custom format being built row by row (speeches and cross-examinations in the order given), as
 * typed (numbers as the words in their boxes). `draftChoice` reads the form into
 * what the map will hold; `problemWords` says where a problem is in the words of the form.
 */
import {
  CUSTOM_FORMAT_ID,
  customFormatProblems,
  isCustomFormat,
  periodWords,
} from "../../model/custom-format";
import {
  type CrossExamination,
  type DebateFormat,
  type DebateSide,
  type FormatChoice,
  otherSide,
} from "../../model/debate-formats";
import { type SideNaming, sideNamingProblem } from "../../model/operations";
import type { CustomFormat, CustomSpeech, DebateInfo } from "../../model/schema";

/** A row of the custom format's table: a speech, or a cross-examination (which has no side nor team). */
export interface SpeechRow {
  kind: "speech" | "cross-examination";
  id: string;
  name: string;
  /** The side that gives a speech. */
  side: DebateSide;
  /** Who asks in a cross-examination. */
  asks: CrossExamination["asks"];
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

/** The rows of a format: its speeches and its cross-examinations, in the order they are given. */
export function rowsOf(format: DebateFormat): SpeechRow[] {
  return format.periods.map((period) =>
    period.kind === "speech"
      ? {
          kind: "speech",
          id: period.id,
          name: period.name,
          side: period.side,
          asks: otherSide(period.side),
          minutes: String(period.minutes),
          team: period.team ?? "",
        }
      : {
          kind: "cross-examination",
          id: period.id,
          name: period.name,
          side: period.asks === "both" ? "for" : period.asks,
          asks: period.asks,
          minutes: String(period.minutes),
          team: "",
        },
  );
}

/** A new speech after `rows`: of the side that did not give the last speech. */
export function newSpeechRow(rows: readonly SpeechRow[]): SpeechRow {
  const last = rows.findLast((row) => row.kind === "speech");
  const side = last?.side === "for" ? "against" : "for";
  return { kind: "speech", id: "", name: "", side, asks: otherSide(side), minutes: "4", team: "" };
}

/**
 * A new cross-examination after `rows`, as policy and Lincoln-Douglas have one: of the last speech, asked
 * by the other side, three minutes, named after that speech.
 */
export function newCrossRow(rows: readonly SpeechRow[]): SpeechRow {
  const last = rows.findLast((row) => row.kind === "speech");
  const of = last?.id.trim() ?? "";
  const asks = last ? otherSide(last.side) : "both";
  return {
    kind: "cross-examination",
    id: of === "" ? "" : `CX-${of}`,
    name: of === "" ? "Cross-examination" : `Cross-examination of the ${of}`,
    side: asks === "both" ? "for" : asks,
    asks,
    minutes: "3",
    team: "",
  };
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
    speeches: draft.rows.map(entryOf),
    ...(draft.prepMinutes.trim() === "" ? {} : { prepMinutes: numberOf(draft.prepMinutes) }),
  };
  return { format: custom };
}

/** A row as the map holds it: a speech as always, a cross-examination marked by its kind. */
function entryOf(row: SpeechRow): CustomSpeech {
  const common = { id: row.id.trim(), name: row.name.trim() };
  if (row.kind === "cross-examination") {
    return { kind: "cross-examination", ...common, asks: row.asks, minutes: numberOf(row.minutes) };
  }
  return {
    ...common,
    side: row.side,
    minutes: numberOf(row.minutes),
    ...(row.team.trim() === "" ? {} : { team: row.team.trim() }),
  };
}

/** A typed number; words that are no number stay NaN, which the format's check refuses by name. */
function numberOf(words: string): number {
  return words.trim() === "" ? Number.NaN : Number(words);
}

const FIELD_WORDS: Record<string, string> = {
  id: "id",
  name: "name",
  side: "side",
  asks: "who asks",
  minutes: "minutes",
  team: "team",
  prepMinutes: "prep minutes",
  speeches: "Speeches",
};

/** `speeches[1].minutes` as "Speech 2, minutes" (or "Cross-examination 1, minutes"); `name` as "Format name". */
export function problemWords(path: string, rows: readonly SpeechRow[]): string {
  const speech = /^speeches\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (speech) {
    const field = speech[2] === undefined ? "" : `, ${FIELD_WORDS[speech[2]] ?? speech[2]}`;
    return `${capitalised(periodWords(rows, Number(speech[1])))}${field}`;
  }
  if (path === "name") return "Format name";
  return FIELD_WORDS[path] ?? path;
}

/** What a row is called in the form: "Speech 2", "Cross-examination 1". */
export function rowWords(rows: readonly SpeechRow[], at: number): string {
  return capitalised(periodWords(rows, at));
}

function capitalised(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
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
        where: `${rowWords(draft.rows, i)}, minutes`,
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
      where: problemWords(found.path, draft.rows),
      message: found.message,
    })),
  ];
}
