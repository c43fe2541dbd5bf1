/**
 * The mapped text with each node's quote highlighted. Clicking a highlight selects its node; selecting
 * a node elsewhere marks its highlight and scrolls to it. A figure says how much of the text the map's
 * quotes cover, a rough measure of how completely the text has been mapped.
 */
import { useEffect, useMemo, useRef } from "react";
import { useApp, useDocumentStore, useSelection } from "../app-context";
import { locateQuotes, quoteCoverage, splitIntoRuns, type TextRun } from "./quote-ranges";

export function SourceTextPanel() {
  const sourceText = useDocumentStore((state) => state.doc.map.sourceText);
  const nodes = useDocumentStore((state) => state.doc.nodes);
  const selectedId = useSelection((state) => state.primaryId);
  const text = sourceText ?? "";
  const ranges = useMemo(() => locateQuotes(text, nodes), [text, nodes]);
  const runs = useMemo(() => splitIntoRuns(text.length, ranges), [text, ranges]);
  const coverage = useMemo(() => quoteCoverage(text.length, ranges), [text, ranges]);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedId === null) return;
    const mark = container.current?.querySelector(`[data-node-ids~="${CSS.escape(selectedId)}"]`);
    mark?.scrollIntoView({ block: "center" });
  }, [selectedId]);

  if (sourceText === undefined) {
    return (
      <div className="source-text-panel">
        <p>This map carries no source text. A map made from an essay can include it, to anchor quotes.</p>
      </div>
    );
  }
  const quoted = new Set(ranges.map((range) => range.nodeId)).size;
  const withQuote = nodes.filter((node) => node.quote).length;
  return (
    <div className="source-text-panel">
      <p className="source-coverage">
        Quotes cover <strong>{Math.round(coverage * 100)}%</strong> of the text ({quoted} of {withQuote}{" "}
        quotes found).
      </p>
      <div ref={container} className="source-text">
        {runs.map((run) => (
          <TextRunView key={run.start} run={run} text={text} selectedId={selectedId} />
        ))}
      </div>
    </div>
  );
}

function TextRunView({ run, text, selectedId }: { run: TextRun; text: string; selectedId: string | null }) {
  const app = useApp();
  const { selectNode } = app.commands.explore;
  const words = text.slice(run.start, run.end);
  if (run.nodeIds.length === 0) return <>{words}</>;
  const target = run.nodeIds[0] as string;
  const selected = selectedId !== null && run.nodeIds.includes(selectedId);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <button> cannot wrap across lines inside running text.
    <span
      role="button"
      tabIndex={0}
      className={`quote-mark${selected ? " is-selected" : ""}${run.nodeIds.length > 1 ? " is-overlap" : ""}`}
      data-node-ids={run.nodeIds.join(" ")}
      onClick={() => selectNode(target, { center: true })}
      onKeyDown={(event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        selectNode(target, { center: true });
      }}
    >
      {words}
    </span>
  );
}
