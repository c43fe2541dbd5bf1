/**
 * The one notice channel: passing and lasting notices are kept apart, a repeat shows again, and a
 * lasting notice about one map goes when another opens.
 */
import { describe, expect, it } from "vitest";
import { createNoticeStore } from "../../../src/store/notice-store";

describe("the notice channel", () => {
  it("keeps a passing notice and a lasting one side by side, each replaced by the next of its kind", () => {
    const notices = createNoticeStore();
    const { notify } = notices.getState();
    notify("error", "Not done: that point is locked.");
    notify("warning", "“Essay” is not saved.", { lasting: true });
    expect(notices.getState().passing).toMatchObject({
      tone: "error",
      message: "Not done: that point is locked.",
    });
    expect(notices.getState().lasting).toMatchObject({ tone: "warning", message: "“Essay” is not saved." });
    notify("info", "Copied 2 points.");
    expect(notices.getState().passing?.tone).toBe("info");
    expect(notices.getState().lasting?.message).toBe("“Essay” is not saved.");
    notices.getState().dismissPassing();
    expect(notices.getState().passing).toBeNull();
    expect(notices.getState().lasting).not.toBeNull();
  });

  it("tells a repeated message from the one before", () => {
    const notices = createNoticeStore();
    notices.getState().notify("info", "Copied.");
    const first = notices.getState().passing?.serial;
    notices.getState().notify("info", "Copied.");
    expect(notices.getState().passing?.serial).not.toBe(first);
  });

  it("drops a lasting notice about one map when another opens, and keeps one about no map", () => {
    const notices = createNoticeStore();
    notices.getState().notify("info", "Imported “Uniforms”.", { lasting: true, aboutMap: "lib-1" });
    notices.getState().keepAbout("lib-1");
    expect(notices.getState().lasting?.aboutMap).toBe("lib-1");
    notices.getState().keepAbout("lib-2");
    expect(notices.getState().lasting).toBeNull();
    notices.getState().notify("warning", "Storage is full.", { lasting: true });
    notices.getState().keepAbout("lib-3");
    expect(notices.getState().lasting?.message).toBe("Storage is full.");
  });

  it("carries the action offered with a notice", () => {
    const notices = createNoticeStore();
    let ran = 0;
    notices.getState().notify("warning", "Unsaved changes.", {
      lasting: true,
      action: { label: "Open anyway", run: () => ran++ },
    });
    notices.getState().lasting?.action?.run();
    expect(ran).toBe(1);
  });
});
