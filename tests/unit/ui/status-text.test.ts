/** The words of the save status while a big map of the library is read, and once one is open. */
import { describe, expect, it } from "vitest";
import { describeStatus } from "../../../src/ui/storage/status-text";

describe("the save status in words", () => {
  it("says a map is opening while one is read and none is open", () => {
    expect(describeStatus({ state: "idle" }, { kind: "browser" }, null, { title: "Dense" })).toEqual({
      text: "Opening…",
      tone: "busy",
      detail: "Reading “Dense” from the library.",
    });
  });

  it("says the open map's state, not the reading, once a map is open", () => {
    const saved = { state: "saved", savedAt: "" } as const;
    expect(describeStatus(saved, { kind: "browser" }, "m1", { title: "Dense" }).text).toBe("Saved");
    expect(describeStatus({ state: "idle" }, { kind: "browser" }, null).text).toBe("Not saved");
  });
});
