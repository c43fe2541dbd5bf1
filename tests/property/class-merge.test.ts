/**
 * Properties of merging a class's copies over generated classes: copies that add points (sometimes under
 * ids other copies use for something else), rewrite, rescore, reconnect and delete points. Each property
 * builds whole classes of maps, so each gets 30 s rather than the default 5 s on a busy machine.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anonymiseMaps, applyChoices, type ClassMerge, mergeCopies } from "../../src/model/classroom";
import type { ArgNode, ArgumentMap } from "../../src/model/schema";
import { validMapArb } from "../helpers/arbitraries";
import { classArb, expectValidMap } from "../helpers/class-copies";

/** What the class map should be for a single copy: that copy, with ratings and without student or feedback. */
function asClassMap(doc: ArgumentMap, student: string): ArgumentMap {
  const { student: _student, feedback: _feedback, ...info } = doc.map;
  return {
    ...doc,
    map: info,
    nodes: doc.nodes.map(({ feedback: _f, ...rated }): ArgNode => {
      // An empty list of ratings says nothing: the copy's base becomes its student's rating.
      const { ratings: _empty, ...node } = rated;
      if (rated.ratings?.length) {
        const mean = rated.ratings.reduce((sum, r) => sum + r.base, 0) / rated.ratings.length;
        return { ...rated, base: Math.min(1, Math.max(0, mean)) };
      }
      return node.base === undefined ? node : { ...node, ratings: [{ by: student, base: node.base }] };
    }),
  };
}

const sortedConflicts = (merge: ClassMerge) =>
  merge.conflicts.map((conflict) => JSON.stringify(conflict)).sort();

describe("merging a class", () => {
  it("of one copy gives that copy, plus the ratings", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 8, maxEdges: 10 }), (doc) => {
        const merged = mergeCopies([{ doc, label: "copy.argmap.json" }]);
        expect(merged.conflicts).toEqual([]);
        expect(merged.doc).toEqual(asClassMap(doc, merged.students[0] as string));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it("does not depend on the order of the copies, except for the order of the conflicts", () => {
    fc.assert(
      fc.property(
        classArb().chain((copies) =>
          fc.tuple(fc.constant(copies), fc.shuffledSubarray(copies, { minLength: copies.length })),
        ),
        ([copies, shuffled]) => {
          const a = mergeCopies(copies);
          const b = mergeCopies(shuffled);
          expect(b.doc).toEqual(a.doc);
          expect(b.students).toEqual(a.students);
          expect(sortedConflicts(b)).toEqual(sortedConflicts(a));
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);

  it("keeps every point of every copy, as a point or as a version of a conflict, with its author", () => {
    fc.assert(
      fc.property(classArb(), (copies) => {
        const { doc, conflicts } = mergeCopies(copies);
        expectValidMap(doc);
        const versionsOf = new Map(conflicts.map((c) => [c.pointId, c.versions.map((v) => v.node)]));
        const identities = new Set<string>();
        for (const { doc: copy } of copies) {
          for (const point of copy.nodes) {
            identities.add(JSON.stringify([point.id, point.addedBy ?? null]));
            const found = doc.nodes.some((merged) => {
              const versions = versionsOf.get(merged.id) ?? [merged];
              // A second copy under a name already used is counted as "Name (2)", and so are its additions.
              const author =
                merged.addedBy === point.addedBy || merged.addedBy?.startsWith(`${point.addedBy} (`) === true;
              return author && versions.some((v) => v.text === point.text && v.kind === point.kind);
            });
            expect(found, `${point.id} (${point.text})`).toBe(true);
          }
        }
        // One merged point per distinct point, no more.
        const sameName = copies.some(({ doc: a }, i) =>
          copies.some(
            ({ doc: b }, j) =>
              i !== j && a.map.student?.name !== undefined && a.map.student?.name === b.map.student?.name,
          ),
        );
        if (!sameName) expect(doc.nodes).toHaveLength(identities.size);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("counts one rating per student, each copy's base as its student's rating", () => {
    fc.assert(
      fc.property(classArb(), (copies) => {
        const merged = mergeCopies(copies);
        const carried = copies.some(({ doc }) => doc.nodes.some((n) => n.ratings));
        for (const point of merged.doc.nodes) {
          const raters = (point.ratings ?? []).map((r) => r.by);
          expect(new Set(raters).size).toBe(raters.length);
          if (!carried) for (const by of raters) expect(merged.students).toContain(by);
          if (point.ratings?.length) {
            const mean = point.ratings.reduce((s, r) => s + r.base, 0) / point.ratings.length;
            expect(point.base).toBeCloseTo(mean, 12);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("gives a valid map whatever versions the teacher chooses, with the chosen versions in it", () => {
    fc.assert(
      fc.property(classArb(), fc.array(fc.nat(), { maxLength: 20 }), (copies, picks) => {
        const merged = mergeCopies(copies);
        const choices = new Map(
          merged.conflicts.map((c, i) => [c.pointId, (picks[i] ?? 0) % c.versions.length] as const),
        );
        const chosen = applyChoices(merged, choices);
        expectValidMap(chosen.doc);
        expect(chosen.doc.nodes.map((n) => n.id)).toEqual(merged.doc.nodes.map((n) => n.id));
        for (const conflict of chosen.conflicts) {
          const version = conflict.versions[choices.get(conflict.pointId) ?? -1];
          const point = chosen.doc.nodes.find((n) => n.id === conflict.pointId);
          expect(point?.text).toBe(version?.node.text);
          expect(conflict.chosen).toBe(choices.get(conflict.pointId));
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe("anonymising", () => {
  it("twice gives the same names, and leaves no student's name behind", () => {
    fc.assert(
      fc.property(classArb(), (copies) => {
        const docs = [...copies.map((c) => c.doc), mergeCopies(copies).doc];
        const once = anonymiseMaps(docs);
        expect(anonymiseMaps(once)).toEqual(once);
        for (const doc of once) {
          const names = [
            doc.map.student?.name,
            ...doc.nodes.flatMap((n) => [n.addedBy, ...(n.ratings ?? []).map((r) => r.by)]),
          ].filter((name): name is string => name !== undefined && name.trim() !== "");
          for (const name of names) expect(name).toMatch(/^Student \d+$/);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
