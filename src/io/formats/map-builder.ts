/**
 * Builds a format-v1 document from another format's records, one node or relation at a time, and keeps
 * the list of what could not be carried over. It refuses what the format forbids (a duplicate relation,
 * a point supporting itself, an undercut of an undercut) with a line saying so instead of producing a
 * document the load pipeline would reject; everything it keeps is checked again by that pipeline.
 */

import type {
  ArgEdge,
  ArgNode,
  ArgumentMap,
  JsonValue,
  NodeKind,
  Position,
  Relation,
  Source,
} from "../../model/schema";
import { CURRENT_VERSION, FORMAT_TAG, LIMITS } from "../../model/schema";
import { MAX_POINTS, MAX_RELATIONS, tooManyPoints, tooManyRelations } from "../input-limits";
import { cutToCodePoints, fitLabel, fitTags, fitText } from "./fit-limits";
import { IdAllocator } from "./id-allocator";
import { inferKinds } from "./infer-kinds";

export interface NodeInput {
  /** The id in the source format; repeated source ids name the same node. */
  sourceId: string;
  /** The Warrant id to give the node when it is free (the source id otherwise). */
  preferredId?: string;
  text: string;
  kind?: NodeKind;
  label?: string;
  tags?: readonly string[];
  attribution?: string;
  base?: number;
  notes?: string;
  sourceIds?: readonly string[];
  meta?: Record<string, JsonValue>;
}

export interface EdgeOptions {
  group?: string;
  weight?: number;
  meta?: Record<string, JsonValue>;
}

export interface MapInfoInput {
  title: string;
  /** A name to make the map id from (a file name, a title); the title when absent. */
  idHint?: string;
  description?: string;
  meta?: Record<string, JsonValue>;
}

export class MapBuilder {
  readonly ids = new IdAllocator();
  private readonly nodes: ArgNode[] = [];
  private readonly nodeById = new Map<string, ArgNode>();
  private readonly edges: ArgEdge[] = [];
  private readonly edgeById = new Map<string, ArgEdge>();
  private readonly edgeKeys = new Map<string, string>();
  private readonly sources: Source[] = [];
  private readonly positions = new Map<string, Position>();
  /** Nodes whose kind the source format stated; inference leaves them alone. */
  private readonly kindGiven = new Set<string>();
  private readonly lines: string[] = [];
  private readonly tallies = new Map<string, { count: number; describe: (count: number) => string }>();

  /** Records one thing that could not be carried over. */
  drop(line: string): void {
    this.lines.push(line);
  }

  /** Counts a kind of loss that repeats (a dialogue layer of 500 nodes), reported as one line. */
  tally(key: string, describe: (count: number) => string): void {
    const entry = this.tallies.get(key);
    if (entry) entry.count++;
    else this.tallies.set(key, { count: 1, describe });
  }

  /** Every loss so far, one line each. */
  dropped(): string[] {
    return [...this.lines, ...[...this.tallies.values()].map((t) => t.describe(t.count))];
  }

  hasNode(sourceId: string): boolean {
    const id = this.ids.get(sourceId);
    return id !== undefined && this.nodeById.has(id);
  }

  /** The Warrant id of a node added under `sourceId`, if it was. */
  nodeId(sourceId: string): string | undefined {
    const id = this.ids.get(sourceId);
    return id !== undefined && this.nodeById.has(id) ? id : undefined;
  }

  node(input: NodeInput): string {
    const existing = this.nodeId(input.sourceId);
    if (existing !== undefined) return existing;
    // Counted while reading: a file of a million points stops here, not after all of them are built.
    if (this.nodes.length >= MAX_POINTS) throw tooManyPoints("$");
    const id = this.ids.idFor(input.sourceId, "n", input.preferredId ?? input.sourceId);
    const where = describeSource(input.sourceId);
    const text = fitText(input.text, input.label ?? input.sourceId);
    if (text.note) this.drop(`${where}: ${text.note}`);
    const node: ArgNode = { id, kind: input.kind ?? "claim", text: text.value };
    if (input.label !== undefined && input.label.trim() !== "") {
      const label = fitLabel(input.label);
      if (label.note) this.drop(`${where}: ${label.note}`);
      node.label = label.value;
    }
    if (input.base !== undefined && Number.isFinite(input.base) && input.base >= 0 && input.base <= 1) {
      node.base = input.base;
    }
    if (input.attribution !== undefined && input.attribution.trim() !== "") {
      node.attribution = cutToCodePoints(input.attribution.trim(), LIMITS.attribution);
    }
    if (input.tags && input.tags.length > 0) {
      const tags = fitTags(input.tags);
      if (tags.note) this.drop(`${where}: ${tags.note}`);
      if (tags.value.length > 0) node.tags = tags.value;
    }
    if (input.sourceIds && input.sourceIds.length > 0) node.sourceIds = [...new Set(input.sourceIds)];
    if (input.notes !== undefined && input.notes.trim() !== "") {
      node.notes = cutToCodePoints(input.notes, LIMITS.notes);
    }
    if (input.meta && Object.keys(input.meta).length > 0) node.meta = input.meta;
    this.nodes.push(node);
    this.nodeById.set(id, node);
    if (input.kind !== undefined) this.kindGiven.add(id);
    return id;
  }

  setKind(id: string, kind: NodeKind): void {
    const node = this.nodeById.get(id);
    if (!node) return;
    node.kind = kind;
    this.kindGiven.add(id);
  }

  /**
   * Adds a relation between Warrant ids (for an undercut, `to` is an edge id). Returns the new edge's id,
   * or undefined when the format cannot hold it (the reason is recorded, `what` naming the relation).
   */
  edge(
    from: string,
    to: string,
    relation: Relation,
    what: string,
    options: EdgeOptions = {},
  ): string | undefined {
    if (this.edges.length >= MAX_RELATIONS) throw tooManyRelations("$");
    if (!this.nodeById.has(from)) {
      this.drop(`${what}: its source is not a point of the map; dropped`);
      return undefined;
    }
    if (relation === "undercut") {
      const target = this.edgeById.get(to);
      if (!target) {
        this.drop(`${what}: the relation it undercuts is not in the map; dropped`);
        return undefined;
      }
      if (target.relation === "undercut") {
        this.drop(`${what}: an undercut of an undercut cannot be expressed; dropped`);
        return undefined;
      }
    } else if (!this.nodeById.has(to)) {
      this.drop(`${what}: its target is not a point of the map; dropped`);
      return undefined;
    }
    if (relation === "support" && from === to) {
      this.drop(`${what}: a point cannot support itself; dropped`);
      return undefined;
    }
    const key = `${from}\u0000${to}\u0000${relation}`;
    const twin = this.edgeKeys.get(key);
    if (twin !== undefined) {
      this.drop(`${what}: repeats the ${relation} ${from} → ${to}; kept once`);
      const kept = this.edgeById.get(twin);
      if (kept && options.group !== undefined && kept.group === undefined && relation === "support") {
        kept.group = options.group;
      }
      return twin;
    }
    const id = this.ids.fresh(
      `${from}-${relation}-${to}`.length <= 64 ? `${from}-${relation}-${to}` : "e",
      "e",
    );
    const edge: ArgEdge = { id, from, to, relation };
    if (options.weight !== undefined && options.weight > 0 && options.weight <= 1)
      edge.weight = options.weight;
    if (options.group !== undefined && relation === "support") edge.group = options.group;
    if (options.meta && Object.keys(options.meta).length > 0) edge.meta = options.meta;
    this.edges.push(edge);
    this.edgeById.set(id, edge);
    this.edgeKeys.set(key, id);
    return id;
  }

  /** Makes a support edge one of a linked group (an extra premise joined it). */
  setGroup(edgeId: string, group: string): void {
    const edge = this.edgeById.get(edgeId);
    if (edge && edge.relation === "support" && edge.group === undefined) edge.group = group;
  }

  findEdge(from: string, to: string, relation: Relation): string | undefined {
    return this.edgeKeys.get(`${from}\u0000${to}\u0000${relation}`);
  }

  /**
   * Points that something supports or attacks but that support or attack nothing themselves, among the
   * relations `counts` keeps (all of them unless told).
   */
  roots(counts: (edge: ArgEdge) => boolean = () => true): string[] {
    const argues = new Set<string>();
    const arguedAbout = new Set<string>();
    for (const edge of this.edges) {
      if (edge.relation === "undercut" || !counts(edge)) continue;
      argues.add(edge.from);
      arguedAbout.add(edge.to);
    }
    return this.nodes
      .filter((node) => arguedAbout.has(node.id) && !argues.has(node.id))
      .map((node) => node.id);
  }

  /** Support and attack edges that start at `from`, in the order they were added. */
  edgesFrom(from: string): ArgEdge[] {
    return this.edges.filter((edge) => edge.from === from && edge.relation !== "undercut");
  }

  source(wanted: string, citation: string, extra: { url?: string; page?: string } = {}): string {
    const id = this.ids.fresh(wanted, "s");
    const entry: Source = { id, citation: cutToCodePoints(citation.trim(), LIMITS.citation) };
    if (extra.url !== undefined) entry.url = extra.url;
    if (extra.page !== undefined) entry.page = cutToCodePoints(extra.page, LIMITS.page);
    this.sources.push(entry);
    return id;
  }

  position(id: string, at: Position): void {
    if (!this.nodeById.has(id) || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return;
    this.positions.set(id, at);
  }

  /** Kinds for the nodes whose format gave none, from the relations (see infer-kinds.ts). */
  inferKinds(theses: Iterable<string> = [], placing?: (edge: ArgEdge) => boolean): void {
    // A kind the source stated wins over the inferred one, the thesis included.
    const thesisSet = new Set(
      [...theses].filter((id) => !this.kindGiven.has(id) || this.nodeById.get(id)?.kind === "thesis"),
    );
    for (const id of thesisSet) this.setKind(id, "thesis");
    const kinds = inferKinds(this.nodes, this.edges, thesisSet, placing);
    for (const node of this.nodes) {
      if (this.kindGiven.has(node.id)) continue;
      node.kind = kinds.get(node.id) ?? "claim";
    }
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  build(info: MapInfoInput): ArgumentMap {
    const title = cutToCodePoints(info.title.trim(), LIMITS.title) || "Imported map";
    const doc: ArgumentMap = {
      format: FORMAT_TAG,
      version: CURRENT_VERSION,
      map: { id: new IdAllocator().fresh(info.idHint ?? title, "map"), title },
      nodes: this.nodes,
      edges: this.edges,
    } as ArgumentMap;
    if (info.description !== undefined && info.description.trim() !== "") {
      doc.map.description = cutToCodePoints(info.description.trim(), LIMITS.description);
    }
    if (info.meta && Object.keys(info.meta).length > 0) doc.map.meta = info.meta;
    if (this.sources.length > 0) doc.sources = this.sources;
    for (const node of doc.nodes) {
      const at = this.positions.get(node.id);
      if (at) node.position = { x: at.x, y: at.y };
    }
    return doc;
  }
}

function describeSource(sourceId: string): string {
  return JSON.stringify(sourceId.length > 60 ? `${sourceId.slice(0, 57)}...` : sourceId);
}
