/**
 * Map health as advice: the findings grouped by the check that found them, most important first, each
 * group headed by what it counts in words ("5 claims have no evidence beneath them") and one sentence
 * on why that matters and how to fix it, so a map with many findings of one kind reads as one piece of
 * advice rather than the same sentence many times.
 */
import type { HealthCheck, HealthFinding } from "./health";

export interface HealthRule {
  check: HealthCheck;
  severity: "warning" | "info";
  /** What the group counts, in words: "1 critique is not answered". */
  headline: string;
  /** Why it matters and how to fix it, in one sentence. */
  advice: string;
  /** True when each finding is fully said by naming its point (the headline says the rest). */
  namesPoints: boolean;
  findings: HealthFinding[];
}

interface RuleWords {
  headline(count: number): string;
  advice: string;
  namesPoints: boolean;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The checks, most important first: what leaves the case open to attack before what is worth knowing. */
const RULES: readonly [HealthCheck, RuleWords][] = [
  [
    "unanswered-critique",
    {
      headline: (n) => `${plural(n, "critique is", "critiques are")} not answered`,
      advice:
        "An unanswered critique keeps its full strength and pulls down the point it attacks; answer it with a rebuttal that attacks it, or undercut its link if it misses the point.",
      namesPoints: true,
    },
  ],
  [
    "unsupported-claim",
    {
      headline: (n) =>
        `${plural(n, "claim has", "claims have")} no evidence beneath ${n === 1 ? "it" : "them"}`,
      advice:
        "A claim with nothing but reasoning under it rests on its own base score and is the first thing an opponent asks you to prove; connect the evidence that backs it with a support, or add the evidence the text gives.",
      namesPoints: true,
    },
  ],
  [
    "evidence-without-source",
    {
      headline: (n) => `${plural(n, "piece of evidence cites", "pieces of evidence cite")} no source`,
      advice:
        "Evidence nobody can look up is only an assertion; add the source it comes from in the inspector.",
      namesPoints: true,
    },
  ],
  [
    "format-warning",
    {
      headline: (n) => plural(n, "warning about the map", "warnings about the map"),
      advice:
        "The map still scores, but these usually mean a point or a link is not where it was meant to be; each says where, and selecting it shows the point.",
      namesPoints: false,
    },
  ],
  [
    "weak-link",
    {
      headline: (n) => `The ${plural(n, "weakest support", "weakest supports")} of the thesis`,
      advice:
        "This is where the case is thinnest; back these points with evidence, answer what pulls them down, or lean on stronger supports instead.",
      namesPoints: false,
    },
  ],
];

export function healthAdvice(findings: readonly HealthFinding[]): HealthRule[] {
  return RULES.map(([check, words]) => {
    const mine = findings.filter((finding) => finding.check === check);
    return {
      check,
      severity: mine[0]?.severity ?? "warning",
      headline: words.headline(mine.length),
      advice: words.advice,
      namesPoints: words.namesPoints,
      findings: mine,
    };
  }).filter((rule) => rule.findings.length > 0);
}
