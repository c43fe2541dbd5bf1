/**
 * The Import dialog for a file in another format: what was found (points, relations), what will not be
 * carried over, and the choice to add it as a new map or not. When the content fits several formats it
 * asks which one it is first.
 */

import { importNotices } from "../../io/import-notices";
import { warningsInWords } from "../../io/warning-words";
import { useApp, useImportFlow } from "../app-context";
import { KeepDialog } from "../storage/KeepDialog";
import { LanguageChoice } from "./LanguageChoice";

export default function ImportPreviewDialog() {
  const app = useApp();
  const { cancelImport, confirmImport, readAs } = app.commands.imports;
  const pending = useImportFlow((state) => state.pending);
  if (!pending) return null;
  if (pending.candidates && !pending.result) {
    return (
      <KeepDialog title="Which format is this?" onClose={cancelImport}>
        <p>{capitalize(pending.source)} could be read in more than one way. Choose its format:</p>
        <div className="interop-choices">
          {pending.candidates.map((candidate) => (
            <button
              key={candidate.format}
              type="button"
              onClick={() =>
                void readAs(candidate.format, {
                  source: pending.source,
                  text: pending.text,
                  ...(pending.name !== undefined ? { name: pending.name } : {}),
                  ...(pending.readingWarnings ? { readingWarnings: pending.readingWarnings } : {}),
                })
              }
            >
              {candidate.label}
            </button>
          ))}
        </div>
      </KeepDialog>
    );
  }
  const result = pending.result;
  if (!result) return null;
  const { doc, dropped, warnings } = result;
  // Lines that say the same of many things are said once, naming them, and what is left out apart from
  // what comes in another form (import-notices.ts).
  const notices = importNotices(pending.label ?? "the file", dropped, []);
  const notCarried = notices.find((group) => group.kind === "left-out")?.lines ?? [];
  const reshaped = notices.find((group) => group.kind === "reshaped")?.lines ?? [];
  // What is said of the file as a whole (its encoding, say) is shown here; the rest after import.
  const aboutFile = warnings.filter((warning) => warning.path === "$");
  const inMap = warnings.filter((warning) => warning.path !== "$");
  return (
    <KeepDialog
      title={`Import “${doc.map.title}”`}
      onClose={cancelImport}
      actions={
        <button type="button" data-autofocus onClick={confirmImport}>
          Import as a new map
        </button>
      }
    >
      <p>
        Read {pending.source} as {pending.label}: {doc.nodes.length}{" "}
        {doc.nodes.length === 1 ? "point" : "points"} and {doc.edges.length}{" "}
        {doc.edges.length === 1 ? "relation" : "relations"}.
      </p>
      {notices.length === 0 && <p>Everything in it is carried over.</p>}
      {notCarried.length > 0 && (
        <>
          <p>What will not be carried over:</p>
          <ul className="keep-problems" aria-label="Not carried over">
            {notCarried.map((line) => (
              <li key={line}>{capitalize(line)}.</li>
            ))}
          </ul>
        </>
      )}
      <LanguageChoice pending={pending} />
      {reshaped.length > 0 && (
        <>
          <p>What will be carried in another form:</p>
          <ul className="keep-problems" aria-label="Carried in another form">
            {reshaped.map((line) => (
              <li key={line}>{capitalize(line)}.</li>
            ))}
          </ul>
        </>
      )}
      {aboutFile.length > 0 && (
        <ul className="keep-problems" aria-label="About the file">
          {aboutFile.map((warning) => (
            <li key={warning.message}>{capitalize(warning.message)}.</li>
          ))}
        </ul>
      )}
      {inMap.length > 0 && (
        <>
          <p>Worth a look once it is open:</p>
          <ul className="keep-problems" aria-label="Worth a look">
            {warningsInWords(inMap).map((line) => (
              <li key={line}>{capitalize(line)}.</li>
            ))}
          </ul>
        </>
      )}
    </KeepDialog>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
