/**
 * The short fuzz run: every hostile input (at a small scale) and random mutations of real files, through
 * every command that reads a file. Each run must end in words (exit 0, 1 or 2), print no stack trace
 * (not even through the console, where a library might log one), and leave -o as it was unless it
 * succeeded. `npm run fuzz` runs the same at full scale through the real executable, and times it.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/main";
import { FUZZ_COMMANDS, type FuzzCommand, faults, fixtureSeeds, OLD_OUTPUT } from "../helpers/fuzz-cases";
import { hostileInputs, mutate } from "../helpers/hostile-inputs";
import { memoryIo } from "../helpers/memory-io";

const OUTPUT = "out.file";

/** Runs one command on one file in memory and lists what went wrong. */
async function fuzzRun(command: FuzzCommand, file: string, text: string): Promise<string[]> {
  const io = memoryIo({ [file]: text, [OUTPUT]: OLD_OUTPUT });
  const code = await runCli(command.args(file, OUTPUT), io);
  return faults({ code, out: io.out, err: io.err, output: io.files.get(OUTPUT), writes: command.writes });
}

describe("every command on hostile input", () => {
  const logged: string[] = [];
  beforeEach(() => {
    logged.length = 0;
    for (const method of ["error", "warn", "log", "info"] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...parts: unknown[]) => void logged.push(parts.join(" ")),
      );
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(hostileInputs(0.02).map((input) => [input.name, input] as const))(
    "%s ends in words, with no stack trace and no partial output",
    async (_, input) => {
      for (const command of FUZZ_COMMANDS) {
        const found = await fuzzRun(command, input.file, input.text);
        expect({ command: command.name, found }).toEqual({ command: command.name, found: [] });
      }
      expect(logged).toEqual([]);
    },
  );

  it("random mutations of real files end in words, with no stack trace and no partial output", async () => {
    const seeds = fixtureSeeds(process.cwd());
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(FUZZ_COMMANDS.length - 1),
        fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
        async (seedIndex, changes, commandIndex, randoms) => {
          const seed = seeds[seedIndex] as { file: string; text: string };
          const random = () => randoms.next().value as number;
          let text = seed.text;
          for (let i = 0; i < changes; i++) text = mutate(text, random);
          const command = FUZZ_COMMANDS[commandIndex] as FuzzCommand;
          expect(await fuzzRun(command, seed.file, text)).toEqual([]);
          expect(logged).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
