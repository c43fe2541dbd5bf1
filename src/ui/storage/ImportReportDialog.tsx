/**
 * What an import found: every error with its location (`path: message`), or the warnings of a map that
 * opened, in words and grouped (warning-words.ts).
 */
import { warningsInWords } from "../../io/warning-words";
import { formatProblem, type Problem } from "../../model/problem";
import { useApp, useKeepStore } from "../app-context";
import { KeepDialog } from "./KeepDialog";

const FAILURE_WORDS = {
  "not-json": "it is not readable JSON",
  "too-large": "it is too large",
  "not-a-map": "it is not an argument map",
  "newer-version": "it comes from a newer version of Warrant",
  invalid: "it is not a valid map",
} as const;

export function ImportReportDialog() {
  const app = useApp();
  const report = useKeepStore((state) => state.importReport);
  if (!report) return null;
  const close = () => app.keep.closeImportReport();
  if (!report.ok) {
    return (
      <KeepDialog title="Nothing was imported" onClose={close}>
        <p>
          {capitalize(report.source)} could not be opened:{" "}
          {report.kind ? FAILURE_WORDS[report.kind] : "it could not be read"}. The open map is unchanged.
        </p>
        <ProblemList label="Errors" problems={report.errors} />
        {report.warnings.length > 0 && <ProblemList label="Warnings" problems={report.warnings} />}
      </KeepDialog>
    );
  }
  // Said in words and grouped: a map of 46 unconnected points gets one line, not 46.
  const lines = warningsInWords(report.warnings);
  return (
    <KeepDialog title={`Imported “${report.title}”`} onClose={close}>
      <p>
        It opened as a new map in the library. {lines.length} {lines.length === 1 ? "thing is" : "things are"}{" "}
        worth a look:
      </p>
      <ul className="keep-problems" aria-label="Warnings">
        {lines.map((line) => (
          <li key={line}>{capitalize(line)}.</li>
        ))}
      </ul>
    </KeepDialog>
  );
}

function ProblemList({ label, problems }: { label: string; problems: Problem[] }) {
  return (
    <ul className="keep-problems" aria-label={label}>
      {problems.map((problem, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity and never reorder while shown.
        <li key={index}>
          <code>{formatProblem(problem)}</code>
        </li>
      ))}
    </ul>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
