/**
 * The cite sheet as a page to read and print: the same cards as the Markdown download, speech by speech,
 * laid out for paper by the print stylesheet the printable brief uses (interop.css). Loaded only when
 * someone opens it.
 */
import { useMemo } from "react";
import { type CiteEntry, citeSheet, computeFlow } from "../../analysis";
import { useApp, useDocumentStore } from "../app-context";
import { exportCiteSheet } from "./cite-sheet-export";
import { PrintablePage } from "./PrintablePage";

export default function CiteSheetPrintView() {
  const app = useApp();
  const doc = useDocumentStore((state) => state.doc);
  const sheet = useMemo(() => citeSheet(doc, computeFlow(doc)), [doc]);
  const close = () => app.stores.citeSheetView.setState({ open: false });
  const save = () =>
    app.stores.notices
      .getState()
      .notify("info", exportCiteSheet(app.stores.document.getState().doc), { lasting: true });
  // Cards are numbered through the round, as the Markdown numbers them.
  const starts = sheet.sections.map((_, i) =>
    sheet.sections.slice(0, i).reduce((sum, section) => sum + section.entries.length, 1),
  );
  return (
    <PrintablePage
      label="Cite sheet"
      onClose={close}
      className="interop-cite-sheet"
      actions={
        <button type="button" onClick={save}>
          Save as Markdown
        </button>
      }
    >
      <h1>Cite sheet: {sheet.title}</h1>
      {sheet.motion && (
        <p>
          <em>Motion:</em> {sheet.motion}
        </p>
      )}
      {sheet.sections.length === 0 && (
        <p>
          No evidence point carries a card yet: select an evidence point and fill in its card in the
          Inspector.
        </p>
      )}
      {sheet.sections.map((section, i) => (
        <section key={section.heading} aria-label={section.heading}>
          <h2>{section.heading}</h2>
          <ol start={starts[i]}>
            {section.entries.map((entry) => (
              <CiteItem key={entry.id} entry={entry} />
            ))}
          </ol>
        </section>
      ))}
      {sheet.uncut.length > 0 && (
        <section aria-label="Evidence with no card yet">
          <h2>Evidence with no card yet</h2>
          <ul>
            {sheet.uncut.map((point) => (
              <li key={point.id}>
                {point.words}
                {point.speechId && ` (${point.speechId})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {sheet.cardsOffEvidence > 0 && (
        <p>
          <em>
            {sheet.cardsOffEvidence === 1
              ? "1 card is kept on a point that is not evidence, and not listed."
              : `${sheet.cardsOffEvidence} cards are kept on points that are not evidence, and not listed.`}
          </em>
        </p>
      )}
    </PrintablePage>
  );
}

function CiteItem({ entry }: { entry: CiteEntry }) {
  return (
    <li data-node-id={entry.id}>
      <strong>{entry.tag}</strong>:{" "}
      {entry.citeFrom === "none" ? (
        <em>no cite yet</em>
      ) : (
        <cite>
          {entry.cite}
          {entry.citeFrom === "sources" && " (from the map's sources)"}
        </cite>
      )}
      {entry.text !== undefined && <blockquote className="interop-cite-text">{entry.text}</blockquote>}
    </li>
  );
}
