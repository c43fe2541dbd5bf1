import { citeSheet, computeFlow, flowGrid, type RoundFlow } from "../../analysis";
import { citeSheetMarkdown } from "../../io/sheets/cite-sheet-markdown";
import { tableCsv } from "../../io/sheets/csv";
import { flowSpeeches, sideNames } from "../../model/debate-formats";
import type { ArgNode, ArgumentMap } from "../../model/schema";
import { parseArgs, singleInput } from "../args";
import { CliFailure, type CliIo, EXIT, type ExitCode, writeLines } from "../cli-io";
import { loadInput, warningLines } from "../load-input";
import { renderTable, words } from "../score-table";

export const FLOW_HELP = `Usage: warrant flow <file|-> [--json | --csv | --cites]

Prints the flow of the debate round a map prepares: the speeches of its format in order with the points
placed in each, and the points dropped: made by one side and left unanswered by a later speech of the
other that was given (one with points in it). Evidence and warrants under a point in the same speech are
answered with it. A map without a debate block is read as a classroom round (OF, OA, RF, RA); a map
with a custom format ("format": {"name", "speeches"}) is read with its own speeches, as format "custom".
  --json   print one JSON object: {"format", "speeches": [{"id", "side", "team"?, "points"}],
           "dropped": [{"id", "side", "speech", "droppedIn"}]}
  --csv    print the flow sheet as CSV for a spreadsheet: a header of speeches, one column each, every point
           in the row of what it answers (points in no speech in a last column, "In no speech")
  --cites  print the cite sheet as Markdown: every evidence card (tag, cite, quoted text) speech by speech,
           then the evidence with no card yet
Warnings about the map go to standard error.`;

export async function flowCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, [
    { name: "help", short: "h", takesValue: false },
    { name: "json", takesValue: false },
    { name: "csv", takesValue: false },
    { name: "cites", takesValue: false },
  ]);
  if (args.options.has("help")) {
    io.stdout(`${FLOW_HELP}\n`);
    return EXIT.ok;
  }
  const outputs = ["json", "csv", "cites"].filter((name) => args.options.has(name));
  if (outputs.length > 1) {
    const named = outputs.map((name) => `--${name}`);
    const list = `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
    throw new CliFailure(`${list} are different outputs; choose one`, EXIT.cannotStart);
  }
  const loaded = await loadInput(io, singleInput(args, "flow"), "strict");
  if (!loaded.ok) return loaded.code;
  writeLines(io.stderr, warningLines(loaded.warnings));
  const flow = computeFlow(loaded.doc);
  if (args.options.has("csv")) io.stdout(tableCsv(flowGrid(loaded.doc, flow)));
  else if (args.options.has("cites")) io.stdout(citeSheetMarkdown(citeSheet(loaded.doc, flow)));
  else io.stdout(args.options.has("json") ? flowJson(flow) : flowText(loaded.doc, flow));
  return EXIT.ok;
}

export function flowJson(flow: RoundFlow): string {
  const teams = teamsOf(flow);
  const value = {
    format: flow.format.id,
    speeches: flow.speeches.map(({ id, side, points }) => {
      const team = teams.get(id);
      return team === undefined ? { id, side, points } : { id, side, team, points };
    }),
    dropped: flow.dropped.map(({ id, side, speech, droppedIn }) => ({ id, side, speech, droppedIn })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The team giving each speech, in a format with more than one team a side (British Parliamentary). */
function teamsOf(flow: RoundFlow): Map<string, string> {
  const teams = new Map<string, string>();
  for (const speech of flowSpeeches(flow.format)) if (speech.team) teams.set(speech.id, speech.team);
  return teams;
}

/** Each speech as a heading over a table of its points, then the points placed in no speech. */
function flowText(doc: ArgumentMap, flow: RoundFlow): string {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const names = sideNames(flow.format, doc.map.debate);
  const droppedIn = new Map(flow.dropped.map((point) => [point.id, point.droppedIn]));
  const speechNames = new Map(flow.format.periods.map((period) => [period.id, period.name]));
  const teams = teamsOf(flow);
  const rows = (ids: readonly string[]) =>
    ids.map((id) => {
      const node = byId.get(id) as ArgNode;
      const dropped = droppedIn.get(id);
      return [node.kind, id, dropped === undefined ? "" : `dropped in ${dropped}`, words(node)];
    });
  const header = ["kind", "id", "drop", "point"];
  const parts = [`${flow.format.name}${doc.map.debate?.motion ? `: ${doc.map.debate.motion}` : ""}`];
  for (const speech of flow.speeches) {
    const team = teams.get(speech.id);
    const title = `${speech.id}, ${speechNames.get(speech.id)} (${names[speech.side]}${team ? `, ${team}` : ""})`;
    parts.push(
      speech.points.length === 0
        ? `${title}: no points\n`
        : `${title}\n${renderTable(header, rows(speech.points), [])}`,
    );
  }
  if (flow.unplaced.length > 0) {
    parts.push(`Not placed in a speech\n${renderTable(header, rows(flow.unplaced), [])}`);
  }
  const count = flow.dropped.length;
  parts.push(
    count === 0 ? "No point is dropped.\n" : `${count} dropped ${count === 1 ? "point" : "points"}.\n`,
  );
  return `${parts.join("\n")}`;
}
