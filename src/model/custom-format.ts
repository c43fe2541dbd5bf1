/**
 * A debate format a map brings with it (`map.debate.format` written out as an object): its speeches and
 * cross-examinations read into the same shape as Warrant's own formats, so the flow, the drop rule, the round timer and `warrant flow`
 * treat it as any other. The schema checks each field; the rules here are those across its speeches,
 * which a per-record schema cannot see, worded for the person who built the format.
 */
import type { DebateFormat, DebatePeriod } from "./debate-formats";
import { type PathSegment, type Problem, problem } from "./problem";
import { type CustomFormat, type CustomSpeech, customFormatSchema } from "./schema";
import { describeIssues } from "./schema-issues";

/** The id a custom format is known by in the flow and in `warrant flow --json`. */
export const CUSTOM_FORMAT_ID = "custom";

export function isCustomFormat(format: string | CustomFormat): format is CustomFormat {
  return typeof format === "object";
}

/** What a custom format's sides are called unless the debate block names them. */
export const CUSTOM_SIDE_NAMES = { forSide: "For", againstSide: "Against" } as const;

const readCache = new WeakMap<CustomFormat, DebateFormat>();

/** The custom format as a format of the flow (read once per version of the map's debate block). */
export function readCustomFormat(custom: CustomFormat): DebateFormat {
  const cached = readCache.get(custom);
  if (cached) return cached;
  const format: DebateFormat = {
    id: CUSTOM_FORMAT_ID,
    name: custom.name,
    ...CUSTOM_SIDE_NAMES,
    periods: custom.speeches.map(periodOf),
    prepMinutes: custom.prepMinutes ?? 0,
    source: "this map's own format",
  };
  readCache.set(custom, format);
  return format;
}

function periodOf(entry: CustomSpeech): DebatePeriod {
  const { id, name, minutes } = entry;
  if (isCrossExamination(entry))
    return { kind: "cross-examination", id, name, asks: entry.asks ?? "both", minutes };
  // A speech always has its side once the format is checked; the fallback only keeps the type whole.
  const side = entry.side ?? "for";
  return {
    kind: "speech",
    id,
    name,
    side,
    minutes,
    ...(entry.team === undefined ? {} : { team: entry.team }),
  };
}

function isCrossExamination(entry: { kind?: string | undefined }): boolean {
  return entry.kind === "cross-examination";
}

/**
 * How a period of a custom format is called in a message: "speech 2" or "cross-examination 1", counted
 * among the periods of its kind, as the Format dialog numbers its rows.
 */
export function periodWords(speeches: readonly { kind?: string | undefined }[], at: number): string {
  const cross = isCrossExamination(speeches[at] ?? {});
  const place = speeches.slice(0, at + 1).filter((entry) => isCrossExamination(entry) === cross).length;
  return `${cross ? "cross-examination" : "speech"} ${place}`;
}

/**
 * What is wrong across a custom format's periods: two with one id (a point's `speech` could not say which
 * it is in, nor the round timer which period it is at), a side with no speech (nothing it says could ever
 * be answered, nor could it answer), and a field of the other kind of period (a speech has a side, a
 * cross-examination says who asks). Paths are relative to the format.
 */
export function customFormatRuleProblems(custom: CustomFormat): { path: PathSegment[]; message: string }[] {
  const problems: { path: PathSegment[]; message: string }[] = [];
  const seen = new Map<string, number>();
  custom.speeches.forEach((entry, i) => {
    const earlier = seen.get(entry.id);
    if (earlier === undefined) seen.set(entry.id, i);
    else {
      problems.push({
        path: ["speeches", i, "id"],
        message: `${JSON.stringify(entry.id)} is already the id of ${periodWords(custom.speeches, earlier)}; each speech and cross-examination needs its own id`,
      });
    }
    problems.push(
      ...kindProblems(entry).map((found) => ({ ...found, path: ["speeches", i, ...found.path] })),
    );
  });
  for (const side of ["for", "against"] as const) {
    if (!custom.speeches.some((entry) => !isCrossExamination(entry) && entry.side === side)) {
      problems.push({
        path: ["speeches"],
        message: `no speech is given by the ${side === "for" ? "side for the motion" : "side against the motion"}; a round needs a speech of each side`,
      });
    }
  }
  return problems;
}

/**
 * Which fields each kind of period needs, and what is said of a field of the other kind: a speech has a
 * side (and may have a team), a cross-examination says who asks.
 */
const KIND_FIELDS = {
  speech: {
    needs: { side: 'is missing: say which side gives the speech, "for" or "against"' },
    refuses: { asks: 'is for a cross-examination (with "kind": "cross-examination"); a speech has a side' },
  },
  "cross-examination": {
    needs: { asks: 'is missing: say who asks the questions, "for", "against" or "both" (a crossfire)' },
    refuses: {
      side: 'is for a speech; a cross-examination says who asks in "asks"',
      team: "is for a speech; a cross-examination has no team",
    },
  },
} as const satisfies Record<
  string,
  { needs: Partial<Record<keyof CustomSpeech, string>>; refuses: Partial<Record<keyof CustomSpeech, string>> }
>;

/** The fields a period lacks or has of the other kind. */
function kindProblems(entry: CustomSpeech): { path: PathSegment[]; message: string }[] {
  const rule = KIND_FIELDS[isCrossExamination(entry) ? "cross-examination" : "speech"];
  const missing = Object.entries(rule.needs).filter(
    ([field]) => entry[field as keyof CustomSpeech] === undefined,
  );
  const extra = Object.entries(rule.refuses).filter(
    ([field]) => entry[field as keyof CustomSpeech] !== undefined,
  );
  return [...missing, ...extra].map(([field, message]) => ({ path: [field], message }));
}

/**
 * Every problem of a custom format as it would be written in `map.debate.format`: the schema's, in its
 * words, then the rules across speeches. Empty when the format can be saved.
 */
export function customFormatProblems(value: unknown): Problem[] {
  const parsed = customFormatSchema.safeParse(value);
  if (!parsed.success) return describeIssues(parsed.error.issues, value, 20);
  return customFormatRuleProblems(parsed.data).map((found) => problem(found.path, found.message));
}
