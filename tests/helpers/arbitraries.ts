/**
 * fast-check generators of valid format-v1 maps: every optional field sometimes present, unicode text,
 * cycles, undercuts and linked premises, view entries. Used by the property tests of the loader, the
 * serializer and the operations.
 */
import fc from "fast-check";
import { FORBIDDEN_KEYS } from "../../src/model/forbidden-keys";
import { connectionRefusal } from "../../src/model/operations";
import {
  type ArgEdge,
  type ArgNode,
  type ArgumentMap,
  NODE_KINDS,
  RELATIONS,
  type Source,
} from "../../src/model/schema";
import { PROTOTYPE_IDS } from "./prototype-ids";

/** Any legal id, and often one named like a member of Object.prototype. */
export const idArb = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_\-.:]{1,10}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_IDS) },
);

/** Text of any characters, including emoji and markup, never blank. */
export const textArb = (max: number) =>
  fc.string({ minLength: 1, maxLength: max, unit: "binary" }).filter((text) => text.trim() !== "");

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const jsonMetaArb = fc
  .dictionary(
    fc.string({ maxLength: 6 }).filter((key) => !["__proto__", "constructor", "prototype"].includes(key)),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 3 },
  )
  // Nested values are free JSON too, so keep refused key names out of them as well.
  .filter((meta) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(meta))) as fc.Arbitrary<
  Record<string, NonNullable<ArgNode["meta"]>[string]>
>;

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const weight = fc.double({ min: 0.01, max: 1, noNaN: true });

function nodeArb(id: string, sourceIds: string[]): fc.Arbitrary<ArgNode> {
  return fc
    .record({
      kind: fc.constantFrom(...NODE_KINDS),
      text: textArb(40),
      label: optional(fc.string({ maxLength: 20, unit: "binary" })),
      base: optional(unit),
      attribution: optional(fc.string({ maxLength: 20 })),
      tags: optional(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 })),
      sourceIds:
        sourceIds.length > 0 ? optional(fc.subarray(sourceIds, { minLength: 1 })) : fc.constant(undefined),
      quote: optional(fc.string({ minLength: 1, maxLength: 12 })),
      notes: optional(fc.string({ maxLength: 30 })),
      meta: optional(jsonMetaArb),
    })
    .map((fields) => compact({ id, ...fields }) as ArgNode);
}

const sourceArb = (id: string): fc.Arbitrary<Source> =>
  fc
    .record({
      citation: textArb(30),
      url: optional(fc.webUrl({ validSchemes: ["http", "https"] })),
      page: optional(fc.string({ minLength: 1, maxLength: 6 })),
    })
    .map((fields) => compact({ id, ...fields }) as Source);

interface EdgeWish {
  relation: ArgEdge["relation"];
  from: number;
  to: number;
  weight: number | undefined;
  group: string | undefined;
  meta: ArgEdge["meta"];
}

const edgeWishArb: fc.Arbitrary<EdgeWish> = fc.record({
  relation: fc.constantFrom(...RELATIONS),
  from: fc.nat(),
  to: fc.nat(),
  weight: optional(weight),
  group: optional(fc.constantFrom("g1", "g2")),
  meta: optional(jsonMetaArb),
});

export interface MapArbOptions {
  maxNodes?: number;
  maxEdges?: number;
}

export function validMapArb(options: MapArbOptions = {}): fc.Arbitrary<ArgumentMap> {
  const maxNodes = options.maxNodes ?? 12;
  const maxEdges = options.maxEdges ?? 20;
  return fc
    .record({
      ids: fc.uniqueArray(idArb, { minLength: maxNodes + maxEdges, maxLength: maxNodes + maxEdges }),
      nodeCount: fc.integer({ min: 0, max: maxNodes }),
      sourceIds: fc.uniqueArray(idArb, { maxLength: 3 }),
    })
    .chain(({ ids, nodeCount, sourceIds }) => {
      const nodeIds = ids.slice(0, nodeCount);
      const edgeIds = ids.slice(maxNodes);
      return fc
        .record({
          info: fc.record({
            title: textArb(30),
            description: optional(fc.string({ maxLength: 40 })),
            sourceText: optional(fc.string({ maxLength: 60 })),
            createdAt: optional(fc.constant("2026-11-28T10:00:00.000Z")),
          }),
          nodes: fc.tuple(...nodeIds.map((id) => nodeArb(id, sourceIds))),
          sources: fc.tuple(...sourceIds.map(sourceArb)),
          wishes: fc.array(edgeWishArb, { maxLength: nodeCount === 0 ? 0 : maxEdges }),
          positions: fc.subarray(nodeIds),
          collapsed: fc.subarray(nodeIds),
          withView: fc.boolean(),
          withSources: fc.boolean(),
        })
        .map(({ info, nodes, sources, wishes, positions, collapsed, withView, withSources }) => {
          const doc: ArgumentMap = {
            format: "argument-map",
            version: 1,
            map: compact({ id: "generated", ...info }) as ArgumentMap["map"],
            nodes: nodes as ArgNode[],
            edges: [],
            ...(withSources || sources.length > 0 ? { sources: sources as Source[] } : {}),
            ...(withView
              ? {
                  view: {
                    // The format refuses these words as keys, so such a node is placed by the layout.
                    positions: Object.fromEntries(
                      positions
                        .filter((id) => !FORBIDDEN_KEYS.has(id))
                        .map((id, i) => [id, { x: i * 10.5, y: i === 0 ? 0 : -i }]),
                    ),
                    collapsed,
                  },
                }
              : {}),
          };
          wishes.forEach((wish, i) => {
            addWishedEdge(doc, wish, edgeIds[i] as string);
          });
          return doc;
        });
    });
}

/** Turns a wish into a legal edge when it can be one: undercuts aim at an existing support or attack. */
function addWishedEdge(doc: ArgumentMap, wish: EdgeWish, id: string): void {
  const from = doc.nodes[wish.from % doc.nodes.length]?.id as string;
  let to: string | undefined;
  if (wish.relation === "undercut") {
    const targets = doc.edges.filter((edge) => edge.relation !== "undercut");
    to = targets[wish.to % Math.max(1, targets.length)]?.id;
  } else {
    to = doc.nodes[wish.to % doc.nodes.length]?.id;
  }
  if (to === undefined) return;
  const group = wish.relation === "support" ? wish.group : undefined;
  if (connectionRefusal(doc, { from, to, relation: wish.relation, group }) !== null) return;
  doc.edges.push(
    compact({
      id,
      from,
      to,
      relation: wish.relation,
      weight: wish.weight,
      group,
      meta: wish.meta,
    }) as ArgEdge,
  );
}

function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
