/**
 * Dung labellings on small frameworks whose extensions are textbook material (Dung 1995; Baroni,
 * Caminada and Giacomin, "An introduction to argumentation semantics", 2011), written as ICCMA APX.
 */
import { describe, expect, it } from "vitest";
import { explainGroundedLabel, extensions, groundedLabelling } from "../../../src/analysis";
import { workedExample } from "./examples";
import { buildMap, fromApx, ring } from "./map-builder";

const inSet = (apx: string) =>
  Object.entries(groundedLabelling(fromApx(apx)).labels)
    .filter(([, label]) => label === "in")
    .map(([id]) => id);

const CLASSICS: Array<{
  name: string;
  apx: string;
  grounded: string[];
  preferred: string[][];
  stable: string[][];
}> = [
  {
    name: "a chain a -> b -> c",
    apx: "arg(a). arg(b). arg(c). att(a,b). att(b,c).",
    grounded: ["a", "c"],
    preferred: [["a", "c"]],
    stable: [["a", "c"]],
  },
  {
    name: "the Nixon diamond (mutual attack)",
    apx: "arg(a). arg(b). att(a,b). att(b,a).",
    grounded: [],
    preferred: [["a"], ["b"]],
    stable: [["a"], ["b"]],
  },
  {
    name: "a mutual attack feeding a chain",
    apx: "arg(a). arg(b). arg(c). arg(d). att(a,b). att(b,a). att(b,c). att(c,d).",
    grounded: [],
    preferred: [
      ["a", "c"],
      ["b", "d"],
    ],
    stable: [
      ["a", "c"],
      ["b", "d"],
    ],
  },
  {
    name: "floating reinstatement",
    apx: "arg(a). arg(b). arg(c). arg(d). att(a,b). att(b,a). att(a,c). att(b,c). att(c,d).",
    grounded: [],
    preferred: [
      ["a", "d"],
      ["b", "d"],
    ],
    stable: [
      ["a", "d"],
      ["b", "d"],
    ],
  },
  {
    name: "an odd cycle attacking an outsider",
    apx: "arg(a). arg(b). arg(c). arg(d). att(a,b). att(b,c). att(c,a). att(c,d).",
    grounded: [],
    preferred: [[]],
    stable: [],
  },
  {
    name: "an unattacked argument breaking into a 3-cycle",
    apx: "arg(a). arg(b). arg(c). arg(x). att(a,b). att(b,c). att(c,a). att(x,a).",
    grounded: ["b", "x"],
    preferred: [["b", "x"]],
    stable: [["b", "x"]],
  },
];

describe("classic frameworks", () => {
  it.each(CLASSICS)("$name", ({ apx, grounded, preferred, stable }) => {
    expect(inSet(apx)).toEqual(grounded);
    expect(extensions(fromApx(apx), "preferred")).toMatchObject({ ok: true, extensions: preferred });
    expect(extensions(fromApx(apx), "stable")).toMatchObject({ ok: true, extensions: stable });
  });

  it("finds one empty extension for an empty framework", () => {
    expect(extensions(buildMap({}), "stable")).toMatchObject({ ok: true, extensions: [[]] });
  });
});

describe("the grounded labelling", () => {
  it("labels the worked example by rounds", () => {
    expect(groundedLabelling(workedExample())).toEqual({
      semantics: "grounded",
      labels: { t: "in", c: "in", k: "out", r: "in" },
      rounds: { t: 3, c: 1, k: 2, r: 1 },
      ignored: { support: 1, undercut: 0 },
    });
  });

  it("explains each label by its round", () => {
    const doc = workedExample();
    const labelling = groundedLabelling(doc);
    const text = (id: string) => explainGroundedLabel(doc, labelling, id)?.text;
    expect(text("r")).toBe("IN in round 1 (unattacked)");
    expect(text("k")).toBe("OUT in round 2 (attacked by r)");
    expect(text("t")).toBe("IN in round 3 (every attacker is OUT: k)");
    expect(explainGroundedLabel(doc, labelling, "nope")).toBeUndefined();
  });

  it("explains UNDEC by the undecided attackers", () => {
    const doc = buildMap({ a: {}, b: {}, s: {} }, [
      ["a", "attack", "b"],
      ["b", "attack", "a"],
      ["s", "attack", "s"],
    ]);
    const labelling = groundedLabelling(doc);
    expect(explainGroundedLabel(doc, labelling, "a")?.text).toBe(
      "UNDEC (no attacker is IN, but b attacks it and is UNDEC)",
    );
    expect(explainGroundedLabel(doc, labelling, "s")?.text).toBe(
      "UNDEC (no attacker is IN, but it attacks itself)",
    );
  });

  it("counts the support and undercut edges it ignored", () => {
    const doc = buildMap({ t: {}, c: {}, u: {}, k: {} }, [
      ["c", "support", "t"],
      ["u", "undercut", "c.support.t"],
      ["k", "attack", "t"],
    ]);
    expect(groundedLabelling(doc).ignored).toEqual({ support: 1, undercut: 1 });
    expect(extensions(doc, "preferred")).toMatchObject({ ignored: { support: 1, undercut: 1 } });
  });
});

describe("preferred and stable extensions", () => {
  it("sort the ids inside each extension and the extensions themselves", () => {
    const doc = fromApx("arg(z). arg(y). arg(b). arg(a). att(z,y). att(y,z). att(b,a). att(a,b).");
    expect(extensions(doc, "preferred")).toMatchObject({
      extensions: [
        ["a", "y"],
        ["a", "z"],
        ["b", "y"],
        ["b", "z"],
      ],
    });
  });

  it("refuse politely above the size limit", () => {
    const result = extensions(ring(62), "preferred");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/62 of them, more than the limit of 60/);
    expect(extensions(ring(62), "preferred", { limit: 70 }).ok).toBe(true);
  });

  it("give up politely when the search runs past its budget", () => {
    const pairs = Array.from(
      { length: 20 },
      (_, i) => `arg(a${i}). arg(b${i}). att(a${i},b${i}). att(b${i},a${i}).`,
    );
    const result = extensions(fromApx(pairs.join(" ")), "preferred", { budget: 10_000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/gave up after 10,000 steps/);
  });
});
