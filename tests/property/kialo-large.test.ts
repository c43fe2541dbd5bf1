/**
 * A Kialo discussion of 5,000 claims, in either export layout, with `-> See` links, footnotes and Markdown
 * links: every claim is one point, every Pro and Con one relation (a link adds one from the claim it names,
 * never a copy; a relation repeated is kept once, a claim never supports itself), each claim keeps the kind
 * of its own place, the thesis is the thesis, and no warning contradicts Kialo's own structure (a rebuttal
 * of something that is no critique, an objection that attacks nothing, a missing or second thesis).
 * Not timed: bench/kialo-import.bench.ts measures it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importKialo } from "../../src/io/formats/kialo/kialo-import";
import { type Claim, classicLayout, discussion, newerLayout } from "../helpers/kialo-discussion";

const CLAIMS = 5000;

/** The relations Kialo's structure makes: from the claim (or the claim a link names) to the parent. */
function expectedRelations(claims: readonly Claim[]): Set<string> {
  const relations = new Set<string>();
  for (const claim of claims) {
    const from = claim.link ?? claim.number;
    const relation = claim.stance === "Pro" ? "support" : "attack";
    if (relation === "support" && from === claim.parent) continue;
    relations.add(`${from} ${relation} ${claim.parent}`);
  }
  return relations;
}

/**
 * The kind of each claim's own place in Kialo's tree: a Pro is a claim; a Con is on the side opposite its
 * parent's, a rebuttal on the thesis's side and a critique against it, except that a rebuttal attacks
 * critiques only, so one that attacks anything else (by its place or by a link) is a critique.
 */
function expectedKinds(claims: readonly Claim[]): Map<string, string> {
  const side = new Map<string, boolean>([["1", true]]);
  const kind = new Map<string, string>([["1", "thesis"]]);
  for (const claim of claims) {
    if (claim.link !== undefined) continue;
    const forThesis = claim.stance === "Pro" ? side.get(claim.parent) : !side.get(claim.parent);
    side.set(claim.number, forThesis as boolean);
    kind.set(claim.number, claim.stance === "Pro" ? "claim" : forThesis ? "rebuttal" : "critique");
  }
  const demoted = [...expectedRelations(claims)]
    .map((relation) => relation.split(" "))
    .filter(
      ([from, relation, to]) =>
        relation === "attack" &&
        kind.get(from as string) === "rebuttal" &&
        kind.get(to as string) !== "critique",
    )
    .map(([from]) => from as string);
  for (const number of demoted) kind.set(number, "critique");
  return kind;
}

const CONTRADICTIONS = /which is not a critique|does not attack or undercut anything|theses|no thesis/;

describe("a Kialo discussion of 5,000 claims", () => {
  it("keeps every claim and relation of Kialo's tree, each claim's own kind, and no warning against it", () => {
    fc.assert(
      fc.property(
        // Unbiased, so the seeds spread and every discussion has links (a biased double is mostly 0).
        fc.noBias(fc.integer({ min: 1, max: 2 ** 31 - 2 })),
        fc.noBias(fc.integer({ min: 1, max: 20 })).map((percent) => percent / 100),
        fc.boolean(),
        (seed, links, classic) => {
          const claims = discussion(seed, links, CLAIMS);
          const result = importKialo(classic ? classicLayout(claims) : newerLayout(claims));
          if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
          const { doc } = result;
          const real = claims.filter((c) => c.link === undefined);
          expect(doc.nodes).toHaveLength(real.length + 1);
          // A point's id is its claim number unless that is too long for an id; the number stays in meta.
          const numberOf = new Map(
            doc.nodes.map((n) => [
              n.id,
              String((n.meta?.kialo as { number?: string } | undefined)?.number).replace(/\.$/, ""),
            ]),
          );
          const relations = doc.edges.map(
            (e) => `${numberOf.get(e.from)} ${e.relation} ${numberOf.get(e.to)}`,
          );
          expect(new Set(relations)).toEqual(expectedRelations(claims));
          expect(relations).toHaveLength(expectedRelations(claims).size);

          const kind = new Map(doc.nodes.map((n) => [numberOf.get(n.id) as string, n.kind as string]));
          expect(kind).toEqual(expectedKinds(claims));
          expect(result.warnings.filter((w) => CONTRADICTIONS.test(w.message))).toEqual([]);

          // The words of a Markdown link stay, even a number; its address becomes a source of the claim.
          // A footnote leaves the words and cites its entry of the Sources list.
          const sources = new Map((doc.sources ?? []).map((s) => [s.id, s.url]));
          const pointOf = (claim: Claim) => doc.nodes.find((n) => numberOf.get(n.id) === claim.number);
          for (const claim of real.filter((c) => c.markdownLink || c.footnote)) {
            const node = pointOf(claim);
            const cited = node?.sourceIds?.map((id) => sources.get(id)) ?? [];
            if (claim.markdownLink) {
              expect(node?.text).toContain("as 2010 found");
              expect(cited).toContain(`https://example.org/${claim.number}`);
            }
            if (claim.footnote) {
              expect(node?.text).not.toContain("[1]");
              expect(cited).toContain("https://example.org/study");
            }
          }
        },
      ),
      { numRuns: 4 },
    );
  });
});
