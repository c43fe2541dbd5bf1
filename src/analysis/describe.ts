/**
 * Words for explanations: how to name a node in a sentence and how to write a number, shared by every
 * explanation so the inspector reads the same everywhere.
 */
import type { ArgNode } from "../model/schema";
import { shortenText } from "../model/text";

const SHORT_TEXT = 60;

/**
 * "the critique by Ku & Nzelibe", "the claim “Uniforms reduce bullying”": who makes the point when
 * that names it (no other point of the same kind has the same author), since that is how a debater
 * refers to it; otherwise its label or the start of its text. An essay's own claims, all by its
 * author, are told apart by their words. Without `nodes` to compare with, the author is used alone.
 */
export function describeNode(node: ArgNode, nodes?: readonly ArgNode[]): string {
  const author = node.attribution?.trim() ?? "";
  if (author !== "" && (nodes === undefined || authorsOfKind(nodes, node.kind).get(author) === 1))
    return `the ${node.kind} by ${author}`;
  return `the ${node.kind} “${node.label ?? shortenText(node.text, SHORT_TEXT)}”`;
}

const authorCounts = new WeakMap<readonly ArgNode[], Map<string, Map<string, number>>>();

/** How many points of `kind` each author makes, counted once per list of nodes. */
function authorsOfKind(nodes: readonly ArgNode[], kind: string): Map<string, number> {
  let byKind = authorCounts.get(nodes);
  if (!byKind) {
    byKind = new Map();
    for (const other of nodes) {
      const author = other.attribution?.trim() ?? "";
      if (author === "") continue;
      const counts = byKind.get(other.kind) ?? new Map<string, number>();
      counts.set(author, (counts.get(author) ?? 0) + 1);
      byKind.set(other.kind, counts);
    }
    authorCounts.set(nodes, byKind);
  }
  return byKind.get(kind) ?? new Map();
}

/** A number as an explanation prints it: at most `digits` decimals, no trailing zeros ("0.72", "0.5"). */
export function formatNumber(value: number, digits = 4): string {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** "lowers this by 0.18", "raises this by 0.4", "barely changes this", "does not change this". */
export function describeEffect(effect: number): string {
  if (effect === 0) return "does not change this";
  const size = Math.abs(effect);
  if (size < 0.005) return "barely changes this (by less than 0.01)";
  return `${effect > 0 ? "raises" : "lowers"} this by ${formatNumber(size, 2)}`;
}

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** The sentence with its first letter in capitals: "The critique by …". */
export function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
