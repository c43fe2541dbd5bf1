/**
 * The real third-party files in `shared/data/`, which sits beside the repository (never copied into
 * it). Looked for beside the repository root and then beside each folder above it, so a clone next to
 * `shared/` finds them and so does a worktree one level further down; tests that need them skip,
 * saying why, when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function findSharedData(): string {
  for (let dir = repoRoot; ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared", "data");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(repoRoot, "..", "shared", "data");
  }
}

export const SHARED_DATA = findSharedData();

/** True when the folder of real files is there; false (with a warning) on a machine without it; in CI, a failure. */
export function sharedDataPresent(folder: string): boolean {
  return sharedPathPresent(join(SHARED_DATA, folder));
}

export function sharedPathPresent(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI) throw new Error(`the real files the tests read are missing: ${path} is absent`);
  console.warn(`skipping the tests on real files: ${path} is absent`);
  return false;
}

export function sharedFiles(folder: string, filter: (name: string) => boolean = () => true): string[] {
  if (!sharedDataPresent(folder)) return [];
  const files = readdirSync(join(SHARED_DATA, folder)).filter(filter).sort();
  console.info(
    `reading ${files.length} real file${files.length === 1 ? "" : "s"} from ${join(SHARED_DATA, folder)}`,
  );
  return files;
}

export function readShared(folder: string, name: string): string {
  return readFileSync(join(SHARED_DATA, folder, name), "utf8");
}

/** A hand-written sample kept in tests/fixtures/interop. */
export function readSample(name: string): string {
  return readFileSync(join(repoRoot, "tests", "fixtures", "interop", name), "utf8");
}
