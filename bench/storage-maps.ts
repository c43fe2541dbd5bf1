/**
 * Maps for the storage benchmarks (Node and Chromium alike, so no Node modules here): the generated
 * debate as it is (its node texts repeat a template, so it compresses unusually well), and the same
 * debate with prose-like text, words drawn at random from a vocabulary, which compresses about as well
 * as real writing does.
 */
import { generateDebate, seededRandom } from "../src/model/generate-debate";
import type { ArgumentMap } from "../src/model/schema";

export function generatedMap(nodes: number): ArgumentMap {
  return generateDebate({ nodes, seed: 7 });
}

export function proseMap(nodes: number, vocabulary: readonly string[]): ArgumentMap {
  const doc = generateDebate({ nodes, seed: 7 });
  const random = seededRandom(11);
  const words = (count: number) =>
    Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" ");
  return {
    ...doc,
    nodes: doc.nodes.map((node) => ({
      ...node,
      text: words(12 + Math.floor(random() * 20)),
      label: words(3 + Math.floor(random() * 4)),
    })),
  };
}

/** The distinct words of a text: the essay's, for prose-like maps. */
export function vocabularyOf(text: string): string[] {
  return [...new Set(text.split(/\s+/).filter((word) => word.length > 0))];
}
