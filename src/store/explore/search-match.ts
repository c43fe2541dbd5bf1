/**
 * Search over what a reader sees of a node: its text, label, attribution and tags. Case and accents are
 * ignored ("Nzelibe" finds "nzélibe"), and every word of the query must appear somewhere in the node.
 */
import type { ArgNode } from "../../model/schema";

export function normalizeForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
}

export function queryTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(" ")
    .filter((term) => term.length > 0);
}

// Normalising thousands of nodes on every keystroke adds up; a node record is immutable, so cache by it.
const haystacks = new WeakMap<ArgNode, string>();

function haystackOf(node: ArgNode): string {
  let haystack = haystacks.get(node);
  if (haystack === undefined) {
    const parts = [node.text, node.label ?? "", node.attribution ?? "", ...(node.tags ?? [])];
    // A separator no query can contain, so that a term never matches across two fields.
    haystack = normalizeForSearch(parts.join("\u0000"));
    haystacks.set(node, haystack);
  }
  return haystack;
}

export function nodeMatches(node: ArgNode, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const haystack = haystackOf(node);
  return terms.every((term) => haystack.includes(term));
}

/** Ids of the nodes that match, in document order; none for an empty query. */
export function findMatches(nodes: readonly ArgNode[], query: string): string[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const matches: string[] = [];
  for (const node of nodes) if (nodeMatches(node, terms)) matches.push(node.id);
  return matches;
}
