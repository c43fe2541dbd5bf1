/**
 * The "Health" tab as advice: the checks a teacher runs over a map (critiques nobody answered, claims with
 * no evidence under them, evidence without a source, the format's own warnings, the weakest supports of the
 * thesis), one group per check, most important first, each saying how many points it found, why that
 * matters and how to fix it, with the points behind a disclosure (each a button that selects its point);
 * then each side's case for and against the thesis, and, on request, the preferred and stable extensions.
 */
import { useMemo } from "react";
import {
  type HealthFinding,
  type HealthRule,
  healthAdvice,
  mapHealth,
  type Side,
  thesisSides,
} from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import { edgeRecord, nodeRecord, nodeTitle } from "../../store/records";
import { useApp, useScoreStore } from "../app-context";
import { ExtensionsSection } from "./ExtensionsSection";
import { ImportNotices } from "./ImportNotices";
import { SidesSummary } from "./SidesSummary";

export function HealthPanel() {
  const results = useScoreStore((state) => state.results);
  const { doc } = results;
  // The map as the scores compiled it, with their strengths: nothing is compiled or scored again here.
  const rules = useMemo(
    () => healthAdvice(mapHealth(results.compiled, { strengths: results.vector })),
    [results],
  );
  const sides = useMemo(() => thesisSides(doc), [doc]);
  const toFix = rules.filter((rule) => rule.severity === "warning");

  return (
    <section className="health-panel" aria-label="Map health">
      <p className="health-summary" role="status">
        {toFix.length === 0
          ? "No problems found."
          : `${toFix.length} ${toFix.length === 1 ? "kind of thing" : "kinds of thing"} to look at, the most important first.`}
      </p>
      <ImportNotices mapId={doc.map.id} />
      {rules.map((rule) => (
        <RuleGroup key={rule.check} rule={rule} doc={doc} />
      ))}
      <SidesSummary sides={sides.sides as Record<string, Side>} thesisId={sides.thesisId} results={results} />
      <ExtensionsSection doc={doc} />
    </section>
  );
}

function RuleGroup({ rule, doc }: { rule: HealthRule; doc: ArgumentMap }) {
  const count = rule.findings.length;
  return (
    <section
      className={`health-group health-${rule.check} severity-${rule.severity}`}
      aria-label={rule.headline}
      data-health-count={count}
    >
      <h3>{rule.headline}</h3>
      <p className="health-advice">{rule.advice}</p>
      <details>
        <summary>{count === 1 ? "Show it" : `Show all ${count}`}</summary>
        <ul>
          {rule.findings.map((finding, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the list is rebuilt whole
            <li key={i}>
              <FindingButton finding={finding} doc={doc} nameOnly={rule.namesPoints} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function FindingButton({
  finding,
  doc,
  nameOnly,
}: {
  finding: HealthFinding;
  doc: ArgumentMap;
  nameOnly: boolean;
}) {
  const { selectNode } = useApp().commands.explore;
  const target = finding.nodeId ?? (finding.edgeId ? edgeRecord(doc, finding.edgeId)?.from : undefined);
  if (target === undefined) {
    return (
      <p className={`health-finding severity-${finding.severity}`}>
        {finding.path ? <code>{finding.path}</code> : null} {finding.message}
      </p>
    );
  }
  const node = nodeRecord(doc, target);
  return (
    <button
      type="button"
      className={`health-finding severity-${finding.severity}`}
      data-node-id={target}
      title={nameOnly ? finding.message : undefined}
      onClick={() => selectNode(target, { center: true })}
    >
      {nameOnly && node ? nodeTitle(node, 110) : finding.message}
    </button>
  );
}
