/**
 * Ways to break a valid map, each of which must make it invalid: wrong types, values out of range,
 * dangling references, duplicates, unknown keys, forbidden keys, truncation.
 */
import fc from "fast-check";
import type { ArgumentMap } from "../../src/model/schema";

type Loose = Record<string, unknown>;
export interface Corruption {
  name: string;
  apply(doc: ArgumentMap): unknown;
}

const pickIndex = (length: number, seed: number) => seed % Math.max(1, length);

/** A value that is never valid where a node's text, an id or a kind is expected. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant(""),
);

export const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
  fc.tuple(fc.nat(), wrongValue, fc.constantFrom("id", "kind", "text")).map(([seed, value, field]) => ({
    name: `node ${field} set to ${JSON.stringify(value)}`,
    apply: (doc: ArgumentMap) => {
      if (doc.nodes.length === 0) return { ...doc, nodes: [{ id: "x", kind: "claim", text: value }] };
      (doc.nodes[pickIndex(doc.nodes.length, seed)] as unknown as Loose)[field] = value;
      return doc;
    },
  })),
  fc
    .tuple(fc.nat(), fc.oneof(fc.double({ min: 1.0001, max: 1e9 }), fc.double({ min: -1e9, max: -0.0001 })))
    .map(([seed, base]) => ({
      name: `base ${base}`,
      apply: (doc: ArgumentMap) => {
        if (doc.nodes.length === 0) return { ...doc, nodes: [{ id: "x", kind: "claim", text: "t", base }] };
        (doc.nodes[pickIndex(doc.nodes.length, seed)] as unknown as Loose).base = base;
        return doc;
      },
    })),
  fc.nat().map((seed) => ({
    name: "edge to a missing node",
    apply: (doc: ArgumentMap) => {
      doc.edges.push({
        id: `zz${seed}`,
        from: doc.nodes[0]?.id ?? "nobody",
        to: "missing-node",
        relation: "attack",
      });
      return doc;
    },
  })),
  fc.nat().map((seed) => ({
    name: "duplicate id",
    apply: (doc: ArgumentMap) => {
      const node = doc.nodes[pickIndex(doc.nodes.length, seed)];
      doc.nodes.push({ id: node?.id ?? "d", kind: "claim", text: "copy" });
      if (!node) doc.nodes.push({ id: "d", kind: "claim", text: "copy" });
      return doc;
    },
  })),
  fc
    .tuple(fc.constantFrom("colour", "score", "x-extra"), fc.constantFrom("root", "map", "node", "edge"))
    .map(([key, where]) => ({
      name: `unknown key ${key} on ${where}`,
      apply: (doc: ArgumentMap) => {
        const target =
          (where === "root"
            ? doc
            : where === "map"
              ? doc.map
              : where === "node"
                ? doc.nodes[0]
                : doc.edges[0]) ?? doc;
        (target as unknown as Loose)[key] = 1;
        return doc;
      },
    })),
  fc.constantFrom("__proto__", "constructor", "prototype").map((key) => ({
    name: `forbidden key ${key}`,
    apply: (doc: ArgumentMap) => JSON.stringify(doc).replace('"map":{', `"map":{"${key}":{},`),
  })),
  fc.constantFrom("format", "version", "map", "nodes", "edges").map((key) => ({
    name: `missing ${key}`,
    apply: (doc: ArgumentMap) => {
      delete (doc as unknown as Loose)[key];
      return doc;
    },
  })),
  fc.nat().map((seed) => ({
    name: "truncated text",
    apply: (doc: ArgumentMap) => {
      const text = JSON.stringify(doc);
      return text.slice(0, pickIndex(text.length - 1, seed));
    },
  })),
  fc.constantFrom(4, 99, 0, -1, 1.5, "1").map((version) => ({
    name: `version ${version}`,
    apply: (doc: ArgumentMap) => ({ ...doc, version }),
  })),
  fc.nat().map((seed) => ({
    name: "undercut aimed at a node",
    apply: (doc: ArgumentMap) => {
      const node = doc.nodes[pickIndex(doc.nodes.length, seed)];
      doc.edges.push({ id: "uu", from: node?.id ?? "a", to: node?.id ?? "a", relation: "undercut" });
      if (!node) doc.nodes.push({ id: "a", kind: "claim", text: "t" });
      return doc;
    },
  })),
);
