/**
 * Cutting an evidence card: setting the tag, cite and quoted text an evidence point carries. A part left
 * blank is no part, and a card with no part is taken off the point, so a map never keeps an empty card.
 * Only an evidence point takes a card: a card is what evidence is read from.
 */
import type { ArgumentMap, EvidenceCard } from "../schema";
import { updateNode } from "./nodes";
import { type EditResult, refused } from "./results";

const PARTS = ["tag", "cite", "text"] as const;

/** The card with its blank parts left out, or undefined when none is left. */
export function cardOf(parts: EvidenceCard): EvidenceCard | undefined {
  const card: EvidenceCard = {};
  for (const part of PARTS) {
    const value = parts[part];
    if (value !== undefined && value.trim() !== "") card[part] = value;
  }
  return Object.keys(card).length === 0 ? undefined : card;
}

/** Sets the parts given (`undefined` or blank clears a part), keeping the others as they were. */
export function setCard(doc: ArgumentMap, id: string, parts: Partial<EvidenceCard>): EditResult {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (!node) return refused(`there is no point "${id}"`);
  if (node.kind !== "evidence") {
    return refused(`only evidence carries a card, and this point is a ${node.kind}; make it evidence first`);
  }
  const card = cardOf({ ...node.card, ...parts });
  return updateNode(doc, id, { card });
}
