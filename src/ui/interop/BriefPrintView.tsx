/**
 * The debate brief as a page to read and print: the same structure as the Markdown export, laid out
 * for paper by the print stylesheet (interop.css), with footnotes numbered from the map's sources.
 * Loaded only when someone opens it.
 */
import { useMemo } from "react";
import { type BriefPoint, debateBrief } from "../../io/formats/brief/debate-brief";
import { kindName } from "../../model/names";
import { useApp, useDocumentStore } from "../app-context";
import { PrintablePage } from "./PrintablePage";

export default function BriefPrintView() {
  const app = useApp();
  const doc = useDocumentStore((state) => state.doc);
  const brief = useMemo(() => debateBrief(doc), [doc]);
  const close = () => app.stores.briefView.setState({ open: false });
  return (
    <PrintablePage label="Debate brief" onClose={close}>
      <h1>{brief.title}</h1>
      {brief.motion && (
        <p>
          <em>Motion:</em> {brief.motion}
        </p>
      )}
      <h2>{brief.theses.length > 1 ? "Theses" : "Thesis"}</h2>
      {brief.theses.map((thesis) => (
        <blockquote key={thesis.node.id}>
          <PointLine point={thesis} />
        </blockquote>
      ))}
      <h2>The case {brief.forSide === "For" ? "for" : `of the ${brief.forSide} side`}</h2>
      <PointList points={brief.caseFor} ordered empty="Nothing supports the thesis yet." />
      <h2>The case {brief.againstSide === "Against" ? "against" : `of the ${brief.againstSide} side`}</h2>
      <PointList points={brief.caseAgainst} ordered empty="Nothing attacks the thesis yet." />
      <h2>Critiques and their rebuttals</h2>
      {brief.critiques.length === 0 && <p>The map has no critiques.</p>}
      {brief.critiques.map((critique) => (
        <section key={critique.point.node.id} className="interop-brief-critique">
          <h3>{critique.point.node.label ?? critique.point.node.text}</h3>
          <p>
            <PointLine point={critique.point} />
          </p>
          {critique.targets.length > 0 && (
            <p>
              <em>Against:</em> {critique.targets.map((t) => t.label ?? t.text).join("; ")}
            </p>
          )}
          <PointList points={critique.point.supports} />
          <p>
            <strong>Rebuttals:</strong>
            {critique.rebuttals.length === 0 && " none yet."}
          </p>
          <PointList points={critique.rebuttals} />
        </section>
      ))}
      {brief.elsewhere.length > 0 && (
        <>
          <h2>Other points</h2>
          <PointList points={brief.elsewhere} />
        </>
      )}
      {brief.footnotes.length > 0 && (
        <section className="interop-brief-sources">
          <h2>Sources</h2>
          <ol>
            {brief.footnotes.map(({ number, source }) => (
              <li key={number} id={`brief-note-${number}`} value={number}>
                {source.citation}
                {source.page ? `, p. ${source.page}` : ""}.{" "}
                {source.url && (
                  <a href={source.url} rel="noreferrer noopener" target="_blank">
                    {source.url}
                  </a>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </PrintablePage>
  );
}

function PointLine({ point }: { point: BriefPoint }) {
  const { node } = point;
  return (
    <>
      <em>{kindName(node.kind)}.</em> {node.label && <strong>{node.label}: </strong>}
      {node.text}
      {node.attribution && ` (${node.attribution})`}
      {point.notes.map((n) => (
        <sup key={n}>
          <a href={`#brief-note-${n}`}>{n}</a>
        </sup>
      ))}
    </>
  );
}

function PointList({ points, ordered, empty }: { points: BriefPoint[]; ordered?: boolean; empty?: string }) {
  if (points.length === 0) return empty ? <p>{empty}</p> : null;
  const items = points.map((point) => (
    <li key={point.node.id}>
      <PointLine point={point} />
      {point.linkQuestionedBy.map((doubter) => (
        <p key={doubter.id} className="interop-brief-doubt">
          <em>Its link is questioned:</em> {doubter.text}
          {doubter.attribution && ` (${doubter.attribution})`}
        </p>
      ))}
      <PointList points={point.supports} />
    </li>
  ));
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}
