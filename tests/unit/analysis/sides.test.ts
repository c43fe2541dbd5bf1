/** Each side's case: pro or con the thesis by the parity of attacks on the way to it. */
import { describe, expect, it } from "vitest";
import { thesisSides } from "../../../src/analysis";
import { workedExample } from "./examples";
import { buildMap } from "./map-builder";

describe("thesis sides", () => {
  it("puts supporters and rebuttals of critiques on the thesis's side", () => {
    expect(thesisSides(workedExample())).toEqual({
      thesisId: "t",
      sides: { t: "pro", c: "pro", k: "con", r: "pro" },
    });
  });

  it("follows undercuts: weakening a support is con, weakening an attack is pro", () => {
    const doc = buildMap({ t: { kind: "thesis" }, c: {}, k: {}, u: {}, v: {}, x: {} }, [
      ["c", "support", "t"],
      ["k", "attack", "t"],
      ["u", "undercut", "c.support.t"],
      ["v", "undercut", "k.attack.t"],
    ]);
    expect(thesisSides(doc).sides).toEqual({ t: "pro", c: "pro", k: "con", u: "con", v: "pro", x: "none" });
  });

  it("says both when paths disagree", () => {
    const doc = buildMap({ t: { kind: "thesis" }, a: {}, b: {} }, [
      ["a", "support", "t"],
      ["b", "support", "a"],
      ["b", "attack", "t"],
    ]);
    expect(thesisSides(doc).sides.b).toBe("both");
  });

  it("can be asked about another node, and has no thesis in a map without one", () => {
    const doc = workedExample();
    expect(thesisSides(doc, "k").sides).toEqual({ t: "none", c: "none", k: "pro", r: "con" });
    const none = buildMap({ a: {} });
    expect(thesisSides(none)).toEqual({ thesisId: undefined, sides: { a: "none" } });
  });
});
