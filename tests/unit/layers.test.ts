/**
 * The layers of docs/architecture.md, read from the import statements of every source file: each layer
 * imports only the layers below it, and the app (its stores and commands) is made in main.tsx alone, so
 * no view holds a store of its own and no module makes state when it is imported.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

/** What each layer may import, by folder under src/. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: ["model"],
  io: ["io", "model"],
  analysis: ["analysis", "model"],
  store: ["store", "io", "analysis", "model"],
  app: ["app", "store", "io", "analysis", "model"],
  ui: ["ui", "app", "store", "io", "analysis", "model"],
  cli: ["cli", "io", "analysis", "model"],
};

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function importsOf(path: string): Import[] {
  const text = readFileSync(path, "utf8");
  const found: Import[] = [];
  const pattern =
    /\bimport\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[2] ?? match[3] ?? "";
    if (!specifier.startsWith(".")) continue;
    const target = relative(SRC, join(dirname(path), specifier))
      .split(sep)
      .join("/");
    // Data beside the code (the package's version, the essay's fixture) belongs to no layer.
    if (target.startsWith("..")) continue;
    found.push({ file: relative(SRC, path).split(sep).join("/"), target, typeOnly: match[1] !== undefined });
  }
  return found;
}

const layerOf = (path: string) => path.split("/")[0] ?? "";
const all = sourceFiles(SRC).flatMap(importsOf);

describe("the layers", () => {
  it("reads the imports of every layer", () => {
    for (const layer of Object.keys(MAY_IMPORT)) {
      expect(all.some((found) => layerOf(found.file) === layer)).toBe(true);
    }
  });

  it("import only the layers below them", () => {
    const upward = all.filter((found) => {
      const allowed = MAY_IMPORT[layerOf(found.file)];
      return allowed !== undefined && !allowed.includes(layerOf(found.target));
    });
    expect(upward.map((found) => `${found.file} imports ${found.target}`)).toEqual([]);
  });

  it("make the app in main.tsx alone: views reach it through context, never by making one", () => {
    const makers = all.filter(
      (found) =>
        !found.typeOnly &&
        (found.target === "app/create-app" || found.target === "app/create-stores") &&
        found.file !== "app/create-app.ts",
    );
    expect(makers.map((found) => found.file)).toEqual(["main.tsx"]);
  });

  it("make no store when a module is imported: zustand's create is called inside a factory only", () => {
    const atTopLevel = sourceFiles(SRC).filter((path) => {
      const text = readFileSync(path, "utf8");
      return /from "zustand"/.test(text) && /^(export )?(const|let) \w+\s*=\s*create\b/m.test(text);
    });
    expect(atTopLevel.map((path) => relative(SRC, path))).toEqual([]);
  });
});
