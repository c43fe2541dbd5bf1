/**
 * How each kind of node and relation looks. Every kind has its own colour, icon, word and border style,
 * so it reads in greyscale and for colour-blind readers (the palette follows Okabe and Ito's); every
 * relation has its own colour, line style and line ending.
 */
import type { NodeKind, Relation } from "../../model/schema";
import { NodeFlag } from "../../store/explore/explore-view-store";

export const KIND_ICONS: Record<NodeKind, string> = {
  thesis: "★",
  claim: "●",
  evidence: "▤",
  critique: "⚠",
  rebuttal: "↩",
};

export const KIND_DESCRIPTIONS: Record<NodeKind, string> = {
  thesis: "the main contention; double border",
  claim: "a point made for something; solid border",
  evidence: "a fact, study or statistic; square, thick left edge",
  critique: "an objection; dashed border",
  rebuttal: "a reply to a critique; dotted border",
};

export const RELATION_DESCRIPTIONS: Record<Relation, string> = {
  support: "solid line, arrowhead",
  attack: "dashed line, barred arrowhead",
  undercut: "dotted line to the middle of the relation it questions, diamond",
};

export const MARKER_IDS: Record<Relation, string> = {
  support: "warrant-marker-support",
  attack: "warrant-marker-attack",
  undercut: "warrant-marker-undercut",
};

/** The class list of a node on the canvas: its kind and what the reader is doing with it. */
export function argumentNodeClassName(kind: NodeKind, flags: number, selected: boolean): string {
  let name = `argument-node kind-${kind}`;
  if (selected) name += " is-selected";
  if (flags & NodeFlag.dimmed) name += " is-dimmed";
  if (flags & NodeFlag.match) name += " is-match";
  if (flags & NodeFlag.currentMatch) name += " is-current-match";
  if (flags & NodeFlag.collapsed) name += " is-collapsed";
  return name;
}
