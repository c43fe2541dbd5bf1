/**
 * Exports of the open map, each a download named after the map. The exporters load on demand, so the
 * first screen carries none of them; so does html-to-image, which draws the canvas as a picture the way
 * React Flow documents it (the viewport element rendered at a size that holds every node), and the
 * overview of blocks a map too big for that is pictured as.
 */
import type { OutputFormat } from "../../io/formats/formats";
import type { ArgumentMap } from "../../model/schema";
import { nodeRecord } from "../../store/records";
import type { BlockScene, Palette } from "../canvas/far/block-scene";
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
 * The map as a picture, drawn as on screen: the whole map, or only the selected points. `bounds` is the
 * box around the points to draw, in the flow's coordinates; the viewport element is drawn shifted so
 * that box fills the picture, with a margin.
 */
export async function exportImage(
  doc: ArgumentMap,
  kind: ImageKind,
  viewport: HTMLElement,
  bounds: { x: number; y: number; width: number; height: number },
  onlySelection: boolean,
): Promise<string> {
  const { toPng, toSvg } = await import("html-to-image");
  const padding = 40;
  const width = Math.ceil(bounds.width + 2 * padding);
  const height = Math.ceil(bounds.height + 2 * padding);
  const options = {
    backgroundColor: "#ffffff",
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${padding - bounds.x}px, ${padding - bounds.y}px) scale(1)`,
    },
    // Points left out of a picture of the selection are not drawn.
    filter: (node: HTMLElement) =>
      !onlySelection || !node.classList?.contains("react-flow__node") || node.classList.contains("selected"),
  };
  const url = kind === "png" ? await toPng(viewport, options) : await toSvg(viewport, options);
  const fileName = mapFileName(doc.map.title, onlySelection ? `.selection.${kind}` : `.${kind}`);
  downloadUrl(url, fileName);
  return fileName;
}

/**
 * A map too big to snapshot from the page pictured as an overview of blocks (overview-picture.ts): the
 * whole map, or only the selected points and the relations between them.
 */
export async function exportOverview(
  doc: ArgumentMap,
  kind: ImageKind,
  scene: BlockScene,
  palette: Palette,
  onlySelection: ReadonlySet<string> | null,
): Promise<string> {
  const { overviewPng, overviewSvg, sceneOfSome } = await import("./overview-picture");
  const picture = {
    scene: onlySelection ? sceneOfSome(scene, onlySelection) : scene,
    palette,
    title: doc.map.title,
    labelOf: (id: string) => {
      const node = nodeRecord(doc, id);
      return node ? (node.label ?? node.text).slice(0, LABEL_LENGTH) : id;
    },
  };
  const fileName = mapFileName(doc.map.title, onlySelection ? `.selection.${kind}` : `.${kind}`);
  if (kind === "svg") downloadText(overviewSvg(picture), fileName, "image/svg+xml;charset=utf-8");
  else {
    const url = URL.createObjectURL(await overviewPng(picture));
    downloadUrl(url, fileName);
    // Revoked later, as downloadText does: the browser may start reading the file after the click.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return fileName;
}

/** A tooltip's length at most: a label, or the start of a point's text. */
const LABEL_LENGTH = 120;
