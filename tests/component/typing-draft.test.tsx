/**
 * Words typed into a point and never given to the map (the page crashed while the field had them) are
 * offered back when that map opens again, as one edit to undo; words the map already has, or a draft of
 * another map, are not offered.
 */
import { describe, expect, it } from "vitest";
import { TYPING_KEY } from "../../src/store/persistence/storage-keys";
import { readTypingDraft } from "../../src/store/persistence/typing-draft";
import { keepPage } from "./keep-page";

const page = keepPage();
/** A visit whose map the page drew, as it does unless the tab froze while drawing it. */
function visit() {
  const app = page.visit();
  app.keep.mapShown(app.stores.keep.getState().openId ?? "");
  return app;
}
const doc = () => page.app().stores.document.getState().doc;
const lasting = () => page.app().stores.notices.getState().lasting;

describe("words left by a crash", () => {
  it("are offered back on the next visit, and put back as one edit to undo", () => {
    visit();
    const [first] = doc().nodes;
    if (!first) throw new Error("the essay map has points");
    page.app().keep.keepTyping(first.id, "text", "Words typed just before the crash");
    expect(readTypingDraft(page.storage())).toMatchObject({ nodeId: first.id, field: "text" });

    // The tab crashed: no pagehide gave the words to the map.
    visit();
    expect(doc().nodes[0]?.text).toBe(first.text);
    const notice = lasting();
    expect(notice?.message).toContain(
      "were not kept when the page last closed: “Words typed just before the crash”",
    );
    expect(page.storage().getItem(TYPING_KEY)).toBeNull();
    notice?.action?.run();
    expect(doc().nodes[0]?.text).toBe("Words typed just before the crash");
    expect(lasting()).toBeNull();
    page.app().stores.document.getState().undo();
    expect(doc().nodes[0]?.text).toBe(first.text);
  });

  it("puts a label back", () => {
    visit();
    const [first] = doc().nodes;
    if (!first) throw new Error("the essay map has points");
    page.app().keep.keepTyping(first.id, "label", "Short name");
    visit();
    lasting()?.action?.run();
    expect(doc().nodes[0]?.label).toBe("Short name");
  });

  it("are not offered when the map already has them, and the draft is forgotten", () => {
    visit();
    const [first] = doc().nodes;
    if (!first) throw new Error("the essay map has points");
    page.app().keep.keepTyping(first.id, "text", first.text);
    visit();
    expect(lasting()).toBeNull();
    expect(page.storage().getItem(TYPING_KEY)).toBeNull();
  });

  it("are cleared once the field's words are given to the map", () => {
    visit();
    const [first] = doc().nodes;
    if (!first) throw new Error("the essay map has points");
    page.app().keep.keepTyping(first.id, "notes", "A note");
    page.app().keep.typingDone(first.id, "text");
    expect(readTypingDraft(page.storage())?.field).toBe("notes");
    page.app().keep.typingDone(first.id, "notes");
    expect(page.storage().getItem(TYPING_KEY)).toBeNull();
  });
});
