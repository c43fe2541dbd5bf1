/**
 * Random classroom and flow edits for property tests, in the shape of operation-steps.ts: each picks its
 * targets from the document it is applied to. The classroom steps are the ones a teacher or a student
 * makes on an open map (an assignment, feedback, starting a copy, a student adding a point under the
 * teacher's rules) and the transforms of a whole map (anonymising, the copy given back); the flow steps
 * are the edits of the flow panel. Renaming the open map from the library joins them: it too is an edit
 * made outside src/model/operations' usual callers.
 */
import fc from "fast-check";
import { computeFlow } from "../../src/analysis";
import { answerInNextSpeech, placeInSpeech, siblingInSpeech } from "../../src/app/flow-edits";
import {
  checkStudentEdit,
  forStudent,
  pseudonyms,
  removeAssignment,
  renameStudents,
  setAssignment,
  setFeedback,
  startCopy,
} from "../../src/model/classroom";
import { flowSpeeches } from "../../src/model/debate-formats";
import { addNode, retitleMap } from "../../src/model/operations";
import { type ArgumentMap, NODE_KINDS, RESPONSES } from "../../src/model/schema";
import { textArb } from "./arbitraries";
import type { Step } from "./operation-steps";

const at = <T>(list: readonly T[], seed: number): T | undefined => list[seed % Math.max(1, list.length)];
const orSame = (doc: ArgumentMap, result: { ok: boolean; doc?: ArgumentMap }) =>
  result.ok && result.doc ? result.doc : doc;

const feedbackArb = fc.record(
  {
    comment: fc.oneof(textArb(20), fc.constant("  ")),
    mark: fc.oneof(fc.constantFrom("A", " B+ ", "2/3"), fc.constant("")),
    released: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const classroomStepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(textArb(20), fc.array(fc.nat(), { maxLength: 3 }), fc.subarray([...NODE_KINDS]))
    .map(([title, picks, allowedKinds]) => ({
      name: "set the assignment",
      run: (doc: ArgumentMap) => {
        const locked = picks.map((pick) => at(doc.nodes, pick)?.id).filter((id) => id !== undefined);
        return orSame(doc, setAssignment(doc, { title, locked: [...new Set(locked)], allowedKinds }));
      },
    })),
  fc.constant({ name: "remove the assignment", run: removeAssignment }),
  fc.tuple(fc.option(fc.nat(), { nil: undefined }), feedbackArb).map(([pick, feedback]) => ({
    name: pick === undefined ? "feedback on the map" : "feedback on a point",
    run: (doc: ArgumentMap) => {
      const id = pick === undefined ? undefined : at(doc.nodes, pick)?.id;
      if (pick !== undefined && id === undefined) return doc;
      return orSame(
        doc,
        setFeedback(doc, id === undefined ? { kind: "map" } : { kind: "node", id }, feedback),
      );
    },
  })),
  fc.constantFrom("Sam", " Kim ", "Ana").map((name) => ({
    name: "start a copy",
    run: (doc: ArgumentMap) => orSame(doc, startCopy(doc, name)),
  })),
  fc.tuple(fc.constantFrom(...NODE_KINDS), textArb(20)).map(([kind, text]) => ({
    name: `a student adds a point: ${kind}`,
    // The guard's adjustment (marking the point as the student's) runs on the edit, as in the app.
    run: (doc: ArgumentMap) => {
      const added = addNode(doc, { kind, text, addedBy: "someone else", ratings: [{ by: "x", base: 0.5 }] });
      return added.ok ? orSame(doc, checkStudentEdit(doc, added.doc)) : doc;
    },
  })),
  fc.constant({ name: "anonymise", run: (doc: ArgumentMap) => renameStudents(doc, pseudonyms([doc])) }),
  fc.constant({ name: "the copy given back", run: forStudent }),
);

export const flowStepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: undefined })).map(([a, s]) => ({
    name: "place in a speech",
    run: (doc: ArgumentMap) => {
      const id = at(doc.nodes, a)?.id;
      const speech = s === undefined ? undefined : at(flowSpeeches(computeFlow(doc).format), s)?.id;
      return id ? orSame(doc, placeInSpeech(doc, id, speech)) : doc;
    },
  })),
  fc.tuple(fc.nat(), fc.option(fc.constantFrom(...RESPONSES), { nil: undefined })).map(([a, response]) => ({
    name: `answer in the next speech${response ? ` (${response})` : ""}`,
    run: (doc: ArgumentMap) => {
      const id = at(doc.nodes, a)?.id;
      return id ? orSame(doc, answerInNextSpeech(doc, id, response)) : doc;
    },
  })),
  fc.nat().map((a) => ({
    name: "a sibling in the same speech",
    run: (doc: ArgumentMap) => {
      const id = at(doc.nodes, a)?.id;
      return id ? orSame(doc, siblingInSpeech(doc, id)) : doc;
    },
  })),
);

export const retitleStepArb: fc.Arbitrary<Step> = fc.oneof(textArb(20), fc.constant("")).map((title) => ({
  name: "rename the map",
  // An empty title stands for typing the title the map already has.
  run: (doc: ArgumentMap) => retitleMap(doc, title === "" ? doc.map.title : title),
}));

/**
 * Flow steps as often as classroom ones, so that points placed in a speech are then answered in the
 * next; a rename now and then.
 */
export const classroomOrFlowStepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: classroomStepArb },
  { weight: 3, arbitrary: flowStepArb },
  { weight: 1, arbitrary: retitleStepArb },
);
