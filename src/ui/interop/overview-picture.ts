/**
 * A picture of a map too big to draw point by point: the map as the far view draws it (../canvas/far/
 * block-scene.ts), a block per point coloured by its kind and a line per relation coloured by its kind,
 * under a heading with the map's title and a key to the colours. The canvas keeps only the points in view
 * in the page, and none when zoomed far out, so a snapshot of the page would miss most of such a map;
 * this is drawn from the map's own arrays instead, whole, at a scale that fits a picture a browser can
 * hold. As SVG each block carries its point's label as a tooltip.
 */
import { writableText } from "../../io/formats/writable-text";
import { KIND_NAMES, RELATION_NAMES } from "../../model/names";
import { NODE_KINDS, RELATIONS } from "../../model/schema";
import { type BlockScene, drawScene, type Palette } from "../canvas/far/block-scene";
import { NODE_SIZE } from "../layout/layout-graph";

export interface OverviewPicture {
  scene: BlockScene;
  palette: Palette;
  title: string;
  /** What a block's tooltip says (SVG only). */
  labelOf(id: string): string;
}

/** A side of a canvas that every browser can still turn into a PNG, and a total to stay under. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 48_000_000;
/** Blocks are never drawn bigger than half a node on screen: the words are not in the picture anyway. */
const MAX_SCALE = 0.5;
const PADDING = 24;
const HEADING = 64;
const MIN_WIDTH = 720;
const FONT = '"DejaVu Sans", system-ui, sans-serif';
const INK = "#1d2433";

export interface OverviewLayout {
  width: number;
  height: number;
  /** Picture = flow × zoom + offset, in pixels. */
  x: number;
  y: number;
  zoom: number;
}

/** Where the whole scene goes in the picture: below the heading, as large as the limits allow. */
export function overviewLayout(scene: BlockScene): OverviewLayout {
  const bounds = scene.bounds ?? { minX: 0, minY: 0, maxX: NODE_SIZE.width, maxY: NODE_SIZE.height };
  const mapWidth = Math.max(1, bounds.maxX - bounds.minX);
  const mapHeight = Math.max(1, bounds.maxY - bounds.minY);
  const room = MAX_SIDE - PADDING * 2;
  let zoom = Math.min(MAX_SCALE, room / mapWidth, (room - HEADING) / mapHeight);
  // The margins and the heading do not shrink with the map, so a step or two more may be needed.
  const areaAt = (scale: number) =>
    Math.max(MIN_WIDTH, Math.ceil(mapWidth * scale) + PADDING * 2) *
    (Math.ceil(mapHeight * scale) + PADDING * 2 + HEADING);
  for (let step = 0; step < 8 && areaAt(zoom) > MAX_PIXELS; step++)
    zoom *= Math.sqrt(MAX_PIXELS / areaAt(zoom)) * 0.999;
  const drawnWidth = Math.ceil(mapWidth * zoom);
  // Rounding up may add a pixel past the limit, never more.
  const width = Math.min(MAX_SIDE, Math.max(MIN_WIDTH, drawnWidth + PADDING * 2));
  const height = Math.min(MAX_SIDE, Math.ceil(mapHeight * zoom) + PADDING * 2 + HEADING);
  return {
    width,
    height,
    x: (width - drawnWidth) / 2 - bounds.minX * zoom,
    y: PADDING + HEADING - bounds.minY * zoom,
    zoom,
  };
}

/** The line under the title: what the picture is, and the colours' key, each entry at its place. */
interface KeyEntry {
  x: number;
  colour: string;
  name: string;
  line: boolean;
}

const SUBTITLE_Y = PADDING + 40;
/** Roughly how wide a character of the key's 12-pixel type is, to space its entries. */
const CHARACTER = 7;

function summaryOf(scene: BlockScene): string {
  const count = scene.ids.length;
  return `Overview of ${count.toLocaleString("en")} ${count === 1 ? "point" : "points"}:`;
}

function keyOf(scene: BlockScene, palette: Palette): KeyEntry[] {
  let x = PADDING + summaryOf(scene).length * CHARACTER + 12;
  const entries: KeyEntry[] = [];
  const add = (colour: string, name: string, line: boolean) => {
    entries.push({ x, colour, name, line });
    x += 18 + name.length * CHARACTER + 14;
  };
  NODE_KINDS.forEach((kind, k) => {
    add(palette.kinds[k] ?? INK, KIND_NAMES[kind], false);
  });
  RELATIONS.forEach((relation, r) => {
    add(palette.relations[r] ?? INK, RELATION_NAMES[relation], true);
  });
  return entries;
}

export function drawOverview(context: CanvasRenderingContext2D, picture: OverviewPicture): void {
  const layout = overviewLayout(picture.scene);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, layout.width, layout.height);
  context.fillStyle = INK;
  context.textBaseline = "alphabetic";
  context.font = `bold 18px ${FONT}`;
  context.fillText(picture.title, PADDING, PADDING + 16);
  context.font = `12px ${FONT}`;
  context.fillText(summaryOf(picture.scene), PADDING, SUBTITLE_Y);
  for (const entry of keyOf(picture.scene, picture.palette)) {
    context.fillStyle = entry.colour;
    if (entry.line) context.fillRect(entry.x, SUBTITLE_Y - 5, 14, 2);
    else context.fillRect(entry.x, SUBTITLE_Y - 10, 14, 10);
    context.fillStyle = INK;
    context.fillText(entry.name, entry.x + 18, SUBTITLE_Y);
  }
  drawScene(context, picture.scene, layout, layout, picture.palette, true);
}

/** The picture as a PNG, drawn on a canvas of its own (never the page's). */
export function overviewPng(picture: OverviewPicture): Promise<Blob> {
  const layout = overviewLayout(picture.scene);
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("the browser could not make a canvas to draw on"));
  drawOverview(context, picture);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the picture is too big"))),
      "image/png",
    ),
  );
}

// Made writable first: a control character or a lone surrogate would make the SVG malformed XML.
const escapeXml = (text: string) =>
  writableText(text).text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string,
  );
const at = (value: number) => Math.round(value * 10) / 10;

/** The same picture as SVG text: a path per relation, and a group of rectangles per kind of point. */
export function overviewSvg(picture: OverviewPicture): string {
  const { scene, palette } = picture;
  const layout = overviewLayout(scene);
  const { zoom } = layout;
  const px = (x: number) => at(x * zoom + layout.x);
  const py = (y: number) => at(y * zoom + layout.y);
  const w = at(Math.max(1, NODE_SIZE.width * zoom));
  const h = at(Math.max(1, NODE_SIZE.height * zoom));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family='${FONT}'>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PADDING}" y="${PADDING + 16}" font-size="18" font-weight="bold" fill="${INK}">${escapeXml(picture.title)}</text>`,
    `<text x="${PADDING}" y="${SUBTITLE_Y}" font-size="12" fill="${INK}">${escapeXml(summaryOf(scene))}</text>`,
  ];
  for (const entry of keyOf(scene, palette)) {
    parts.push(
      entry.line
        ? `<rect x="${entry.x}" y="${SUBTITLE_Y - 5}" width="14" height="2" fill="${entry.colour}"/>`
        : `<rect x="${entry.x}" y="${SUBTITLE_Y - 10}" width="14" height="10" fill="${entry.colour}"/>`,
      `<text x="${entry.x + 18}" y="${SUBTITLE_Y}" font-size="12" fill="${INK}">${escapeXml(entry.name)}</text>`,
    );
  }
  parts.push(`<g fill="none" stroke-width="1" stroke-opacity="0.55">`);
  palette.relations.forEach((colour, r) => {
    const path: string[] = [];
    for (let e = 0; e < scene.relation.length; e++) {
      if (scene.relation[e] !== r) continue;
      const a = scene.from[e] as number;
      const b = scene.to[e] as number;
      path.push(
        `M${px((scene.x[a] as number) + NODE_SIZE.width / 2)} ${py(scene.y[a] as number)}` +
          `L${px((scene.x[b] as number) + NODE_SIZE.width / 2)} ${py((scene.y[b] as number) + NODE_SIZE.height)}`,
      );
    }
    if (path.length > 0) parts.push(`<path stroke="${colour}" d="${path.join("")}"/>`);
  });
  parts.push("</g>");
  palette.kinds.forEach((colour, k) => {
    parts.push(`<g fill="${colour}">`);
    for (let i = 0; i < scene.ids.length; i++) {
      if (scene.kind[i] !== k) continue;
      const label = escapeXml(picture.labelOf(scene.ids[i] as string));
      parts.push(
        `<rect x="${px(scene.x[i] as number)}" y="${py(scene.y[i] as number)}" width="${w}" height="${h}"><title>${label}</title></rect>`,
      );
    }
    parts.push("</g>");
  });
  parts.push("</svg>");
  return parts.join("\n");
}

/** The blocks of these points alone, and the lines between them: a picture of the selection. */
export function sceneOfSome(scene: BlockScene, keep: ReadonlySet<string>): BlockScene {
  const kept: number[] = [];
  const place = new Int32Array(scene.ids.length).fill(-1);
  scene.ids.forEach((id, i) => {
    if (!keep.has(id)) return;
    place[i] = kept.length;
    kept.push(i);
  });
  const x = Float64Array.from(kept, (i) => scene.x[i] as number);
  const y = Float64Array.from(kept, (i) => scene.y[i] as number);
  const from: number[] = [];
  const to: number[] = [];
  const relation: number[] = [];
  for (let e = 0; e < scene.relation.length; e++) {
    const a = place[scene.from[e] as number] as number;
    const b = place[scene.to[e] as number] as number;
    if (a === -1 || b === -1) continue;
    from.push(a);
    to.push(b);
    relation.push(scene.relation[e] as number);
  }
  let bounds: BlockScene["bounds"] = null;
  if (kept.length > 0) {
    bounds = {
      minX: Math.min(...x),
      minY: Math.min(...y),
      maxX: Math.max(...x) + NODE_SIZE.width,
      maxY: Math.max(...y) + NODE_SIZE.height,
    };
  }
  return {
    ids: kept.map((i) => scene.ids[i] as string),
    x,
    y,
    kind: Uint8Array.from(kept, (i) => scene.kind[i] as number),
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    relation: Uint8Array.from(relation),
    bounds,
  };
}
