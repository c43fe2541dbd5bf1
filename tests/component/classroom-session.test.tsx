/**
 * The classroom's state around the library (jsdom, storage stub): an imported assignment waits for a
 * name and then becomes the student's own copy; the teacher can open it as it is; the device's role is
 * kept beside the library; the edit guard refuses a student's change to a locked point, whatever made it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { serializeMap } from "../../src/io/serialize";
import { setAssignment } from "../../src/model/classroom";
import { updateNode } from "../../src/model/operations";
import type { ArgumentMap } from "../../src/model/schema";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { CLASSROOM_ROLE_KEY } from "../../src/store/persistence/storage-keys";
import { MemoryStorage } from "../../src/store/persistence/storage-port";
import { copyOf, node, threeCopies } from "../helpers/class-copies";
import { smallMap } from "../helpers/small-map";
import { appForEachTest } from "../helpers/test-app";

const current = appForEachTest();
const startKeep = current.startKeep;

let storage: MemoryStorage;
const start = () => startKeep({ openStorage: () => ({ kind: "browser", storage }) });
const open = () => current.app.stores.document.getState().doc;

function assignmentFile(): string {
  const made = setAssignment(smallMap(), { title: "Critiques", locked: ["t"], allowedKinds: ["critique"] });
  if (!made.ok) throw new Error(made.reason);
  return serializeMap(made.doc);
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
  current.app.stores.keep.setState(initialKeepState, true);
  current.app.stores.assignmentIntake.getState().drop();
  current.app.stores.classroomRole.setState({ role: "student" });
});

afterEach(() => {
  current.app.stop();
  current.app.stores.classMerge.getState().end();
  vi.useRealTimers();
});

describe("an imported assignment", () => {
  it("waits for the student's name, then opens as their own copy in the library", () => {
    const keep = start();
    const before = current.app.stores.keep.getState().entries.length;
    keep.importText(assignmentFile(), "the file “critiques.argmap.json”");
    expect(current.app.stores.assignmentIntake.getState().pending?.result.doc.map.assignment?.title).toBe(
      "Critiques",
    );
    expect(current.app.stores.keep.getState().entries).toHaveLength(before);

    keep.answerAssignment({ student: "   " });
    expect(current.app.stores.assignmentIntake.getState().problem).toBe(
      "Not started: a copy needs the student's name.",
    );
    keep.answerAssignment({ student: "Sam" });
    expect(current.app.stores.assignmentIntake.getState().pending).toBeNull();
    expect(open().map.student).toEqual({ name: "Sam" });
    expect(current.app.stores.keep.getState().entries).toHaveLength(before + 1);
  });

  it("opens as the assignment itself for the teacher", () => {
    const keep = start();
    keep.importText(assignmentFile(), "a file");
    keep.answerAssignment({ teacher: true });
    expect(open().map.assignment?.title).toBe("Critiques");
    expect(open().map.student).toBeUndefined();
  });

  it("is not held when it is already a student's copy", () => {
    const keep = start();
    keep.importText(serializeMap(copyOf("Kim")), "a file");
    expect(current.app.stores.assignmentIntake.getState().pending).toBeNull();
    expect(open().map.student).toEqual({ name: "Kim" });
  });
});

describe("the device's role", () => {
  it("is kept beside the library and read back on the next visit", () => {
    const keep = start();
    const role = current.app.stores.classroomRole.getState();
    role.load(keep);
    expect(current.app.stores.classroomRole.getState().role).toBe("student");
    role.setRole("teacher");
    expect(storage.getItem(CLASSROOM_ROLE_KEY)).toBe("teacher");
    current.app.stores.classroomRole.setState({ role: "student" });
    current.app.stores.classroomRole.getState().load(keep);
    expect(current.app.stores.classroomRole.getState().role).toBe("teacher");
  });
});

describe("the student's rules on every edit", () => {
  const edit = (change: (doc: ArgumentMap) => ArgumentMap) =>
    current.app.stores.document.getState().applyEdit(change);
  const reword = (doc: ArgumentMap) => {
    const result = updateNode(doc, "t", { text: "Changed." });
    return result.ok ? result.doc : doc;
  };

  it("refuse a change to a locked point on a student's device, and say why, leaving no undo step", () => {
    current.app.stores.document.getState().openDocument(copyOf("Sam"));
    const before = open();
    const refusal = edit(reword);
    expect(refusal).toMatch(/is locked by the teacher/);
    expect(open()).toBe(before);
    expect(current.app.stores.document.getState().revision).toBe(0);
    expect(current.app.stores.document.temporal.getState().pastStates).toHaveLength(0);
    expect(current.app.stores.notices.getState().passing?.message).toMatch(
      /^Not done: .*is locked by the teacher/,
    );
  });

  it("refuse to delete a locked point and keep it selected, so the notice is about what is still chosen", () => {
    current.app.stores.document.getState().openDocument(copyOf("Sam"));
    const before = open();
    current.app.commands.selection.selectNodes(["t"]);
    current.app.commands.edit.deleteSelection();
    expect(open()).toBe(before);
    expect(current.app.commands.selection.selectedNodeIds()).toEqual(["t"]);
    expect(current.app.stores.notices.getState().passing?.message).toMatch(
      /^Not done: .*is locked by the teacher/,
    );
  });

  it("let the teacher change the same point on their device", () => {
    current.app.stores.classroomRole.setState({ role: "teacher" });
    current.app.stores.document.getState().openDocument(copyOf("Sam"));
    expect(edit(reword)).toBeNull();
    expect(node(open(), "t").text).toBe("Changed.");
  });
});

describe("the class merge", () => {
  it("names a file that is not a valid map and merges the rest, keeping the teacher's choices", () => {
    const { sam, alex, kim } = threeCopies();
    current.app.stores.classMerge.getState().addCopies([
      { name: "sam.argmap.json", text: serializeMap(sam) },
      { name: "notes.txt", text: "not a map" },
      { name: "alex.argmap.json", text: serializeMap(alex) },
    ]);
    const state = current.app.stores.classMerge.getState();
    expect(state.files.map((f) => [f.name, f.result.ok])).toEqual([
      ["sam.argmap.json", true],
      ["notes.txt", false],
      ["alex.argmap.json", true],
    ]);
    expect(state.merge?.students).toEqual(["Alex", "Sam"]);
    current.app.stores.classMerge.getState().chooseVersion("k", 0);
    expect(node(current.app.stores.classMerge.getState().merge?.doc as ArgumentMap, "k").text).toBe(
      node(alex, "k").text,
    );
    // A late copy is merged in, and the choice stands, though Aaron's copy comes first now.
    const aaron = copyOf("Aaron", (doc) => void (node(doc, "k").text = "Aaron's own wording."));
    current.app.stores.classMerge.getState().addCopies([
      { name: "kim.argmap.json", text: serializeMap(kim) },
      { name: "aaron.argmap.json", text: serializeMap(aaron) },
    ]);
    const merged = current.app.stores.classMerge.getState().merge;
    expect(merged?.students).toEqual(["Aaron", "Alex", "Kim", "Sam"]);
    expect(node(merged?.doc as ArgumentMap, "k").text).toBe(node(alex, "k").text);
  });
});
