/**
 * Most test files share one module registry (vite.config.ts), so a file that replaces a module with
 * vi.mock must be listed to get a registry of its own; otherwise its mock leaks into the files after it,
 * or theirs into it, depending on the order the files happen to run in.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { MOCKING_TEST_FILES } from "../../vite.config";

const ROOT = join(import.meta.dirname, "..", "..");
const MOCKS_A_MODULE = /\bvi\.(mock|doMock)\(/;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(ROOT, path).split(sep).join("/")] : [];
  });
}

describe("test files that mock a module", () => {
  const all = testFiles(join(ROOT, "tests"));

  it("are all listed in MOCKING_TEST_FILES, so each gets a module registry of its own", () => {
    const mocking = all.filter((file) => MOCKS_A_MODULE.test(readFileSync(join(ROOT, file), "utf8")));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((file) => !MOCKING_TEST_FILES.includes(file))).toEqual([]);
  });

  it("are component tests, the only kind the isolated project runs, and still exist", () => {
    for (const file of MOCKING_TEST_FILES) {
      expect(all).toContain(file);
      expect(file).toMatch(/^tests\/component\/.*\.test\.tsx$/);
    }
  });
});
