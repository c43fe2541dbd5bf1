/**
 * Kialo discussions of any size, made from a seed, in both of Kialo's export layouts: the older one, each
 * claim on its line (`1.1. Pro: …`), and the newer one, the stance on the numbered line and the words
 * below. Claims carry `-> See` links, `[1]` footnotes and Markdown links with a number for words.
 */

export interface Claim {
  number: string;
  parent: string;
  stance: "Pro" | "Con";
  /** The number of the real claim a `-> See` line names. */
  link?: string;
  footnote?: boolean;
  markdownLink?: boolean;
}

/**
 * Claims hung under earlier real claims (mostly recent ones, so the tree grows deep), some of them links.
 * The whole discussion follows from the seed, so a failure is reported as a seed, not as thousands of claims.
 */
export function discussion(seed: number, links: number, count: number): Claim[] {
  let state = seed;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const real = ["1"];
  const children = new Map<string, number>();
  const claims: Claim[] = [];
  for (let i = 0; i < count; i++) {
    const recent = random() < 0.7;
    const pick = recent
      ? real.length - 1 - Math.floor(random() * Math.min(real.length, 20))
      : Math.floor(random() * real.length);
    const parent = real[pick] as string;
    const n = (children.get(parent) ?? 0) + 1;
    children.set(parent, n);
    const number = `${parent}.${n}`;
    const stance = random() < 0.5 ? "Pro" : "Con";
    if (real.length > 1 && random() < links) {
      claims.push({
        number,
        parent,
        stance,
        link: real[1 + Math.floor(random() * (real.length - 1))] as string,
      });
      continue;
    }
    claims.push({ number, parent, stance, footnote: random() < 0.05, markdownLink: random() < 0.05 });
    real.push(number);
  }
  return claims;
}

function claimText(claim: Claim): string {
  if (claim.link !== undefined) return `-> See ${claim.link}.`;
  const link = claim.markdownLink ? ` as [2010](https://example.org/${claim.number}) found` : "";
  return `Claim ${claim.number}${link}.${claim.footnote ? " [1]" : ""}`;
}

export function classicLayout(claims: readonly Claim[]): string {
  const lines = ["Discussion Title: Generated", "", "1. The thesis."];
  for (const claim of claims) lines.push(`${claim.number}. ${claim.stance}: ${claimText(claim)}`);
  lines.push("", "Sources:", "[1] A study. https://example.org/study");
  return lines.join("\n");
}

export function newerLayout(claims: readonly Claim[]): string {
  const lines = ["Discussion Name:", "Generated", "", "1. Thesis:", "  The thesis.", ""];
  for (const claim of claims) lines.push(`${claim.number}. ${claim.stance}:`, `  ${claimText(claim)}`, "");
  lines.push("Sources:", "[1] A study. https://example.org/study");
  return lines.join("\n");
}
