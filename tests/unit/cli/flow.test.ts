import { describe, expect, it } from "vitest";
import { citeSheet, computeFlow, flowGrid } from "../../../src/analysis";
import { runCli } from "../../../src/cli/main";
import { citeSheetMarkdown } from "../../../src/io/sheets/cite-sheet-markdown";
import { tableCsv } from "../../../src/io/sheets/csv";
import type { ArgumentMap } from "../../../src/model/schema";
import { memoryIo } from "../../helpers/memory-io";
import { prototypeNamedMap } from "../../helpers/prototype-map";
import { changed, smallMap } from "../../helpers/small-map";

/**
 * The small map as a policy round: the thesis and its case in the 1AC, the critique in the 1NC, the
 * rebuttal in the 2AC, and the 2NC extending the critique with new evidence.
 */
function policyRound(): ArgumentMap {
  const doc = smallMap();
  doc.map.debate = { format: "policy", motion: "Resolved: schools should require uniforms." };
  doc.nodes.push({
    id: "x",
    kind: "claim",
    text: "Pupils in uniform report feeling less like themselves.",
  });
  doc.edges.push({ id: "e5", from: "x", to: "k", relation: "support" });
  const speeches: Record<string, string> = { t: "1AC", c: "1AC", ev: "1AC", k: "1NC", r: "2AC", x: "2NC" };
  doc.nodes = doc.nodes.map((node) => ({ ...node, speech: speeches[node.id] as string }));
  return doc;
}

async function flow(doc: unknown, ...flags: string[]) {
  const io = memoryIo({ "map.json": JSON.stringify(doc) });
  const code = await runCli(["flow", "map.json", ...flags], io);
  return { code, out: io.out, err: io.err };
}

describe("warrant flow --json", () => {
  it("prints exactly one object: the format, the speeches in order with their points, and the drops", async () => {
    const result = await flow(policyRound(), "--json");
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(JSON.parse(result.out)).toEqual({
      format: "policy",
      speeches: [
        { id: "1AC", side: "for", points: ["t", "c", "ev"] },
        { id: "1NC", side: "against", points: ["k"] },
        { id: "2AC", side: "for", points: ["r"] },
        { id: "2NC", side: "against", points: ["x"] },
        { id: "1NR", side: "against", points: [] },
        { id: "1AR", side: "for", points: [] },
        { id: "2NR", side: "against", points: [] },
        { id: "2AR", side: "for", points: [] },
      ],
      // The 1NC answered the thesis, and with it the case beneath it (the claim and its evidence); the
      // 2NC extended the critique but left the 2AC's rebuttal unanswered.
      dropped: [{ id: "r", side: "for", speech: "2AC", droppedIn: "2NC" }],
    });
    expect(Object.keys(JSON.parse(result.out))).toEqual(["format", "speeches", "dropped"]);
    expect(Object.keys(JSON.parse(result.out).dropped[0])).toEqual(["id", "side", "speech", "droppedIn"]);
  });

  it("reads a map without a debate block as a classroom round", async () => {
    const result = await flow(smallMap(), "--json");
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.out);
    expect(printed.format).toBe("classroom");
    expect(printed.speeches.map((speech: { id: string }) => speech.id)).toEqual(["OF", "OA", "RF", "RA"]);
    expect(printed.dropped).toEqual([]);
  });

  it("warns on standard error about a format it does not know, and reads the map as classroom", async () => {
    const doc = policyRound();
    doc.map.debate = { format: "oxford" };
    const result = await flow(doc, "--json");
    expect(result.code).toBe(0);
    expect(result.err).toContain('warning: map.debate.format: "oxford" is not a debate format');
    expect(JSON.parse(result.out).format).toBe("classroom");
  });

  it("keeps ids named like prototype members apart", async () => {
    const doc = prototypeNamedMap();
    doc.nodes = doc.nodes.map((node, i) => ({ ...node, speech: i === 2 ? "OA" : "OF" }));
    const printed = JSON.parse((await flow(doc, "--json")).out);
    expect(printed.speeches[0].points).toEqual(["constructor", "toString", "__proto__", "hasOwnProperty"]);
    expect(printed.speeches[1].points).toEqual(["valueOf"]);
  });
});

describe("warrant flow", () => {
  it("prints each speech with its points and marks the drops", async () => {
    const result = await flow(policyRound());
    expect(result.code).toBe(0);
    expect(result.out).toContain("1AC, First affirmative constructive (Affirmative)");
    expect(result.out).toMatch(/rebuttal +r +dropped in 2NC +Expression has other outlets\./);
    expect(result.out).toMatch(/claim +c {2,}Uniforms reduce bullying\./);
    expect(result.out).toContain("1NR, First negative rebuttal (Negative): no points");
    expect(result.out).toContain("1 dropped point.");
  });

  it("exits as score does: 1 for an invalid map, 2 for bad usage or a missing file", async () => {
    const invalid = memoryIo({
      "map.json": changed((d) => void ((d.nodes[0] as { kind: string }).kind = "opinion")),
    });
    expect(await runCli(["flow", "map.json"], invalid)).toBe(1);
    expect(invalid.out).toBe("");
    const missing = memoryIo();
    expect(await runCli(["flow", "nothing.json"], missing)).toBe(2);
    const unknown = memoryIo({ "map.json": JSON.stringify(smallMap()) });
    expect(await runCli(["flow", "map.json", "--semantics", "x"], unknown)).toBe(2);
    expect(unknown.err).toBe("warrant: unknown option --semantics\n");
  });

  it("reads standard input", async () => {
    const io = memoryIo({}, JSON.stringify(policyRound()));
    expect(await runCli(["flow", "-", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out).format).toBe("policy");
  });
});

describe("warrant flow --csv", () => {
  it("prints the flow sheet as CSV, the same table the app exports, and refuses --json with it", async () => {
    const doc = policyRound();
    const result = await flow(doc, "--csv");
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toBe(tableCsv(flowGrid(doc, computeFlow(doc))));
    const lines = result.out.split("\r\n");
    expect(lines[0]?.split(",")).toHaveLength(8);
    // The rebuttal (2AC) sits on the critique's row (1NC), which is the thesis's row.
    expect(lines[1]?.split(",").slice(0, 3)).toEqual([
      "Schools should require uniforms.",
      "Uniforms limit expression.",
      "Expression has other outlets.",
    ]);
    const both = await flow(doc, "--csv", "--json");
    expect(both.code).toBe(2);
    expect(both.err).toContain("choose one");
  });
});

describe("warrant flow --cites", () => {
  it("prints the round's cite sheet, the same Markdown the app saves, and refuses another output with it", async () => {
    const doc = policyRound();
    doc.nodes = doc.nodes.map((node) =>
      node.id === "ev"
        ? { ...node, card: { tag: "Uniforms cut bullying", cite: "Smith 2020, Survey" } }
        : node,
    );
    const result = await flow(doc, "--cites");
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toBe(citeSheetMarkdown(citeSheet(doc, computeFlow(doc))));
    expect(result.out.split("\n")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^## 1AC, /),
        "1. **Uniforms cut bullying**: Smith 2020, Survey",
      ]),
    );
    const two = await flow(doc, "--cites", "--csv");
    expect(two.code).toBe(2);
    expect(two.err).toBe("warrant: --csv and --cites are different outputs; choose one\n");
  });
});
