/**
 * `--to svg`: the map's picture (map-picture.ts) as an export, with what a picture does not show said as
 * for every other format (field-losses.ts). Each point's whole text is kept, as the tooltip of its card,
 * and positions set by hand are where the cards are drawn.
 */
import type { ArgumentMap } from "../../model/schema";
import type { ExportResult } from "../formats/export-result";
import { carried, fieldLosses, type MapField } from "../formats/field-losses";
import { writableText } from "../formats/writable-text";
import { mapPicture } from "./map-picture";

/** The fields a picture shows; every other field the map holds is reported. */
export const SVG_CARRIES: ReadonlySet<MapField> = carried({
  map: ["title"],
  nodes: ["kind", "text", "label", "position"],
  edges: ["from", "to", "relation"],
});

export function exportSvg(doc: ArgumentMap): ExportResult {
  const dropped = fieldLosses(doc, SVG_CARRIES);
  // The picture writes U+FFFD for what XML cannot hold (xml-text.ts); each one is said, as other writers do.
  const shown = [doc.map.title, ...doc.nodes.flatMap((node) => [node.text, node.label ?? ""])];
  const replaced = shown.reduce((sum, text) => sum + writableText(text).replaced, 0);
  if (replaced > 0) {
    dropped.push(
      `${replaced} character${replaced === 1 ? "" : "s"} no SVG file can hold (a lone half of a surrogate pair, or a control character), written as U+FFFD`,
    );
  }
  return { text: mapPicture(doc).svg, dropped };
}
