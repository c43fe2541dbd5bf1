/** Reading an SVG picture back in tests: its elements, and the words each text element shows. */
import { expect } from "vitest";
import { parseXml, type XmlElement } from "../../src/io/formats/xml-tree";

export function parseSvg(svg: string): XmlElement {
  const parsed = parseXml(svg);
  if (!parsed.ok) throw new Error(`not well-formed XML: ${parsed.errors.map((e) => e.message).join("; ")}`);
  expect(parsed.root.name).toBe("svg");
  return parsed.root;
}

export function elementsOf(root: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    all.push(element);
    element.children.forEach(walk);
  };
  walk(root);
  return all;
}

/** What each <text> shows, its lines (tspans) joined by spaces. */
export function shownTexts(root: XmlElement): string[] {
  return elementsOf(root)
    .filter((element) => element.name === "text")
    .map((text) => [text.text, ...text.children.map((span) => span.text)].filter(Boolean).join(" "));
}

/** Runs of white space as one space, as a wrapped label reads. */
export function words(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(" ");
}
