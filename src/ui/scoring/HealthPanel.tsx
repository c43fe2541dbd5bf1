/**
 * The "Health" tab: the checks a teacher runs over a map (critiques nobody answered, claims with no
 * evidence under them, evidence without a source, the weakest supports of the thesis, the format's own
 * warnings), each finding a button that selects its point, each side's case for and against the
 * thesis, and, on request, the preferred and stable extensions.
 */
import { useMemo } from "react";
import { type HealthCheck, type HealthFinding, mapHealth, type Side, thesisSides } from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import { useScoreStore } from "../../store/app-stores";
import { edgeRecord } from "../../store/records";
import { selectNode } from "../explore/commands";
import { ExtensionsSection } from "./ExtensionsSection";
import { SidesSummary } from "./SidesSummary";

const CHECK_TITLES: Record<HealthCheck, string> = {
  "unanswered-critique": "Critiques nobody answers",
  "unsupported-claim": "Claims with no evidence beneath them",
  "evidence-without-source": "Evidence without a source",
  "weak-link": "Weakest supports of the thesis",
  "format-warning": "Warnings about the map",
};

const CHECK_ORDER: readonly HealthCheck[] = [
  "unanswered-critique",
  "unsupported-claim",
  "evidence-without-source",
  "weak-link",
  "format-warning",
];

export function HealthPanel() {
  const results = useScoreStore((state) => state.results);
  const { doc } = results;
  // The map as the scores compiled it, with their strengths: nothing is compiled or scored again here.
  const findings = useMemo(() => mapHealth(results.compiled, { strengths: results.vector }), [results]);
  const sides = useMemo(() => thesisSides(doc), [doc]);
  const groups = CHECK_ORDER.map((check) => ({
    check,
    items: findings.filter((finding) => finding.check === check),
  })).filter((group) => group.items.length > 0);
  const warnings = findings.filter((finding) => finding.severity === "warning").length;

  return (
    <section className="health-panel" aria-label="Map health">
      <p className="health-summary" role="status">
        {warnings === 0
          ? "No problems found."
          : `${warnings} ${warnings === 1 ? "thing" : "things"} to look at.`}
      </p>
      <SidesSummary sides={sides.sides as Record<string, Side>} thesisId={sides.thesisId} results={results} />
      {groups.map(({ check, items }) => (
        <section key={check} className={`health-group health-${check}`} aria-label={CHECK_TITLES[check]}>
          <h3>
            {CHECK_TITLES[check]} <span className="health-count">({items.length})</span>
          </h3>
          <ul>
            {items.map((finding, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the list is rebuilt whole
              <li key={i}>
                <FindingButton finding={finding} doc={doc} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ExtensionsSection doc={doc} />
    </section>
  );
}

function FindingButton({ finding, doc }: { finding: HealthFinding; doc: ArgumentMap }) {
  const target = finding.nodeId ?? (finding.edgeId ? edgeRecord(doc, finding.edgeId)?.from : undefined);
  if (target === undefined) {
    return (
      <p className={`health-finding severity-${finding.severity}`}>
        {finding.path ? <code>{finding.path}</code> : null} {finding.message}
      </p>
    );
  }
  return (
    <button
      type="button"
      className={`health-finding severity-${finding.severity}`}
      data-node-id={target}
      onClick={() => selectNode(target, { center: true })}
    >
      {finding.message}
    </button>
  );
}
