/**
 * The long fuzz run (`npm run fuzz`): every hostile input at full size, and random mutations of real
 * files, through every command that reads a file, each in a real process of the built executable. Prints
 * how many inputs and runs, refusals (exit 1, 2, or 3 in words), results (exit 0), crashes (any fault
 * the short run asserts against: a stack trace, an unexpected failure, a changed -o file), hangs (past
 * the time limit), and the largest memory and time any run took, with which run.
 *
 *   npm run fuzz -- [--mutations N] [--timeout SECONDS] [--seed N]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FUZZ_COMMANDS, faults, fixtureSeeds, OLD_OUTPUT } from "../tests/helpers/fuzz-cases";
import { type HostileInput, hostileInputs, mutate } from "../tests/helpers/hostile-inputs";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const mutations = option("mutations", 100);
const timeoutSeconds = option("timeout", 60);
let seed = option("seed", 1);
/** A small fixed generator, so a run can be repeated with its seed. */
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const dir = mkdtempSync(join(tmpdir(), "warrant-fuzz-"));
const inputs: HostileInput[] = hostileInputs(1);
const seeds = fixtureSeeds(process.cwd());
for (let i = 0; i < mutations; i++) {
  const from = seeds[Math.floor(random() * seeds.length)] as { file: string; text: string };
  let text = from.text;
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) text = mutate(text, random);
  inputs.push({ name: `mutation ${i + 1} of ${from.file}`, file: from.file, text });
}

const tally = { runs: 0, refusals: 0, results: 0, crashes: 0, hangs: 0 };
let largestMemory = { kb: 0, run: "" };
let longest = { seconds: 0, run: "" };
const problems: string[] = [];

for (const [index, input] of inputs.entries()) {
  const file = join(dir, `${index}-${input.file}`);
  writeFileSync(file, input.text);
  for (const command of FUZZ_COMMANDS) {
    const output = join(dir, `${index}.out`);
    const stats = join(dir, "stats");
    writeFileSync(output, OLD_OUTPUT);
    const args = command.args(file, output);
    if (input.from && args[0] === "convert") args.push("--from", input.from);
    const run = spawnSync(
      "/usr/bin/time",
      ["-f", "%M %e", "-o", stats, process.execPath, "bin/warrant.js", ...args],
      {
        encoding: "utf8",
        timeout: timeoutSeconds * 1000,
        killSignal: "SIGKILL",
        maxBuffer: 1024 * 1024 * 1024,
      },
    );
    tally.runs++;
    const name = `${input.name} / ${command.name}`;
    if (run.error || run.signal) {
      tally.hangs++;
      problems.push(
        `hang (over ${timeoutSeconds} s or killed: ${run.signal ?? run.error?.message}): ${name}`,
      );
      continue;
    }
    const [kb, seconds] = readFileSync(stats, "utf8").trim().split("\n").pop()?.split(" ").map(Number) ?? [
      0, 0,
    ];
    if ((kb ?? 0) > largestMemory.kb) largestMemory = { kb: kb ?? 0, run: name };
    if ((seconds ?? 0) > longest.seconds) longest = { seconds: seconds ?? 0, run: name };
    const found = faults({
      code: run.status,
      out: run.stdout.slice(0, 100_000),
      err: run.stderr,
      output: readFileSync(output, "utf8"),
      writes: command.writes,
    });
    if (found.length > 0) {
      tally.crashes++;
      problems.push(`crash: ${name}: ${found.join("; ")}: ${run.stderr.split("\n")[0]}`);
    } else if (run.status === 0) tally.results++;
    else tally.refusals++;
  }
  rmSync(file, { force: true });
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `inputs:   ${inputs.length} (${inputs.length - mutations} hostile, ${mutations} mutations of real files)`,
);
console.log(`runs:     ${tally.runs} (${FUZZ_COMMANDS.length} commands each)`);
console.log(`refusals: ${tally.refusals}`);
console.log(`results:  ${tally.results}`);
console.log(`crashes:  ${tally.crashes}`);
console.log(`hangs:    ${tally.hangs} (limit ${timeoutSeconds} s)`);
console.log(`largest memory: ${Math.round(largestMemory.kb / 1024)} MB (${largestMemory.run})`);
console.log(`longest time:   ${longest.seconds} s (${longest.run})`);
for (const line of problems) console.log(line);
process.exitCode = tally.crashes + tally.hangs > 0 ? 1 : 0;
