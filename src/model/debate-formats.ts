/**
 * The debate formats Warrant knows, as data: for each, its periods in order (speeches, and the cross-
 * examination periods that are timed but hold no points of the flow), which side gives each, its minutes,
 * and each side's preparation time during the round. `map.debate.format` names one of them by id; the
 * file never stores any of this, so a league that changes its times changes this table, not the maps.
 * A round none of these fits is written out in the map itself, as a custom format (custom-format.ts).
 *
 * The times are the standard ones of the leagues that run each format (leagues and tournaments vary them;
 * where they do, the most common is used and `source` says whose rules these are).
 */
import { isCustomFormat, readCustomFormat } from "./custom-format";
import type { CustomFormat } from "./schema";

/** The two sides of a round: `for` argues the motion (affirmative, pro, government, proposition). */
export type DebateSide = "for" | "against";

export interface DebateSpeech {
  kind: "speech";
  /** The id a node's `speech` names, as debaters abbreviate it on a flow (`1AC`, `NR`). */
  id: string;
  name: string;
  side: DebateSide;
  minutes: number;
  /**
   * The team that gives it, in a format where more than one team argues each side (British
   * Parliamentary's OG, OO, CG, CO): shown beside the side, never read by the drop rule.
   */
  team?: string;
}

/** A timed period of questions: no points are placed in it, and the drop rule skips it. */
export interface CrossExamination {
  kind: "cross-examination";
  id: string;
  name: string;
  /** The side that asks the questions; `both` for a crossfire, where both sides ask. */
  asks: DebateSide | "both";
  minutes: number;
}

export type DebatePeriod = DebateSpeech | CrossExamination;

export interface DebateFormat {
  id: string;
  name: string;
  /** What the two sides are called unless the map names them (`map.debate.forSide`, `againstSide`). */
  forSide: string;
  againstSide: string;
  periods: readonly DebatePeriod[];
  /** Preparation time each side may use between speeches, in minutes; 0 when the format has none. */
  prepMinutes: number;
  /** Preparation before the round, after the motion is announced, in minutes (formats that have it). */
  preRoundPrepMinutes?: number;
  /** Whose rules the times follow. */
  source: string;
  /**
   * Whether either side may speak first (public forum: a coin toss decides): the map's
   * `debate.firstSide` then says which, and the speeches of each pair are given in that order.
   */
  eitherSideFirst?: boolean;
  /**
   * The framework a case opens with, as debaters of the format flow it (Lincoln-Douglas: a value and the
   * criterion that weighs it); a point is marked as one of these on the flow sheet.
   */
  framework?: readonly string[];
}

const speech = (
  id: string,
  name: string,
  side: DebateSide,
  minutes: number,
  team?: string,
): DebateSpeech => ({
  kind: "speech",
  id,
  name,
  side,
  minutes,
  ...(team === undefined ? {} : { team }),
});

const cross = (id: string, name: string, asks: DebateSide | "both", minutes: number): CrossExamination => ({
  kind: "cross-examination",
  id,
  name,
  asks,
  minutes,
});

export const CLASSROOM_FORMAT_ID = "classroom";

export const DEBATE_FORMATS: readonly DebateFormat[] = [
  {
    id: CLASSROOM_FORMAT_ID,
    name: "Classroom",
    forSide: "For",
    againstSide: "Against",
    periods: [
      speech("OF", "Opening for", "for", 4),
      speech("OA", "Opening against", "against", 4),
      speech("RF", "Rebuttal for", "for", 3),
      speech("RA", "Rebuttal against", "against", 3),
    ],
    prepMinutes: 2,
    source:
      "Warrant's own short round for a class period (two openings, two rebuttals); no league sets these times",
  },
  {
    id: "policy",
    name: "Policy (cross-examination) debate",
    forSide: "Affirmative",
    againstSide: "Negative",
    periods: [
      speech("1AC", "First affirmative constructive", "for", 8),
      cross("CX-1AC", "Cross-examination of the 1AC", "against", 3),
      speech("1NC", "First negative constructive", "against", 8),
      cross("CX-1NC", "Cross-examination of the 1NC", "for", 3),
      speech("2AC", "Second affirmative constructive", "for", 8),
      cross("CX-2AC", "Cross-examination of the 2AC", "against", 3),
      speech("2NC", "Second negative constructive", "against", 8),
      cross("CX-2NC", "Cross-examination of the 2NC", "for", 3),
      speech("1NR", "First negative rebuttal", "against", 5),
      speech("1AR", "First affirmative rebuttal", "for", 5),
      speech("2NR", "Second negative rebuttal", "against", 5),
      speech("2AR", "Second affirmative rebuttal", "for", 5),
    ],
    prepMinutes: 8,
    source:
      "National Speech & Debate Association (US high school): 8-minute constructives, 3-minute cross-examinations, 5-minute rebuttals, 8 minutes of prep per team",
  },
  {
    id: "lincoln-douglas",
    name: "Lincoln-Douglas debate",
    forSide: "Affirmative",
    againstSide: "Negative",
    periods: [
      speech("AC", "Affirmative constructive", "for", 6),
      cross("CX-AC", "Cross-examination of the affirmative", "against", 3),
      speech("NC", "Negative constructive", "against", 7),
      cross("CX-NC", "Cross-examination of the negative", "for", 3),
      speech("1AR", "First affirmative rebuttal", "for", 4),
      speech("NR", "Negative rebuttal", "against", 6),
      speech("2AR", "Second affirmative rebuttal", "for", 3),
    ],
    prepMinutes: 4,
    framework: ["value", "criterion"],
    source:
      "National Speech & Debate Association (US high school): 6-3-7-3-4-6-3, 4 minutes of prep per debater",
  },
  {
    id: "public-forum",
    name: "Public forum debate",
    forSide: "Pro",
    againstSide: "Con",
    periods: [
      speech("PC", "Pro constructive", "for", 4),
      speech("CC", "Con constructive", "against", 4),
      cross("CF1", "First crossfire", "both", 3),
      speech("PR", "Pro rebuttal", "for", 4),
      speech("CR", "Con rebuttal", "against", 4),
      cross("CF2", "Second crossfire", "both", 3),
      speech("PS", "Pro summary", "for", 3),
      speech("CS", "Con summary", "against", 3),
      cross("GCF", "Grand crossfire", "both", 3),
      speech("PFF", "Pro final focus", "for", 2),
      speech("CFF", "Con final focus", "against", 2),
    ],
    prepMinutes: 3,
    eitherSideFirst: true,
    source:
      "National Speech & Debate Association (US high school), with the pro side speaking first (a coin toss decides it in a tournament): 4-minute constructives and rebuttals, 3-minute summaries and crossfires, 2-minute final focus, 3 minutes of prep per team",
  },
  {
    id: "parliamentary",
    name: "American parliamentary debate (NPDA)",
    forSide: "Government",
    againstSide: "Opposition",
    periods: [
      speech("PMC", "Prime minister constructive", "for", 7),
      speech("LOC", "Leader of the opposition constructive", "against", 8),
      speech("MG", "Member of the government", "for", 8),
      speech("MO", "Member of the opposition", "against", 8),
      speech("LOR", "Leader of the opposition rebuttal", "against", 4),
      speech("PMR", "Prime minister rebuttal", "for", 5),
    ],
    prepMinutes: 0,
    preRoundPrepMinutes: 20,
    source:
      "National Parliamentary Debate Association (US college): 7-8-8-8-4-5, no prep during the round, 20 minutes after the motion is announced",
  },
  {
    id: "world-schools",
    name: "World Schools debate",
    forSide: "Proposition",
    againstSide: "Opposition",
    periods: [
      speech("P1", "First proposition", "for", 8),
      speech("O1", "First opposition", "against", 8),
      speech("P2", "Second proposition", "for", 8),
      speech("O2", "Second opposition", "against", 8),
      speech("P3", "Third proposition", "for", 8),
      speech("O3", "Third opposition", "against", 8),
      speech("OR", "Opposition reply", "against", 4),
      speech("PR", "Proposition reply", "for", 4),
    ],
    prepMinutes: 0,
    preRoundPrepMinutes: 60,
    source:
      "World Schools Debating Championships: 8-minute speeches, 4-minute replies (opposition first), no prep during the round, one hour before an impromptu round",
  },
  {
    id: "british-parliamentary",
    name: "British Parliamentary debate",
    forSide: "Government",
    againstSide: "Opposition",
    periods: [
      speech("PM", "Prime minister", "for", 7, "OG"),
      speech("LO", "Leader of the opposition", "against", 7, "OO"),
      speech("DPM", "Deputy prime minister", "for", 7, "OG"),
      speech("DLO", "Deputy leader of the opposition", "against", 7, "OO"),
      speech("MG", "Member of the government", "for", 7, "CG"),
      speech("MO", "Member of the opposition", "against", 7, "CO"),
      speech("GW", "Government whip", "for", 7, "CG"),
      speech("OW", "Opposition whip", "against", 7, "CO"),
    ],
    prepMinutes: 0,
    preRoundPrepMinutes: 15,
    source:
      "World Universities Debating Championship: four teams of two (opening government OG, opening opposition OO, closing government CG, closing opposition CO), 7-minute speeches, 15 minutes of prep after the motion is announced",
  },
  {
    id: "apda",
    name: "American parliamentary debate (APDA)",
    forSide: "Government",
    againstSide: "Opposition",
    periods: [
      speech("PMC", "Prime minister constructive", "for", 7),
      speech("LOC", "Leader of the opposition constructive", "against", 8),
      speech("MG", "Member of the government", "for", 8),
      speech("MO", "Member of the opposition", "against", 8),
      speech("LOR", "Leader of the opposition rebuttal", "against", 4),
      speech("PMR", "Prime minister rebuttal", "for", 5),
    ],
    prepMinutes: 0,
    source:
      "American Parliamentary Debate Association (US college): 7-8-8-8-4-5; the government brings its own case, so no prep is timed",
  },
  {
    id: "canadian-parliamentary",
    name: "Canadian parliamentary debate (CUSID)",
    forSide: "Government",
    againstSide: "Opposition",
    periods: [
      speech("PM", "Prime minister", "for", 7),
      speech("MO", "Member of the opposition", "against", 7),
      speech("MC", "Minister of the crown", "for", 7),
      speech("LO", "Leader of the opposition", "against", 10),
      speech("PMR", "Prime minister rebuttal", "for", 3),
    ],
    prepMinutes: 0,
    source:
      "Canadian University Society for Intercollegiate Debate: 7-7-7-10-3, the leader of the opposition's speech also its rebuttal; the government brings its own case, so no prep is timed",
  },
];

const BY_ID = new Map(DEBATE_FORMATS.map((format) => [format.id, format]));

export function debateFormat(id: string): DebateFormat | undefined {
  return BY_ID.get(id);
}

export const CLASSROOM_FORMAT = BY_ID.get(CLASSROOM_FORMAT_ID) as DebateFormat;

/** What of the map's debate block decides its format. */
export interface FormatChoice {
  format: string | CustomFormat;
  firstSide?: DebateSide | undefined;
}

/**
 * The format a map is read with: its own custom format, or the one `map.debate.format` names (in the
 * speaking order `firstSide` sets, where the format lets either side open), or `classroom` when the map
 * has no debate block or names a format this version of Warrant does not know.
 */
export function formatOfMap(map: { debate?: FormatChoice | undefined }): DebateFormat {
  const debate = map.debate;
  if (debate === undefined) return CLASSROOM_FORMAT;
  if (isCustomFormat(debate.format)) return readCustomFormat(debate.format);
  const known = BY_ID.get(debate.format);
  if (known === undefined) return CLASSROOM_FORMAT;
  return debate.firstSide === "against" && known.eitherSideFirst ? againstFirst(known) : known;
}

const againstFirstCache = new Map<string, DebateFormat>();

/**
 * The format with the side against the motion speaking first: each speech of the side for it that is
 * followed at once by the matching speech of the other side changes places with it (public forum's
 * PC CC becomes CC PC, and so on down to the final focus); the crossfires stay where they are.
 */
function againstFirst(format: DebateFormat): DebateFormat {
  const cached = againstFirstCache.get(format.id);
  if (cached) return cached;
  const periods = [...format.periods];
  for (let i = 0; i + 1 < periods.length; i++) {
    const first = periods[i] as DebatePeriod;
    const second = periods[i + 1] as DebatePeriod;
    if (
      first.kind === "speech" &&
      second.kind === "speech" &&
      first.side === "for" &&
      second.side === "against"
    ) {
      periods[i] = second;
      periods[i + 1] = first;
      i++;
    }
  }
  const swapped = { ...format, name: `${format.name}, ${format.againstSide} first`, periods };
  againstFirstCache.set(format.id, swapped);
  return swapped;
}

/** The speeches of the flow in order, without the cross-examination periods. */
export function flowSpeeches(format: DebateFormat): DebateSpeech[] {
  return format.periods.filter((period): period is DebateSpeech => period.kind === "speech");
}

/** The names shown for the two sides: the map's own, or the format's. */
export function sideNames(
  format: Pick<DebateFormat, "forSide" | "againstSide">,
  debate: { forSide?: string | undefined; againstSide?: string | undefined } | undefined,
): Record<DebateSide, string> {
  return { for: debate?.forSide ?? format.forSide, against: debate?.againstSide ?? format.againstSide };
}

export function otherSide(side: DebateSide): DebateSide {
  return side === "for" ? "against" : "for";
}
