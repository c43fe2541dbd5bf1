/** Scores and spreads as the classroom views print them: two decimals, as the score table does. */
export function formatScore(value: number): string {
  return value.toFixed(2);
}

/** How strongly a point's spread is marked on the canvas: none, some, or much disagreement. */
export function spreadLevel(spread: number): "low" | "medium" | "high" {
  return spread < 0.1 ? "low" : spread < 0.2 ? "medium" : "high";
}
