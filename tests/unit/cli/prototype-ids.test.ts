/** Ids named after Object.prototype members are data to the command-line tool, like any other id. */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main";
import { memoryIo } from "../../helpers/memory-io";
import { prototypeNamedMap } from "../../helpers/prototype-map";

const ids = prototypeNamedMap().nodes.map((node) => node.id);

async function run(args: string[]) {
  const io = memoryIo({ "map.json": JSON.stringify(prototypeNamedMap()) });
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

describe("a map whose ids are prototype member names", () => {
  it("validates and converts to the same map", async () => {
    expect((await run(["validate", "map.json"])).code).toBe(0);
    const converted = await run(["convert", "map.json"]);
    expect(converted.code).toBe(0);
    expect(JSON.parse(converted.out)).toEqual(prototypeNamedMap());
  });

  it("prints a strength for every node under its own id", async () => {
    const { code, out } = await run(["score", "map.json", "--json"]);
    expect(code).toBe(0);
    const strengths = JSON.parse(out).strengths;
    expect(Object.keys(strengths)).toEqual(ids);
    for (const id of ids) expect(typeof strengths[id]).toBe("number");
    // The critique is attacked by an unattacked rebuttal, so it ends below its base of 0.5.
    expect(strengths.valueOf).toBeLessThan(0.5);
  });

  it("prints a grounded label for every node under its own id", async () => {
    const { code, out } = await run(["score", "map.json", "--semantics", "grounded", "--json"]);
    expect(code).toBe(0);
    const labels = JSON.parse(out).labels;
    expect(Object.keys(labels)).toEqual(ids);
    // Read as an own property: the __proto__ accessor would answer with the prototype instead.
    expect(Object.getOwnPropertyDescriptor(labels, "__proto__")?.value).toBe("in");
    expect(labels.valueOf).toBe("out");
    expect(labels.constructor).toBe("in");
  });

  it("names every node in the readable table", async () => {
    const { code, out } = await run(["score", "map.json"]);
    expect(code).toBe(0);
    for (const id of ids) expect(out).toContain(id);
    expect(out).not.toMatch(/NaN|function|\[object/);
  });
});
