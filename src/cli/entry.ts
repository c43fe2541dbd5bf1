/** Runs the CLI against the real process; `bin/warrant.js` loads this file. */
import { runCli } from "./main";
import { nodeIo } from "./node-io";

const code = await runCli(process.argv.slice(2), nodeIo);
// Let pending writes to a pipe finish before the exit code is set.
process.exitCode = code;
