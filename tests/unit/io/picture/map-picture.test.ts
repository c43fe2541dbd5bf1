import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../../src/io/load";
import { mapPicture } from "../../../../src/io/picture/map-picture";
import { type Card, pictureCards } from "../../../../src/io/picture/picture-cards";
import { pictureLines } from "../../../../src/io/picture/picture-lines";
import { segmentMeetsRect } from "../../../../src/io/picture/route-lines";
import { columnsLayout } from "../../../../src/model/layout/columns-layout";
import type { ArgumentMap } from "../../../../src/model/schema";
import { buildStructure } from "../../../../src/store/explore/argument-structure";
import { layoutGraphOf } from "../../../../src/ui/layout/layout-graph";
import { smallMap } from "../../../helpers/small-map";
import { elementsOf, parseSvg, shownTexts, words } from "../../../helpers/svg-picture";

function essay(): ArgumentMap {
  const loaded = loadMap(readFileSync("fixtures/icc-essay.argmap.json", "utf8"));
  if (!loaded.ok) throw new Error("the essay map does not load");
  return loaded.doc;
}

const overlap = (a: Card, b: Card) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("a picture of the essay map", () => {
  const doc = essay();
  const picture = mapPicture(doc);
  const root = parseSvg(picture.svg);

  it("shows every point's label as text", () => {
    const shown = shownTexts(root).map(words);
    for (const node of doc.nodes) expect(shown).toContain(words(node.label ?? node.text));
  });

  it("has the shape of a slide or a landscape page", () => {
    expect(picture.width / picture.height).toBeGreaterThanOrEqual(0.5);
    expect(picture.width / picture.height).toBeLessThanOrEqual(2.2);
    expect(root.attributes.get("viewBox")).toBe(`0 0 ${picture.width} ${picture.height}`);
  });

  it("tells the three relations apart by line style and line ending, not by colour alone", () => {
    const paths = elementsOf(root).filter((element) => element.attributes.has("marker-end"));
    const styles = new Set(paths.map((path) => path.attributes.get("stroke-dasharray") ?? "solid"));
    const endings = new Set(paths.map((path) => path.attributes.get("marker-end")));
    expect(styles.size).toBe(3);
    expect(endings.size).toBe(3);
    // One line per relation, and a sample of each in the legend.
    expect(paths).toHaveLength(doc.edges.length + 3);
  });

  it("has a title and a legend, and nothing but drawing", () => {
    const names = new Set(elementsOf(root).map((element) => element.name));
    expect(shownTexts(root)).toContain(doc.map.title);
    expect(shownTexts(root).join(" ")).toMatch(/supports.*attacks.*undercuts/);
    for (const name of names)
      expect(["svg", "title", "desc", "defs", "marker", "path", "rect", "text", "tspan", "g"]).toContain(
        name,
      );
  });

  it("prints every label at 7 points or more on a landscape A4 page", () => {
    const points = elementsOf(root).find((element) => element.attributes.get("id") === "points");
    const sizes = elementsOf(points!)
      .filter((element) => element.name === "text")
      .map((text) => Number(text.attributes.get("font-size")));
    expect(sizes).toHaveLength(doc.nodes.length);
    // The page less the print stylesheet's 10 mm margins, in millimetres per unit of the picture.
    const scale = Math.min(277 / picture.width, 190 / picture.height);
    const points72 = (size: number) => (size * scale * 72) / 25.4;
    expect(points72(Math.min(...sizes))).toBeGreaterThanOrEqual(7);
  });

  it("holds each label whole on one to three lines of its compact card", () => {
    const cards = pictureCards(doc, null);
    for (const card of cards) {
      expect(card.compact, card.id).toBe(true);
      expect(card.lines.length, card.id).toBeLessThanOrEqual(3);
      const node = doc.nodes.find((point) => point.id === card.id);
      expect(words(card.lines.join(" ")), card.id).toEqual(words(node?.label ?? node?.text ?? ""));
    }
  });

  it("places the points as the canvas does, in the columns layout", () => {
    const on = columnsLayout(layoutGraphOf(buildStructure(doc), new Set()));
    for (const card of pictureCards(doc, null)) expect({ x: card.x, y: card.y }).toEqual(on.get(card.id));
  });

  it("places no card over another", () => {
    const cards = pictureCards(doc, null);
    for (let i = 0; i < cards.length; i++)
      for (let j = i + 1; j < cards.length; j++)
        expect(overlap(cards[i] as Card, cards[j] as Card)).toBe(false);
  });

  it("routes no relation across a card it does not join", () => {
    const cards = pictureCards(doc, null);
    const lines = pictureLines(doc, cards);
    const ends = new Map(doc.edges.map((edge) => [edge.id, [edge.from, edge.to]]));
    const crossings: string[] = [];
    for (const line of lines) {
      const joined = ends.get(line.id) ?? [];
      for (const card of cards) {
        if (joined.includes(card.id)) continue;
        for (let k = 1; k < line.points.length; k++) {
          if (segmentMeetsRect(line.points[k - 1]!, line.points[k]!, card, 0))
            crossings.push(`${line.id} over ${card.id}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });

  it("runs an undercut to the middle of the line it questions", () => {
    const cards = pictureCards(doc, null);
    const lines = new Map(pictureLines(doc, cards).map((line) => [line.id, line]));
    const undercuts = doc.edges.filter((edge) => edge.relation === "undercut");
    expect(undercuts.length).toBeGreaterThan(0);
    for (const undercut of undercuts) {
      const end = lines.get(undercut.id)?.points.at(-1);
      const questioned = lines.get(undercut.to)?.points ?? [];
      // The end lies on the questioned line, away from both of its cards.
      const onLine = questioned.some(
        (point, k) =>
          k > 0 &&
          segmentMeetsRect(questioned[k - 1]!, point, { x: end!.x, y: end!.y, width: 0, height: 0 }, 0.5),
      );
      expect(onLine).toBe(true);
      expect(end).not.toEqual(questioned[0]);
      expect(end).not.toEqual(questioned.at(-1));
    }
  });
});

describe("a picture of part of a map, or of a map laid out by hand", () => {
  it("draws only the chosen points and the relations between them", () => {
    const doc = smallMap();
    const root = parseSvg(mapPicture(doc, { only: new Set(["t", "c", "ev"]) }).svg);
    const shown = shownTexts(root).map(words);
    expect(shown).toContain("Uniforms reduce bullying.");
    expect(shown).not.toContain("Uniforms limit expression.");
    const lines = elementsOf(root).filter((element) => element.attributes.has("marker-end"));
    expect(lines).toHaveLength(2 + 3);
  });

  it("keeps the map's own positions where it has them", () => {
    const doc = smallMap();
    const placed: Record<string, { x: number; y: number }> = {
      t: { x: 0, y: 0 },
      c: { x: -400, y: 300 },
      ev: { x: -400, y: 600 },
      k: { x: 400, y: 300 },
      r: { x: 400, y: 600 },
    };
    doc.nodes = doc.nodes.map((node) => ({ ...node, position: placed[node.id] }));
    const at = new Map(pictureCards(doc, null).map((card) => [card.id, card]));
    expect(at.get("k")!.x - at.get("c")!.x).toBe(800);
    expect(at.get("ev")!.y - at.get("c")!.y).toBe(300);
  });

  it("writes hostile text as text", () => {
    const doc = smallMap();
    doc.map.title = `<script>alert(1)</script> & "quotes"`;
    doc.nodes[1]!.text = `<svg onload="alert(1)"> \u0000 \uD800 ]]>`;
    const picture = mapPicture(doc);
    const root = parseSvg(picture.svg);
    const elements = elementsOf(root);
    expect(elements.map((element) => element.name)).not.toContain("script");
    for (const element of elements)
      for (const name of element.attributes.keys()) expect(name).not.toMatch(/^on/i);
    expect(shownTexts(root)).toContain(`<script>alert(1)</script> & "quotes"`);
    expect(shownTexts(root).map(words)).toContain(words(`<svg onload="alert(1)"> \uFFFD \uFFFD ]]>`));
  });
});
