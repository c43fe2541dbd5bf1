/**
 * Dung semantics by their definitions, trying every labelling or every set: slow, obviously right, and
 * the yardstick for the fast algorithms on frameworks of up to eight arguments.
 */
export type BruteLabel = "in" | "out" | "undec";

export function attackersOf(size: number, attacks: readonly [number, number][]): number[][] {
  const attackers: number[][] = Array.from({ length: size }, () => []);
  for (const [a, b] of attacks) attackers[b]?.push(a);
  return attackers;
}

/** IN exactly when every attacker is OUT; OUT exactly when some attacker is IN. */
export function isComplete(labels: readonly BruteLabel[], attackers: readonly number[][]): boolean {
  return labels.every((label, v) => {
    const mine = (attackers[v] ?? []).map((a) => labels[a]);
    const allOut = mine.every((l) => l === "out");
    const someIn = mine.some((l) => l === "in");
    return (label === "in") === allOut && (label === "out") === someIn;
  });
}

export function allLabellings(size: number): BruteLabel[][] {
  let result: BruteLabel[][] = [[]];
  for (let i = 0; i < size; i++) {
    result = result.flatMap((labels) => (["in", "out", "undec"] as const).map((l) => [...labels, l]));
  }
  return result;
}

export function subsets(size: number): number[][] {
  const result: number[][] = [];
  for (let mask = 0; mask < 1 << size; mask++) {
    result.push(Array.from({ length: size }, (_, i) => i).filter((i) => (mask >> i) & 1));
  }
  return result;
}

export function bruteExtensions(
  size: number,
  attacks: readonly [number, number][],
  semantics: "preferred" | "stable",
): number[][] {
  const attacked = (set: ReadonlySet<number>, v: number) => attacks.some(([a, b]) => b === v && set.has(a));
  const conflictFree = (set: ReadonlySet<number>) => [...set].every((v) => !attacked(set, v));
  const admissible = (set: ReadonlySet<number>) =>
    conflictFree(set) && attacks.every(([a, b]) => !set.has(b) || attacked(set, a));
  const all = subsets(size).map((members) => new Set(members));
  if (semantics === "stable") {
    return all
      .filter(
        (set) =>
          conflictFree(set) &&
          Array.from({ length: size }, (_, v) => v).every((v) => set.has(v) || attacked(set, v)),
      )
      .map((set) => [...set]);
  }
  const admissibleSets = all.filter(admissible);
  return admissibleSets
    .filter(
      (set) => !admissibleSets.some((other) => other.size > set.size && [...set].every((v) => other.has(v))),
    )
    .map((set) => [...set]);
}
