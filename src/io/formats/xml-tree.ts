/**
 * XML text as a small tree of elements, without the DOM (src/io runs in Node too). Parsing is done by
 * saxes, a strict, well-tested pure-JavaScript XML parser (the one jsdom uses) that reports the line
 * and column of the first error; hand-written parsing would have to get CDATA, entities, comments and
 * well-formedness right on its own. Attributes are kept in Maps, so any attribute name is data.
 */
import { SaxesParser } from "saxes";
import type { Problem } from "../../model/problem";
import { atLine, InputRefused, NESTING } from "../input-limits";

export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside the element, joined. */
  text: string;
  line: number;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; errors: Problem[] };

export function parseXml(text: string): XmlParse {
  const parser = new SaxesParser({ position: true });
  const errors: Problem[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (error) => {
    if (errors.length === 0) errors.push(located(error.message));
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= NESTING.xml) {
      throw new InputRefused(
        atLine(
          parser.line,
          `elements are nested more than ${NESTING.xml} levels deep; Warrant reads XML nested at most ${NESTING.xml}`,
        ),
      );
    }
    const attributes = new Map<string, string>();
    for (const name of Object.keys(tag.attributes)) {
      const value = tag.attributes[name];
      if (typeof value === "string") attributes.set(name, value);
    }
    const element: XmlElement = { name: tag.name, attributes, children: [], text: "", line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  const addText = (value: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += value;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text.replace(/^\uFEFF/, "")).close();
  } catch (error) {
    if (error instanceof InputRefused) throw error;
    if (errors.length === 0) errors.push(located(error instanceof Error ? error.message : String(error)));
  }
  if (errors.length > 0) return { ok: false, errors };
  if (!root) return { ok: false, errors: [{ path: "$", message: "the XML has no element" }] };
  return { ok: true, root };
}

/** saxes writes "line:column: message"; the format's problems say "line N, column M". */
function located(message: string): Problem {
  const match = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
  if (!match) return { path: "$", message: `not well-formed XML: ${message}` };
  return {
    path: `line ${match[1]}, column ${Number(match[2]) + 1}`,
    message: `not well-formed XML: ${match[3]}`,
  };
}
