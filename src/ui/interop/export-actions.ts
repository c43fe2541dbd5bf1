/**
 * Exports of the open map, each a download named after the map. The exporters load on demand, so the
 * first screen carries none of them; so does the picture of the map, drawn from the map, not the screen.
 */
import type { OutputFormat } from "../../io/formats/formats";
import type { ArgumentMap } from "../../model/schema";
import { downloadText, downloadUrl } from "../storage/download";
import { mapFileName } from "../storage/file-name";

export interface ExportNotice {
  fileName: string;
  dropped: string[];
}

export async function exportAs(doc: ArgumentMap, format: OutputFormat): Promise<ExportNotice> {
  const { OUTPUT_FORMAT_INFO } = await import("../../io/formats/formats");
  const info = OUTPUT_FORMAT_INFO.get(format);
  if (!info) throw new Error(`no exporter for ${format}`);
  const written = await info.write(doc);
  const fileName = mapFileName(doc.map.title, `.${info.extension}`);
  downloadText(written.text, fileName, `${info.mimeType};charset=utf-8`);
  return { fileName, dropped: written.dropped };
}

export type ImageKind = "png" | "svg";

/**
 * The map as a picture drawn from the map itself (io/picture/map-picture.ts), the same SVG as `warrant
 * convert --to svg`: the whole map, or only the chosen points and the relations between them; as SVG, or
 * as a PNG the browser draws from it at twice its size. Returns the file's name, and the scale when a PNG
 * too big for the browser had to be drawn smaller.
 */
export async function exportPicture(
  doc: ArgumentMap,
  kind: ImageKind,
  only: ReadonlySet<string> | null,
): Promise<{ fileName: string; scale: number }> {
  const { mapPicture } = await import("../../io/picture/map-picture");
  const picture = mapPicture(doc, { only });
  const fileName = mapFileName(doc.map.title, only ? `.selection.${kind}` : `.${kind}`);
  if (kind === "svg") {
    downloadText(picture.svg, fileName, "image/svg+xml;charset=utf-8");
    return { fileName, scale: 1 };
  }
  const { pngOfSvg } = await import("./picture-png");
  const png = await pngOfSvg(picture.svg, picture.width, picture.height);
  const url = URL.createObjectURL(png.blob);
  downloadUrl(url, fileName);
  // Revoked later, as downloadText does: the browser may start reading the file after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { fileName, scale: png.scale };
}
