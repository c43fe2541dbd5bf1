// Running npm and system commands from the set-up scripts, which are plain JavaScript so that they run
// before any dependency is installed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The project's root folder, wherever the script is started from. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
export const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

/** Runs a command in the project's root with the terminal attached; a failure ends this process with its code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}
