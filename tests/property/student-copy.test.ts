/**
 * A student's copy under any sequence of edits, each checked as the app checks it: a locked point keeps
 * everything but its score, only allowed kinds are added, every added point is the student's, and the
 * copy stays a valid map. Each property gets 30 s: it loads a map after every edit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkStudentEdit, setAssignment, startCopy } from "../../src/model/classroom";
import { type ArgumentMap, NODE_KINDS } from "../../src/model/schema";
import { validMapArb } from "../helpers/arbitraries";
import { expectValidMap } from "../helpers/class-copies";
import { anyStepArb } from "../helpers/operation-steps";

const copyArb = validMapArb({ maxNodes: 6, maxEdges: 8 }).chain((doc) =>
  fc
    .record({
      locked: fc.subarray(doc.nodes.map((n) => n.id)),
      allowedKinds: fc.subarray([...NODE_KINDS]),
    })
    .map(({ locked, allowedKinds }) => {
      const { student: _s, assignment: _a, ...info } = doc.map;
      const made = setAssignment({ ...doc, map: info }, { title: "Task", locked, allowedKinds });
      if (!made.ok) throw new Error(made.reason);
      const started = startCopy(made.doc, "Sam");
      if (!started.ok) throw new Error(started.reason);
      return started.doc;
    }),
);

const withoutBase = ({ base: _base, ...rest }: ArgumentMap["nodes"][number]) => rest;

describe("a student's copy", () => {
  it("keeps locked points, allowed kinds and authorship whatever the edits", () => {
    fc.assert(
      fc.property(copyArb, fc.array(anyStepArb, { maxLength: 15 }), (start, steps) => {
        const locked = new Map(
          start.nodes.filter((n) => start.map.assignment?.locked?.includes(n.id)).map((n) => [n.id, n]),
        );
        const original = new Set(start.nodes.map((n) => n.id));
        const allowed = start.map.assignment?.allowedKinds ?? NODE_KINDS;
        let doc = start;
        for (const step of steps) {
          const checked = checkStudentEdit(doc, step.run(doc));
          if (checked.ok) doc = checked.doc;
        }
        expectValidMap(doc);
        for (const [id, before] of locked) {
          const now = doc.nodes.find((n) => n.id === id);
          expect(now && withoutBase(now)).toEqual(withoutBase(before));
        }
        for (const node of doc.nodes) {
          if (original.has(node.id)) continue;
          expect(node.addedBy).toBe("Sam");
          expect(allowed).toContain(node.kind);
        }
        expect(doc.map.assignment).toEqual(start.map.assignment);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
