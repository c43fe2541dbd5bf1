/**
 * A picture of a map as SVG, drawn from the map itself rather than from the screen, so the app's Export
 * menu and `warrant convert --to svg` give the same file. Cards carry their words as SVG text in a
 * system font stack (wrapped by text-width.ts), relations are told apart by line style and line ending as
 * well as colour (so a black-and-white print still reads), an undercut runs to the middle of the line it
 * questions, and a title and a small legend frame it. Nothing of the app's interface is drawn, no
 * foreignObject, script or event handler is written, and every piece of text is escaped.
 */
import { KIND_NAMES, RELATION_NAMES } from "../../model/names";
import { type ArgumentMap, NODE_KINDS, type NodeKind, RELATIONS, type Relation } from "../../model/schema";
import { COMPACT_LABEL_LINE, COMPACT_LABEL_SIZE, COMPACT_PADDING } from "./column-cards";
import { CARD_PADDING, type Card, KIND_LINE, LABEL_LINE, LABEL_SIZE, pictureCards } from "./picture-cards";
import { type PictureLine, pictureLines } from "./picture-lines";
import type { Point } from "./route-lines";
import { FONT_STACK, textWidth } from "./text-width";
import { xmlText } from "./xml-text";

export interface MapPicture {
  svg: string;
  width: number;
  height: number;
}

export interface PictureOptions {
  /** Only these points, and the relations between them; all of them when null. */
  only?: ReadonlySet<string> | null;
}

const INK = "#1d2433";
const KIND_COLOURS: Record<NodeKind, string> = {
  thesis: INK,
  claim: "#0067a3",
  evidence: "#00735a",
  critique: "#b93e15",
  rebuttal: "#87387a",
};
/** A border per kind as on the canvas, so kinds differ in greyscale too. */
const KIND_BORDERS: Record<NodeKind, string> = {
  thesis: 'stroke-width="2.5"',
  claim: 'stroke-width="1.5"',
  evidence: 'stroke-width="1.5"',
  critique: 'stroke-width="2" stroke-dasharray="6 3"',
  rebuttal: 'stroke-width="2" stroke-dasharray="2 2.5"',
};
const RELATION_COLOURS: Record<Relation, string> = {
  support: "#0067a3",
  attack: "#b93e15",
  undercut: "#5b3a99",
};
/** Solid, dashed and dotted: three line styles that survive a black-and-white print. */
const RELATION_STYLES: Record<Relation, string> = {
  support: 'stroke-width="2"',
  attack: 'stroke-width="2" stroke-dasharray="9 5"',
  undercut: 'stroke-width="2.5" stroke-dasharray="0.5 5" stroke-linecap="round"',
};
/** The legend's words: the one table's verbs, the undercut's explained. */
const RELATION_WORDS: Record<Relation, string> = {
  ...RELATION_NAMES,
  undercut: `${RELATION_NAMES.undercut} (questions the link it points at)`,
};

const MARGIN = 32;
/** The title and legend's sizes, for cards of the usual size. */
interface Frame {
  titleSize: number;
  titleBand: number;
  legendBand: number;
  legendSize: number;
  sample: number;
  /** Whether the legend names the kinds: compact cards show no kind word. */
  kinds: boolean;
}
const FRAME: Frame = {
  titleSize: 20,
  titleBand: 44,
  legendBand: 40,
  legendSize: 12,
  sample: 40,
  kinds: false,
};
/** Compact cards' words are about twice the usual size: the title and legend grow with them. */
const COMPACT_FRAME: Frame = {
  titleSize: 36,
  titleBand: 72,
  legendBand: 64,
  legendSize: 20,
  sample: 56,
  kinds: true,
};
const KIND_SAMPLE = { width: 40, height: 24 };
/** Between a legend's sample and its words: room for the arrowhead or diamond past the sample's end. */
const WORDS_GAP = 14;
const CORNER = 10;

export function mapPicture(doc: ArgumentMap, options: PictureOptions = {}): MapPicture {
  const only = options.only ?? null;
  const cards = pictureCards(doc, only);
  const lines = pictureLines(doc, cards);
  const bounds = boundsOf(cards, lines);
  const title = doc.map.title.trim() || "Argument map";
  const frame = cards[0]?.compact ? COMPACT_FRAME : FRAME;
  const legendWidth = legendWidthOf(frame);
  const contentWidth = Math.max(
    bounds.right - bounds.left,
    legendWidth,
    textWidth(title, frame.titleSize, true),
  );
  const width = Math.ceil(contentWidth + MARGIN * 2);
  const height = Math.ceil(bounds.bottom - bounds.top + MARGIN * 2 + frame.titleBand + frame.legendBand);
  // Everything is moved so the map's box starts below the title, centred across the page.
  const dx = MARGIN - bounds.left + (contentWidth - (bounds.right - bounds.left)) / 2;
  const dy = MARGIN + frame.titleBand - bounds.top;
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" font-family="${xmlText(FONT_STACK)}">`,
    `<title id="map-title">${xmlText(title)}</title>`,
    `<desc id="map-desc">An argument map of ${count(cards.length, "point")} and ${count(lines.length, "relation")}.</desc>`,
    markers(),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + frame.titleSize}" font-size="${frame.titleSize}" font-weight="bold" fill="${INK}">${xmlText(title)}</text>`,
    `<g transform="translate(${n(dx)} ${n(dy)})">`,
    '<g id="points">',
  );
  for (const card of cards) out.push(cardSvg(card));
  out.push("</g>", '<g id="relations" fill="none">');
  for (const line of lines) out.push(lineSvg(line));
  out.push(
    "</g>",
    "</g>",
    legendSvg(frame, MARGIN, height - MARGIN - frame.legendBand / 2 + frame.legendSize * 0.66),
    "</svg>",
    "",
  );
  return { svg: out.join("\n"), width, height };
}

function cardSvg(card: Card): string {
  const colour = KIND_COLOURS[card.kind];
  const { x, y, width, height } = card;
  const parts = [
    `<g><title>${xmlText(card.text)}</title>`,
    `<rect x="${n(x)}" y="${n(y)}" width="${width}" height="${height}" rx="${card.kind === "evidence" ? 2 : 8}" fill="#ffffff" stroke="${colour}" ${KIND_BORDERS[card.kind]}/>`,
  ];
  if (card.kind === "thesis") {
    parts.push(
      `<rect x="${n(x + 4)}" y="${n(y + 4)}" width="${width - 8}" height="${height - 8}" rx="5" fill="none" stroke="${colour}" stroke-width="1"/>`,
    );
  }
  if (card.kind === "evidence") {
    parts.push(`<rect x="${n(x)}" y="${n(y)}" width="6" height="${height}" fill="${colour}"/>`);
  }
  const inset = card.compact ? COMPACT_PADDING : CARD_PADDING;
  const left = x + inset + (card.kind === "evidence" ? 4 : 0);
  const size = card.compact ? COMPACT_LABEL_SIZE : LABEL_SIZE;
  const step = card.compact ? COMPACT_LABEL_LINE : LABEL_LINE;
  let firstBaseline: number;
  if (card.compact) {
    // The label alone, centred in the card's height; the kind shows in the border and the legend.
    const block = card.lines.length * step;
    firstBaseline = y + (height - block) / 2 + step * 0.78;
  } else {
    const kindBaseline = y + CARD_PADDING + KIND_LINE - 2;
    parts.push(
      `<text x="${n(left)}" y="${n(kindBaseline)}" font-size="10" font-weight="bold" letter-spacing="0.6" fill="${colour}">${KIND_NAMES[card.kind].toUpperCase()}</text>`,
    );
    firstBaseline = kindBaseline + 4 + LABEL_LINE;
  }
  const weight = card.kind === "thesis" ? ' font-weight="bold"' : "";
  const spans = card.lines
    .map((line, i) =>
      i === 0
        ? `<tspan x="${n(left)}" y="${n(firstBaseline)}">${xmlText(line)}</tspan>`
        : `<tspan x="${n(left)}" dy="${step}">${xmlText(line)}</tspan>`,
    )
    .join("");
  parts.push(`<text font-size="${size}" fill="${INK}"${weight}>${spans}</text></g>`);
  return parts.join("");
}

function lineSvg(line: PictureLine): string {
  const colour = RELATION_COLOURS[line.relation];
  return `<path d="${roundedPath(line.points)}" stroke="${colour}" ${RELATION_STYLES[line.relation]} marker-end="url(#end-${line.relation})"/>`;
}

/** A path through the points with its corners rounded. */
function roundedPath(points: readonly Point[]): string {
  const first = points[0] as Point;
  let d = `M${n(first.x)} ${n(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const before = points[i - 1] as Point;
    const corner = points[i] as Point;
    const after = points[i + 1] as Point;
    const radius = Math.min(CORNER, distance(before, corner) / 2, distance(corner, after) / 2);
    const a = toward(corner, before, radius);
    const b = toward(corner, after, radius);
    d += ` L${n(a.x)} ${n(a.y)} Q${n(corner.x)} ${n(corner.y)} ${n(b.x)} ${n(b.y)}`;
  }
  const last = points[points.length - 1] as Point;
  return `${d} L${n(last.x)} ${n(last.y)}`;
}

/** Line endings: an arrowhead for a support, an arrowhead stopped by a bar for an attack, a diamond for an undercut. */
function markers(): string {
  const marker = (relation: Relation, size: number, ref: number, body: string) =>
    `<marker id="end-${relation}" viewBox="0 0 ${size} ${size}" refX="${ref}" refY="${size / 2}" markerWidth="${size}" markerHeight="${size}" markerUnits="userSpaceOnUse" orient="auto">${body}</marker>`;
  const { support, attack, undercut } = RELATION_COLOURS;
  return [
    "<defs>",
    marker("support", 12, 11, `<path d="M0,0 L12,6 L0,12 z" fill="${support}"/>`),
    marker(
      "attack",
      14,
      13,
      `<path d="M0,1.5 L9,7 L0,12.5" fill="none" stroke="${attack}" stroke-width="2"/><path d="M12,0 L12,14" stroke="${attack}" stroke-width="3"/>`,
    ),
    marker("undercut", 12, 6, `<path d="M0,6 L6,0 L12,6 L6,12 z" fill="${undercut}"/>`),
    "</defs>",
  ].join("");
}

function legendSvg(frame: Frame, left: number, baseline: number): string {
  const { legendSize: size, sample } = frame;
  const parts = [`<g id="legend" font-size="${size}" fill="${INK}">`];
  let x = left;
  const middle = baseline - size * 0.33;
  for (const relation of RELATIONS) {
    parts.push(
      `<path d="M${n(x)} ${n(middle)} L${n(x + sample)} ${n(middle)}" fill="none" stroke="${RELATION_COLOURS[relation]}" ${RELATION_STYLES[relation]} marker-end="url(#end-${relation})"/>`,
      `<text x="${n(x + sample + WORDS_GAP)}" y="${n(baseline)}">${RELATION_WORDS[relation]}</text>`,
    );
    x += legendItemWidth(frame, RELATION_WORDS[relation], sample);
  }
  if (frame.kinds) {
    for (const kind of NODE_KINDS) {
      const top = middle - KIND_SAMPLE.height / 2;
      parts.push(
        `<rect x="${n(x)}" y="${n(top)}" width="${KIND_SAMPLE.width}" height="${KIND_SAMPLE.height}" rx="${kind === "evidence" ? 2 : 6}" fill="#ffffff" stroke="${KIND_COLOURS[kind]}" ${KIND_BORDERS[kind]}/>`,
        `<text x="${n(x + KIND_SAMPLE.width + WORDS_GAP)}" y="${n(baseline)}">${KIND_NAMES[kind]}</text>`,
      );
      x += legendItemWidth(frame, KIND_NAMES[kind], KIND_SAMPLE.width);
    }
  }
  parts.push("</g>");
  return parts.join("");
}

function legendItemWidth(frame: Frame, words: string, sample: number): number {
  return sample + WORDS_GAP + textWidth(words, frame.legendSize) + frame.legendSize * 2;
}

function legendWidthOf(frame: Frame): number {
  const relations = RELATIONS.reduce(
    (sum, relation) => sum + legendItemWidth(frame, RELATION_WORDS[relation], frame.sample),
    0,
  );
  if (!frame.kinds) return relations;
  return NODE_KINDS.reduce(
    (sum, kind) => sum + legendItemWidth(frame, KIND_NAMES[kind], KIND_SAMPLE.width),
    relations,
  );
}

function boundsOf(cards: readonly Card[], lines: readonly PictureLine[]) {
  const box = { left: 0, top: 0, right: 0, bottom: 0 };
  let first = true;
  const add = (x: number, y: number) => {
    if (first) {
      Object.assign(box, { left: x, top: y, right: x, bottom: y });
      first = false;
      return;
    }
    box.left = Math.min(box.left, x);
    box.top = Math.min(box.top, y);
    box.right = Math.max(box.right, x);
    box.bottom = Math.max(box.bottom, y);
  };
  for (const card of cards) {
    add(card.x, card.y);
    add(card.x + card.width, card.y + card.height);
  }
  for (const line of lines) for (const point of line.points) add(point.x, point.y);
  return box;
}

function toward(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / d) * length, y: from.y + ((to.y - from.y) / d) * length };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** A coordinate with at most one decimal: enough for a picture, and a smaller file. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function count(value: number, one: string): string {
  return `${value} ${one}${value === 1 ? "" : "s"}`;
}
