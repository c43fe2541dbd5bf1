/**
 * A debate format a map brings with it (`map.debate.format` written out as an object): read into the
 * same shape as Warrant's own formats, so the flow, the drop rule, the round timer and `warrant flow`
 * treat it as any other. The schema checks each field; the rules here are those across its speeches,
 * which a per-record schema cannot see, worded for the person who built the format.
 */
import type { DebateFormat, DebateSpeech } from "./debate-formats";
import { type PathSegment, type Problem, problem } from "./problem";
import { type CustomFormat, customFormatSchema } from "./schema";
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
    periods: custom.speeches.map(
      (speech): DebateSpeech => ({
        kind: "speech",
        id: speech.id,
        name: speech.name,
        side: speech.side,
        minutes: speech.minutes,
        ...(speech.team === undefined ? {} : { team: speech.team }),
      }),
    ),
    prepMinutes: custom.prepMinutes ?? 0,
    source: "this map's own format",
  };
  readCache.set(custom, format);
  return format;
}

/**
 * What is wrong across a custom format's speeches: two speeches with one id (a point's `speech` could
 * not say which it is in), and a side with no speech (nothing it says could ever be answered, nor
 * could it answer). Paths are relative to the format.
 */
export function customFormatRuleProblems(custom: CustomFormat): { path: PathSegment[]; message: string }[] {
  const problems: { path: PathSegment[]; message: string }[] = [];
  const seen = new Map<string, number>();
  custom.speeches.forEach((speech, i) => {
    const earlier = seen.get(speech.id);
    if (earlier === undefined) seen.set(speech.id, i);
    else {
      problems.push({
        path: ["speeches", i, "id"],
        message: `${JSON.stringify(speech.id)} is already the id of speech ${earlier + 1}; each speech needs its own id`,
      });
    }
  });
  for (const side of ["for", "against"] as const) {
    if (!custom.speeches.some((speech) => speech.side === side)) {
      problems.push({
        path: ["speeches"],
        message: `no speech is given by the ${side === "for" ? "side for the motion" : "side against the motion"}; a round needs a speech of each side`,
      });
    }
  }
  return problems;
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
