/**
 * Start-up of the `warrant` command as a whole process against plain `node -e 0`, in the same run,
 * taken in turn so that a change in the machine's speed affects all three alike. Target: at most 3 times
 * plain Node's start-up. Plain JavaScript, so that no TypeScript loader adds to what is measured.
 * Run with `npm run bench:cli` (it builds the command first).
 */
import { spawnSync } from "node:child_process";

const RUNS = Number(process.env.RUNS ?? 21);
const COMMANDS = {
  "node -e 0": ["-e", "0"],
  "warrant --version": ["bin/warrant.js", "--version"],
  "warrant validate fixtures/icc-essay.argmap.json": [
    "bin/warrant.js",
    "validate",
    "fixtures/icc-essay.argmap.json",
  ],
};

function wallMs(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const times = Object.fromEntries(Object.keys(COMMANDS).map((name) => [name, []]));
for (const args of Object.values(COMMANDS)) wallMs(args); // warm the file cache
for (let run = 0; run < RUNS; run++) {
  for (const [name, args] of Object.entries(COMMANDS)) times[name].push(wallMs(args));
}

const node = times["node -e 0"];
console.log(`${RUNS} runs each, wall time, median (min to max):`);
for (const [name, values] of Object.entries(times)) {
  const ratios = values.map((value, run) => value / node[run]);
  const sorted = [...values].sort((a, b) => a - b);
  const spread = `${sorted[0].toFixed(0)} to ${sorted.at(-1).toFixed(0)} ms`;
  const ratio = name === "node -e 0" ? "" : `, ${median(ratios).toFixed(2)}x node (run by run)`;
  console.log(`  ${name}: ${median(values).toFixed(0)} ms (${spread})${ratio}`);
}
