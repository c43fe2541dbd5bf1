/**
 * The participation table as rows of text, for the screen, the printout and the CSV file alike, and
 * the anonymised version of it and of the class map, named consistently by one set of pseudonyms.
 */
import { type Participation, participation } from "../../analysis";
import { pseudonyms, renameStudents } from "../../model/classroom";
import type { ArgumentMap } from "../../model/schema";

export const PARTICIPATION_COLUMNS = [
  "Student",
  "Points added",
  "Claims",
  "Evidence",
  "Critiques",
  "Rebuttals",
  "Critiques answered",
  "Evidence with sources",
  "Points rated",
  "Mark",
  "Marks on points",
] as const;

export function participationRows(rows: readonly Participation[]): string[][] {
  return rows.map((row) => [
    row.student,
    String(row.totalAdded),
    String(row.added.claim),
    String(row.added.evidence),
    String(row.added.critique),
    String(row.added.rebuttal),
    String(row.critiquesAnswered),
    String(row.evidenceWithSources),
    String(row.rated),
    row.mark ?? "",
    row.pointMarks.join(", "),
  ]);
}

/**
 * The class's participation, from the copies when there are any (their marks are on them) and otherwise
 * from the class map; `anonymous` names every student "Student 1..N", the same in the map and the table.
 */
export function classParticipation(
  classMap: ArgumentMap,
  copies: readonly ArgumentMap[],
  anonymous: boolean,
): { rows: Participation[]; classMap: ArgumentMap } {
  const sources = copies.length > 0 ? copies : [classMap];
  if (!anonymous) return { rows: participation(sources), classMap };
  const names = pseudonyms([classMap, ...sources]);
  return {
    rows: participation(sources.map((doc) => renameStudents(doc, names))),
    classMap: renameStudents(classMap, names),
  };
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
