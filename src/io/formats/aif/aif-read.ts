/**
 * The shapes AIF JSON comes in, read into one: AIFdb's bare `{nodes, edges}`, OVA3's `{"AIF": ...}` and
 * the lowercase `{"aif": ...}`, with ids as strings, integers or compound strings, and `text` as a
 * string or an object. Every value is read as an own property, so keys such as `__proto__` in a file
 * are data like any other.
 */
import type { Problem } from "../../../model/problem";

export interface AifNode {
  id: string;
  type: string;
  text: string;
  /** Where the node sits in the file, for messages. */
  index: number;
}

export interface AifEdge {
  from: string;
  to: string;
  index: number;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  /** Layout from an OVA block, by node id. */
  positions: Map<string, { x: number; y: number }>;
  /** The analysed text (OVA's `text.txt`), when the file has it, without its HTML. */
  sourceText?: string;
  /** Nodes named more than once: id and how many extra copies. */
  repeated: Map<string, number>;
  /** Records without a usable id. */
  unusable: string[];
}

export type AifReadResult = { ok: true; doc: AifDocument } | { ok: false; errors: Problem[] };

export function own(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The argument layer's container: the wrapper if there is one, else the document itself. */
function layer(value: unknown): { body: unknown; path: string } {
  for (const key of ["AIF", "aif"]) {
    const inner = own(value, key);
    if (typeof inner === "object" && inner !== null && Array.isArray(own(inner, "nodes"))) {
      return { body: inner, path: key };
    }
  }
  return { body: value, path: "" };
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** `text` is a string in most files; some tools write an object holding it (`txt`, `text`, `value`). */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  for (const key of ["txt", "text", "value"]) {
    const inner = own(value, key);
    if (typeof inner === "string") return inner;
  }
  return "";
}

/** Plain text from OVA's HTML: tags dropped, line breaks kept, the common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function readAif(value: unknown): AifReadResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      errors: [{ path: "$", message: "an AIF document is a JSON object with nodes and edges" }],
    };
  }
  const { body, path } = layer(value);
  const prefix = path === "" ? "" : `${path}.`;
  const rawNodes = own(body, "nodes");
  const rawEdges = own(body, "edges");
  if (!Array.isArray(rawNodes) || !Array.isArray(rawEdges)) {
    return {
      ok: false,
      errors: [
        {
          path: "$",
          message: 'an AIF document has "nodes" and "edges" arrays (bare, or inside "AIF" or "aif")',
        },
      ],
    };
  }
  const nodes: AifNode[] = [];
  const seen = new Set<string>();
  const repeated = new Map<string, number>();
  const unusable: string[] = [];
  rawNodes.forEach((raw, index) => {
    const id = idOf(own(raw, "nodeID"));
    if (id === undefined) {
      unusable.push(`${prefix}nodes[${index}] has no nodeID; dropped`);
      return;
    }
    if (seen.has(id)) {
      repeated.set(id, (repeated.get(id) ?? 0) + 1);
      return;
    }
    seen.add(id);
    const type = own(raw, "type");
    nodes.push({
      id,
      type: typeof type === "string" ? type.trim().toUpperCase() : "",
      text: textOf(own(raw, "text")),
      index,
    });
  });
  const edges: AifEdge[] = [];
  rawEdges.forEach((raw, index) => {
    const from = idOf(own(raw, "fromID"));
    const to = idOf(own(raw, "toID"));
    if (from === undefined || to === undefined) {
      unusable.push(`${prefix}edges[${index}] lacks a fromID or toID; dropped`);
      return;
    }
    edges.push({ from, to, index });
  });
  const doc: AifDocument = { nodes, edges, positions: ovaPositions(value), repeated, unusable };
  const text = own(value, "text");
  const html = typeof text === "string" ? text : textOf(text);
  if (html.trim() !== "") doc.sourceText = htmlToText(html);
  return { ok: true, doc };
}

function ovaPositions(value: unknown): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const ova = own(value, "OVA") ?? own(value, "ova");
  const nodes = own(ova, "nodes");
  if (!Array.isArray(nodes)) return positions;
  for (const raw of nodes) {
    const id = idOf(own(raw, "nodeID"));
    const x = own(raw, "x");
    const y = own(raw, "y");
    if (
      id !== undefined &&
      typeof x === "number" &&
      typeof y === "number" &&
      Number.isFinite(x) &&
      Number.isFinite(y)
    ) {
      positions.set(id, { x, y });
    }
  }
  return positions;
}

/** A JSON document that looks like AIF: nodes with `nodeID`, bare or wrapped. */
export function looksLikeAif(text: string): boolean {
  const head = text.slice(0, 20_000);
  return (
    /^\s*[[{]/.test(head) &&
    /"nodeID"\s*:|"(AIF|aif)"\s*:\s*\{/.test(head) &&
    !/"format"\s*:\s*"argument-map"/.test(head)
  );
}
