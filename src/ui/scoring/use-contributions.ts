/**
 * The contributions to one point's strength for a component: at once when they are exact, else from
 * the contributions worker, with "working" shown meanwhile (store/scoring/contribution-worker.ts).
 */
import { useEffect, useMemo, useState } from "react";
import type { ContributionReport } from "../../analysis";
import type { ScoreResults } from "../../store/score-store";
import { pageContributions, SupersededError } from "../../store/scoring/contribution-worker";

export type ContributionState =
  | { status: "ready"; report: ContributionReport }
  | { status: "working" }
  | { status: "failed"; message: string }
  | { status: "none" };

export function useContributions(results: ScoreResults, id: string | null): ContributionState {
  // Asked again when a request was replaced by another component's before the worker took it up.
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt asks for the work again
  const lookup = useMemo(
    () =>
      id === null
        ? undefined
        : pageContributions.lookUp(
            { doc: results.doc, compiled: results.compiled, semantics: results.vector.semantics },
            id,
          ),
    [results, id, attempt],
  );
  const [answer, setAnswer] = useState<{ for: typeof lookup; state: ContributionState } | null>(null);
  useEffect(() => {
    if (lookup === undefined || !("later" in lookup)) return;
    let live = true;
    lookup.later.then(
      (report) => live && setAnswer({ for: lookup, state: { status: "ready", report } }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof SupersededError) setAttempt((n) => n + 1);
        else
          setAnswer({ for: lookup, state: { status: "failed", message: String((error as Error).message) } });
      },
    );
    return () => {
      live = false;
    };
  }, [lookup]);
  if (lookup === undefined) return { status: "none" };
  if ("now" in lookup) return { status: "ready", report: lookup.now };
  return answer?.for === lookup ? answer.state : { status: "working" };
}
