/**
 * Where each point goes among the headings when a map is written as Argdown: the outline the file had
 * (levels, data and empty sections kept), each point under the first heading of its section's title, the
 * points of no section before the first heading, and a section the outline does not know (a map edited
 * since, or read by an older Warrant) added as a top-level heading after the outline.
 */
import type { ArgNode, ArgumentMap } from "../../../model/schema";
import { pushTo } from "../list-map";
import { type KeptSection, keptSections, sectionOf } from "./argdown-kept";

export type OutlineItem = { heading: KeptSection } | { node: ArgNode };

export function pointsInOutline(doc: ArgumentMap): OutlineItem[] {
  const bySection = new Map<string | undefined, ArgNode[]>();
  for (const node of doc.nodes) pushTo(bySection, sectionOf(node), node);
  const items: OutlineItem[] = [];
  const place = (section: string | undefined) => {
    for (const node of bySection.get(section) ?? []) items.push({ node });
    bySection.delete(section);
  };
  place(undefined);
  for (const heading of keptSections(doc)) {
    items.push({ heading });
    place(heading.title);
  }
  for (const title of [...bySection.keys()]) {
    items.push({ heading: { title: title as string, level: 1 } });
    place(title);
  }
  return items;
}
