/**
 * `--to svg`: the map's picture (map-picture.ts) as an export, with what a picture does not show said as
 * for every other format. Each point's whole text is kept, as the tooltip of its card, and positions set by
 * hand are where the cards are drawn.
 */
import type { ArgumentMap } from "../../model/schema";
import type { ExportResult } from "../formats/export-result";
import { plural } from "../formats/export-result";
import { mapPicture } from "./map-picture";

export function exportSvg(doc: ArgumentMap): ExportResult {
  const dropped: string[] = [];
  const scored = doc.nodes.filter((node) => node.base !== undefined).length;
  if (scored > 0)
    dropped.push(`the base scores of ${plural(scored, "point")} (a picture shows the argument only)`);
  const weighted = doc.edges.filter((edge) => edge.weight !== undefined).length;
  if (weighted > 0) dropped.push(`the weights of ${plural(weighted, "relation")}`);
  const sources = doc.sources?.length ?? 0;
  if (sources > 0) dropped.push(`${plural(sources, "source")} (a picture has no citations)`);
  return { text: mapPicture(doc).svg, dropped };
}
