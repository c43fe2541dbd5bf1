/** The classroom's downloads: what a student hands in, the copy given back, anonymised class work. */
import { serializeMap } from "../../io/serialize";
import { anonymiseMaps, forStudent, handInName } from "../../model/classroom";
import type { ArgumentMap } from "../../model/schema";
import { downloadText } from "../storage/download";
import { mapFileName } from "../storage/file-name";

/** Downloads the student's copy as `<assignment> - <student>.argmap.json`; returns the file name. */
export function handIn(doc: ArgumentMap): string {
  const name = mapFileName(handInName(doc));
  downloadText(serializeMap(doc), name);
  return name;
}

/** The copy for the student: without the feedback not yet released. */
export function exportForStudent(doc: ArgumentMap): string {
  const name = mapFileName(`${handInName(doc)} - feedback`);
  downloadText(serializeMap(forStudent(doc)), name);
  return name;
}

/** The map with every student named "Student 1..N". */
export function exportAnonymised(doc: ArgumentMap): string {
  const [anonymous] = anonymiseMaps([doc]);
  const name = mapFileName(`${doc.map.title} (anonymised)`);
  downloadText(serializeMap(anonymous as ArgumentMap), name);
  return name;
}
