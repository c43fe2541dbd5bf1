/**
 * Warnings after an import, in the reader's words: grouped by what they say, naming the points, without
 * the format's paths (`nodes[7]:`) or field values (`kind "thesis"`), and ids that keep their letters.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import { asciiLetters, IdAllocator } from "../../../src/io/formats/id-allocator";
import { warningsInWords } from "../../../src/io/warning-words";
import { formatWarnings } from "../../../src/model/format-warnings";
import type { ArgumentMap } from "../../../src/model/schema";
import { memoryIo } from "../../helpers/memory-io";
import { readShared, sharedDataPresent } from "../../helpers/shared-data";

function lonelyMap(count: number): ArgumentMap {
  return {
    format: "argument-map",
    version: 3,
    map: { id: "m", title: "Lonely" },
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `p${i + 1}`,
      kind: "claim",
      text: `Point ${i + 1}.`,
    })),
    edges: [],
  } as ArgumentMap;
}

describe("warningsInWords", () => {
  it("says a warning about many points once, naming five and counting the rest", () => {
    const lines = warningsInWords(formatWarnings(lonelyMap(12)));
    expect(lines).toEqual([
      "no point is marked as the thesis, the main claim the map argues about",
      "12 points are not connected to any other point: p1, p2, p3, p4, p5 and 7 more",
    ]);
  });

  it("never shows a path or a field value of the format", () => {
    const doc = lonelyMap(3);
    doc.nodes.push(
      { id: "t1", kind: "thesis", text: "One." },
      { id: "t2", kind: "thesis", text: "Two." },
      { id: "ev", kind: "evidence", text: "A study." },
      { id: "r", kind: "rebuttal", text: "A reply." },
    );
    doc.edges.push(
      { id: "e1", from: "r", to: "t1", relation: "attack" },
      { id: "e2", from: "ev", to: "t2", relation: "support" },
    );
    const lines = warningsInWords(formatWarnings(doc));
    expect(lines).toContain("2 points are marked as theses; a map usually argues about one main claim");
    expect(lines).toContain("1 piece of evidence cites no source: ev");
    expect(lines).toContain("1 reply attacks a point that is not an objection: r → t1");
    for (const line of lines) expect(line).not.toMatch(/nodes\[|kind "|edges\[/);
  });

  it("says one point attacks itself and several attack themselves", () => {
    const selfAttacks = (n: number) => {
      const doc = lonelyMap(n);
      for (const node of doc.nodes)
        doc.edges.push({ id: `e-${node.id}`, from: node.id, to: node.id, relation: "attack" });
      return warningsInWords(formatWarnings(doc));
    };
    expect(selfAttacks(1)).toContain("1 point attacks itself: p1");
    expect(selfAttacks(2)).toContain("2 points attack themselves: p1, p2");
  });
});

describe("ids keep their letters", () => {
  it("spells letters outside ASCII in ASCII", () => {
    const ids = new IdAllocator();
    expect(ids.fresh("Bio nur für Reiche")).toBe("Bio_nur_fuer_Reiche");
    expect(ids.fresh("Café crème")).toBe("Cafe_creme");
    expect(ids.fresh("Привет мир")).toBe("Privet_mir");
    expect(asciiLetters("Straße Øresund")).toBe("Strasse Oresund");
  });
});

describe.runIf(sharedDataPresent("argdown"))("the Argdown sample on the command line", () => {
  it("names untitled statements once and keeps the letters of German titles", async () => {
    const io = memoryIo({ "veggie.argdown": readShared("argdown", "argdown__veggie_debate.argdown") });
    expect(await runCli(["convert", "veggie.argdown"], io)).toBe(0);
    expect(io.out).toContain('"id": "Bio_nur_fuer_Reiche"');
    expect(io.err).toMatch(/dropped: \d+ statements have no title in the file; they were named “Untitled_1”/);
    expect(io.err).not.toMatch(/nodes\[|kind "thesis"|f_r/);
  });
});
