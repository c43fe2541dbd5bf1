/**
 * An evidence card as a flow shows it: one short line under the point, the cite as debaters flow it
 * (the author and year, the part before the first comma), with the whole tag and cite as its tooltip.
 * The card in full is in the inspector. The sheet and the side panel's flow both show it so.
 */
import "./flow-card-line.css";
import type { ArgNode } from "../../model/schema";
import { shortenText } from "../../model/text";

const SHORT_CITE = 32;

/** The cite cut at its first comma or semicolon, and to a flow cell's width. */
export function shortCite(cite: string): string {
  const head = cite.split(/[,;]/)[0] ?? cite;
  return shortenText(head.trim() === "" ? cite : head, SHORT_CITE);
}

export function FlowCardLine({ node }: { node: ArgNode | undefined }) {
  const card = node?.kind === "evidence" ? node.card : undefined;
  if (!card) return null;
  const full = [card.tag, card.cite].filter((part) => part !== undefined).join(" · ");
  return (
    <span className="flow-card-line" title={full}>
      card: {card.cite !== undefined ? shortCite(card.cite) : "no cite yet"}
    </span>
  );
}
