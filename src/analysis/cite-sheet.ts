/**
 * The cite sheet of a round: every evidence card, in the order the round reads them (speech by speech, as
 * the flow places them, then the cards placed in no speech), each with its tag, its cite and its quoted
 * text. Nothing is left out silently: evidence with no card yet is listed apart, so the debater sees what
 * is still to cut, and a card kept on a point that is no longer evidence is counted.
 *
 * A card with no cite of its own is cited from the point's sources in the map, and says so; a card with
 * no tag is tagged with the point's label, or its words.
 */
import { sideNames } from "../model/debate-formats";
import type { ArgNode, ArgumentMap } from "../model/schema";
import type { RoundFlow } from "./flow";

export interface CiteEntry {
  id: string;
  tag: string;
  /** The cite as read aloud; empty when neither the card nor the point's sources give one. */
  cite: string;
  /** Where the cite came from: the card itself, or the sources the point cites in the map. */
  citeFrom: "card" | "sources" | "none";
  /** The words quoted from the source, when the card holds them. */
  text?: string;
}

export interface CiteSection {
  /** The speech the cards are read in; undefined for the cards placed in no speech. */
  speechId?: string;
  heading: string;
  entries: CiteEntry[];
}

export interface CiteSheet {
  title: string;
  motion?: string;
  /** Only the speeches with a card, in the round's order; then the cards in no speech, if any. */
  sections: CiteSection[];
  /** Evidence points with no card yet, in the order of the map. */
  uncut: { id: string; words: string; speechId?: string }[];
  /** Cards kept on points that are not evidence (they show when the point is evidence again). */
  cardsOffEvidence: number;
}

export const NO_SPEECH_HEADING = "Cards in no speech";

export function citeSheet(doc: ArgumentMap, flow: RoundFlow): CiteSheet {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const citations = new Map((doc.sources ?? []).map((source) => [source.id, sourceCite(source)]));
  const names = sideNames(flow.format, doc.map.debate);
  const speechNames = new Map(flow.format.periods.map((period) => [period.id, period.name]));
  const entryOf = (node: ArgNode): CiteEntry | undefined => {
    if (node.kind !== "evidence" || node.card === undefined) return undefined;
    return citeEntry(node, citations);
  };

  const sections: CiteSection[] = [];
  for (const speech of flow.speeches) {
    const entries = speech.points.flatMap((id) => entryOf(byId.get(id) as ArgNode) ?? []);
    if (entries.length === 0) continue;
    const heading = `${speech.id}, ${speechNames.get(speech.id) ?? speech.id} (${names[speech.side]})`;
    sections.push({ speechId: speech.id, heading, entries });
  }
  const unplaced = flow.unplaced.flatMap((id) => entryOf(byId.get(id) as ArgNode) ?? []);
  if (unplaced.length > 0) sections.push({ heading: NO_SPEECH_HEADING, entries: unplaced });

  const uncut = doc.nodes
    .filter((node) => node.kind === "evidence" && node.card === undefined)
    .map((node) => ({ id: node.id, words: wordsOf(node), speechId: flow.speechOf.get(node.id) }));
  const cardsOffEvidence = doc.nodes.filter((node) => node.kind !== "evidence" && node.card).length;
  const motion = doc.map.debate?.motion;
  return { title: doc.map.title, ...(motion ? { motion } : {}), sections, uncut, cardsOffEvidence };
}

function citeEntry(node: ArgNode, citations: ReadonlyMap<string, string>): CiteEntry {
  const card = node.card ?? {};
  const fromSources = (node.sourceIds ?? []).flatMap((id) => citations.get(id) ?? []).join("; ");
  const [cite, citeFrom] =
    card.cite !== undefined
      ? ([card.cite, "card"] as const)
      : fromSources !== ""
        ? ([fromSources, "sources"] as const)
        : (["", "none"] as const);
  return {
    id: node.id,
    tag: card.tag ?? wordsOf(node),
    cite,
    citeFrom,
    ...(card.text !== undefined ? { text: card.text } : {}),
  };
}

function sourceCite(source: { citation: string; page?: string }): string {
  return source.page ? `${source.citation}, p. ${source.page}` : source.citation;
}

function wordsOf(node: ArgNode): string {
  return node.label ?? node.text;
}
