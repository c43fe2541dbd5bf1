import { loadBuiltValue, loadMap } from "../../io/load";
import { canonicalMap, serializeMap } from "../../io/serialize";
import { type ClassCopy, type ClassMerge, mergeCopies } from "../../model/classroom";
import { formatProblem } from "../../model/problem";
import { parseArgs, stringOption } from "../args";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "../cli-io";
import { readText } from "../load-input";
import { writeOutput } from "../write-output";

export const MERGE_HELP = `Usage: warrant merge <copy...> [-o OUT] [--json]

Merges students' copies of one assignment into one class map, written as canonical JSON to standard
output (or -o). Points that share an id are one point; what students added keeps its author; each
copy's base score for a point becomes that student's rating, and the point's base their mean.
Points the copies wrote differently are listed on standard error, one line each ("conflict: ..."),
naming the point and the copies on each side; the map keeps the version most copies share.
  -o, --output   write the class map to this file instead of standard output
  --json         print one JSON object on standard output: the students, the conflicts with every
                 version in full, the notes, and the class map (unless -o writes it to a file)
A copy that is not a valid map is named with its problems, and nothing is written (exit 1).
The input files are never changed.`;

interface ReadCopy extends ClassCopy {
  file: string;
}

export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, [
    { name: "help", short: "h", takesValue: false },
    { name: "json", takesValue: false },
    { name: "output", short: "o", takesValue: true },
  ]);
  if (args.options.has("help")) {
    io.stdout(`${MERGE_HELP}\n`);
    return EXIT.ok;
  }
  const files = args.positional;
  if (files.length === 0) {
    throw new CliFailure(
      "merge needs the copies to merge (files, or - for standard input)",
      EXIT.cannotStart,
    );
  }
  if (files.filter((file) => file === "-").length > 1) {
    throw new CliFailure("standard input (-) can be read only once", EXIT.cannotStart);
  }
  const output = stringOption(args, "output");

  const copies: ReadCopy[] = [];
  let invalid = false;
  for (const file of files) {
    const name = file === "-" ? "standard input" : file;
    const loaded = loadMap(await readText(io, file), { mode: "lenient" });
    if (!loaded.ok) {
      invalid = true;
      writeLines(io.stderr, [
        `${name}: not a valid map`,
        ...loaded.errors.map((e) => `${name}: ${formatProblem(e)}`),
      ]);
      continue;
    }
    writeLines(
      io.stderr,
      loaded.warnings.map((w) => `warning: ${name}: ${formatProblem(w)}`),
    );
    copies.push({ doc: loaded.doc, label: copyLabel(file), file: name });
  }
  if (invalid) return EXIT.invalidMap;

  const merged = mergeCopies(copies);
  // Valid by construction, but copies within the limits can together pass them.
  const checked = loadBuiltValue(merged.doc);
  if (!checked.ok) {
    writeLines(
      io.stderr,
      checked.errors.map((e) => `class map: ${formatProblem(e)}`),
    );
    return EXIT.invalidMap;
  }
  writeLines(io.stderr, [...conflictLines(merged, copies), ...merged.notes.map((note) => `note: ${note}`)]);
  const map = serializeMap(merged.doc);
  if (args.options.has("json")) {
    if (output !== undefined && output !== "-") await writeOutput(io, output, map);
    io.stdout(`${JSON.stringify(report(merged, copies, output === undefined || output === "-"))}\n`);
  } else await writeOutput(io, output, map);
  return EXIT.ok;
}

/** A copy is known by its file name, without the folder and the extension, when it names no student. */
function copyLabel(file: string): string {
  if (file === "-") return "standard input";
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/(\.argmap)?\.json$/i, "");
}

function conflictLines(merged: ClassMerge, copies: readonly ReadCopy[]): string[] {
  const filesOf = new Map<string, string[]>();
  merged.owners.forEach((student, i) => {
    filesOf.set(student, [...(filesOf.get(student) ?? []), (copies[i] as ReadCopy).file]);
  });
  const holders = (students: readonly string[]) =>
    students.map((student) => `${(filesOf.get(student) ?? []).join(", ")} (${student})`).join(", ");
  return merged.conflicts.map((conflict) => {
    const kept = conflict.versions[conflict.chosen];
    const others = conflict.versions.filter((version) => version !== kept);
    return `conflict: ${JSON.stringify(conflict.pointId)} differs in ${conflict.fields.join(", ")}: kept the version of ${holders(kept?.copies ?? [])}; ${others.map((version) => `another in ${holders(version.copies)}`).join("; ")}`;
  });
}

function report(merged: ClassMerge, copies: readonly ReadCopy[], withMap: boolean) {
  return {
    students: merged.students,
    copies: copies.map((copy, i) => ({ file: copy.file, student: merged.owners[i] })),
    conflicts: merged.conflicts.map((conflict) => ({
      point: conflict.pointId,
      fields: conflict.fields,
      kept: conflict.chosen,
      versions: conflict.versions.map((version) => ({
        students: version.copies,
        point: version.node,
        relations: version.edges,
      })),
    })),
    notes: merged.notes,
    ...(withMap ? { map: canonicalMap(merged.doc) } : {}),
  };
}
