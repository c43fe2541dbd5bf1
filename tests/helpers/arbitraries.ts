/**
 * fast-check generators of valid maps: every optional field of both format versions sometimes present
 * (debates, speeches, responses, presentations, the classroom fields), unicode text, cycles, undercuts
 * and linked premises, view entries. Used by the property tests of the loader, the
 * serializer and the operations.
 */
import fc from "fast-check";
import { DEBATE_FORMATS } from "../../src/model/debate-formats";
import { connectionRefusal } from "../../src/model/operations";
import {
  type ArgEdge,
  type ArgNode,
  type ArgumentMap,
  NODE_KINDS,
  type Presentation,
  RELATIONS,
  RESPONSES,
  type Source,
} from "../../src/model/schema";
import { customFormatArb } from "./custom-format-arb";
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
      // Any id: a speech the format lacks only warns.
      speech: optional(fc.oneof(fc.constantFrom("OF", "OA", "RF", "RA", "1AC", "2NR", "CX-1AC"), idArb)),
      feedback: optional(feedbackArb),
      addedBy: optional(fc.string({ maxLength: 12, unit: "binary" })),
      ratings: optional(
        fc.uniqueArray(fc.record({ by: textArb(8), base: unit }), { maxLength: 3, selector: (r) => r.by }),
      ),
      card: optional(
        fc
          .record({
            tag: optional(fc.string({ maxLength: 12 })),
            cite: optional(fc.string({ maxLength: 12 })),
            text: optional(fc.string({ maxLength: 30 })),
          })
          .map(compact),
      ),
    })
    .map((fields) => compact({ id, ...fields }) as ArgNode);
}

const feedbackArb = fc
  .record({
    comment: optional(fc.string({ maxLength: 20, unit: "binary" })),
    mark: optional(fc.string({ maxLength: 4 })),
    released: optional(fc.boolean()),
  })
  .map(compact);

const debateArb = fc
  .record({
    format: fc.oneof(fc.constantFrom(...DEBATE_FORMATS.map((format) => format.id)), idArb, customFormatArb),
    motion: optional(fc.string({ maxLength: 30, unit: "binary" })),
    forSide: optional(textArb(10)),
    againstSide: optional(textArb(10)),
    firstSide: optional(fc.constantFrom("for" as const, "against" as const)),
  })
  .map(compact);

function assignmentArb(nodeIds: string[]) {
  return fc
    .record({
      title: textArb(20),
      instructions: optional(fc.string({ maxLength: 30 })),
      teacher: optional(fc.string({ maxLength: 10 })),
      stems: optional(
        fc
          .record(
            { critique: optional(fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 2 })) },
            { requiredKeys: [] },
          )
          .map(compact),
      ),
      allowedKinds: optional(fc.subarray([...NODE_KINDS])),
      locked: optional(fc.subarray(nodeIds)),
    })
    .map(compact);
}

function presentationsArb(nodeIds: string[]): fc.Arbitrary<Presentation[]> {
  const stepArb = fc
    .record({
      show: fc.subarray(nodeIds),
      focus: nodeIds.length > 0 ? optional(fc.constantFrom(...nodeIds)) : fc.constant(undefined),
      note: optional(fc.string({ maxLength: 20, unit: "binary" })),
    })
    .map(compact);
  return fc.uniqueArray(
    fc.record({ id: idArb, title: textArb(12), steps: fc.array(stepArb, { maxLength: 3 }) }),
    { maxLength: 2, selector: (presentation) => presentation.id },
  ) as fc.Arbitrary<Presentation[]>;
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
  response: ArgEdge["response"];
}

const edgeWishArb: fc.Arbitrary<EdgeWish> = fc.record({
  relation: fc.constantFrom(...RELATIONS),
  from: fc.nat(),
  to: fc.nat(),
  weight: optional(weight),
  group: optional(fc.constantFrom("g1", "g2")),
  meta: optional(jsonMetaArb),
  response: optional(fc.constantFrom(...RESPONSES)),
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
            debate: optional(debateArb),
            assignment: optional(assignmentArb(nodeIds)),
            student: optional(fc.record({ name: textArb(10) })),
            feedback: optional(feedbackArb),
          }),
          nodes: fc.tuple(...nodeIds.map((id) => nodeArb(id, sourceIds))),
          sources: fc.tuple(...sourceIds.map(sourceArb)),
          wishes: fc.array(edgeWishArb, { maxLength: nodeCount === 0 ? 0 : maxEdges }),
          positions: fc.subarray(nodeIds),
          collapsed: fc.subarray(nodeIds),
          withView: fc.boolean(),
          withSources: fc.boolean(),
          presentations: optional(presentationsArb(nodeIds)),
        })
        .map(
          ({ info, nodes, sources, wishes, positions, collapsed, withView, withSources, presentations }) => {
            const doc: ArgumentMap = {
              format: "argument-map",
              version: 3,
              map: compact({ id: "generated", ...info }) as ArgumentMap["map"],
              // Any id keeps its place, "constructor" and "__proto__" included: it is kept on the point.
              nodes: (nodes as ArgNode[]).map((node) => {
                const at = positions.indexOf(node.id);
                return at === -1 ? node : { ...node, position: { x: at * 10.5, y: at === 0 ? 0 : -at } };
              }),
              edges: [],
              ...(withSources || sources.length > 0 ? { sources: sources as Source[] } : {}),
              ...(withView
                ? {
                    view: { collapsed },
                  }
                : {}),
              ...(presentations ? { presentations } : {}),
            };
            wishes.forEach((wish, i) => {
              addWishedEdge(doc, wish, edgeIds[i] as string);
            });
            return doc;
          },
        );
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
  // A new list rather than a push: the rules above indexed this one, and an index is kept per list.
  doc.edges = [
    ...doc.edges,
    compact({
      id,
      from,
      to,
      relation: wish.relation,
      weight: wish.weight,
      group,
      meta: wish.meta,
      response: wish.relation === "support" ? undefined : wish.response,
    }) as ArgEdge,
  ];
}

function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
