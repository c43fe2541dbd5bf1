/**
 * What a student may do to their copy of an assignment, checked on every edit whatever made it (a key,
 * the inspector, a paste, a drag): a locked point keeps its words, kind, fields and relations and cannot
 * be deleted (its score is the student's to give: that is how a class votes); only the kinds the
 * assignment allows can be added; the assignment, the student's name and the teacher's feedback stay as
 * they are. Every point the student adds is marked as theirs (`addedBy`).
 */
import { produceMap } from "../operations/draft";
import { type EditResult, refused } from "../operations/results";
import type { ArgNode, ArgumentMap, NodeKind } from "../schema";
import { shortenText } from "../text";
import { allowedKinds, lockedIds } from "./assignment";
import { stableJson } from "./stable-json";

/** The edit as the student's copy takes it (new points marked as theirs), or why it is refused. */
export function checkStudentEdit(before: ArgumentMap, after: ArgumentMap): EditResult {
  const student = before.map.student?.name;
  if (student === undefined || before.map.assignment === undefined) return { ok: true, doc: after };
  const infoProblem = changedInfo(before, after);
  if (infoProblem) return refused(infoProblem);

  const previous = new Map(before.nodes.map((node) => [node.id, node]));
  const locked = lockedIds(before);
  const allowed = allowedKinds(before);
  const current = new Set(after.nodes.map((node) => node.id));
  for (const id of locked) {
    if (previous.has(id) && !current.has(id)) return refused(lockedMessage(previous.get(id) as ArgNode));
  }
  // Indexes (in `after`) of the points the student added that are not yet marked as only theirs.
  const unmarked: number[] = [];
  for (let i = 0; i < after.nodes.length; i++) {
    const node = after.nodes[i] as ArgNode;
    const old = previous.get(node.id);
    if (old === undefined) {
      if (!allowed.includes(node.kind)) return refused(kindsMessage(allowed));
      if (node.addedBy !== student || node.feedback || node.ratings) unmarked.push(i);
      continue;
    }
    if (node === old) continue;
    if (locked.has(node.id) && stableJson(withoutBase(node)) !== stableJson(withoutBase(old))) {
      return refused(lockedMessage(old));
    }
    if (node.kind !== old.kind && !allowed.includes(node.kind)) return refused(kindsMessage(allowed));
    if (stableJson(node.feedback) !== stableJson(old.feedback)) return refused(FEEDBACK_MESSAGE);
    if (node.addedBy !== old.addedBy) return refused("who added a point is kept as it was");
  }
  if (locked.size > 0 && before.edges !== after.edges) {
    const moved = changedLockedRelations(before, after, locked);
    if (moved) return refused(lockedMessage(moved));
  }
  return { ok: true, doc: unmarked.length > 0 ? markedAsOwn(after, unmarked, student) : after };
}

/**
 * Whatever a student adds is theirs; a teacher's feedback or a class's ratings do not come with it.
 * An immer recipe on the edited map, so the guard's adjustment joins the edit's own patches in one undo
 * step and the points it leaves alone stay the very same records.
 */
function markedAsOwn(doc: ArgumentMap, indexes: readonly number[], student: string): ArgumentMap {
  return produceMap(doc, (draft) => {
    for (const i of indexes) {
      const node = draft.nodes[i] as ArgNode;
      delete node.feedback;
      delete node.ratings;
      node.addedBy = student;
    }
  });
}

const FEEDBACK_MESSAGE = "feedback is the teacher's to write";

function changedInfo(before: ArgumentMap, after: ArgumentMap): string | null {
  if (before.map === after.map) return null;
  if (stableJson(before.map.assignment) !== stableJson(after.map.assignment)) {
    return "the assignment is the teacher's: it stays as it was given";
  }
  if (stableJson(before.map.student) !== stableJson(after.map.student)) {
    return "whose copy this is stays as it was";
  }
  if (stableJson(before.map.feedback) !== stableJson(after.map.feedback)) return FEEDBACK_MESSAGE;
  return null;
}

/** The first locked point whose own relations (the edges it draws) differ, if any. */
function changedLockedRelations(
  before: ArgumentMap,
  after: ArgumentMap,
  locked: ReadonlySet<string>,
): ArgNode | undefined {
  const relations = (doc: ArgumentMap) => {
    const out = new Map<string, string[]>();
    for (const edge of doc.edges) {
      if (!locked.has(edge.from)) continue;
      const list = out.get(edge.from) ?? [];
      list.push(stableJson(edge));
      out.set(edge.from, list);
    }
    return out;
  };
  const was = relations(before);
  const now = relations(after);
  for (const id of locked) {
    const a = (was.get(id) ?? []).sort().join("\n");
    const b = (now.get(id) ?? []).sort().join("\n");
    if (a !== b) return before.nodes.find((node) => node.id === id);
  }
  return undefined;
}

function withoutBase(node: ArgNode): Omit<ArgNode, "base"> {
  const { base: _base, ...rest } = node;
  return rest;
}

function lockedMessage(node: ArgNode): string {
  const name = node.label ?? shortenText(node.text, 40);
  return `“${name}” is locked by the teacher: it cannot be changed or deleted (its score is yours to set)`;
}

function kindsMessage(allowed: readonly NodeKind[]): string {
  return allowed.length === 0
    ? "this assignment lets you score the points, not add any"
    : `this assignment lets you add ${listed(allowed.map((kind) => PLURALS[kind]))} only`;
}

const PLURALS: Record<NodeKind, string> = {
  thesis: "theses",
  claim: "claims",
  evidence: "evidence",
  critique: "critiques",
  rebuttal: "rebuttals",
};

function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
