/**
 * Trivial Graph Format as ICCMA used it: one argument per line (an id, then an optional label), a line
 * holding `#`, then one attack per line (`from to`, then an optional label). An argument's label is its
 * words; a label that is one word and a valid map id (as Warrant writes beside a solver name) is that id.
 */

import { isValidId } from "../../../model/ids";
import type { Problem } from "../../../model/problem";
import { MAX_POINTS, MAX_RELATIONS, tooManyPoints, tooManyRelations } from "../../input-limits";
import { plural } from "../export-result";
import { type FrameworkParse, lineProblem, splitLines } from "./framework";

export function parseTgf(text: string): FrameworkParse {
  const args: string[] = [];
  const declared = new Set<string>();
  const attacks: [string, string][] = [];
  const dropped: string[] = [];
  const errors: Problem[] = [];
  const lines = splitLines(text);
  let inEdges = false;
  const labels = new Map<string, string>();
  let edgeLabels = 0;
  for (let i = 0; i < lines.length && errors.length < 100; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    if (!inEdges && line === "#") {
      inEdges = true;
      continue;
    }
    const parts = line.split(/\s+/);
    if (!inEdges) {
      const name = parts[0] as string;
      if (!declared.has(name)) {
        if (parts.length > 1) labels.set(name, line.slice(name.length).trim());
        declared.add(name);
        args.push(name);
        if (args.length > MAX_POINTS) throw tooManyPoints(`line ${i + 1}`);
      }
    } else if (parts.length < 2) {
      errors.push(
        lineProblem(i + 1, `an attack line names two arguments; found ${JSON.stringify(line.slice(0, 40))}`),
      );
    } else {
      if (parts.length > 2) edgeLabels++;
      attacks.push([parts[0] as string, parts[1] as string]);
      if (attacks.length > MAX_RELATIONS) throw tooManyRelations(`line ${i + 1}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (edgeLabels > 0)
    dropped.push(
      `${plural(edgeLabels, "attack label", "attack labels")} (TGF text after the two ids) ${edgeLabels === 1 ? "was" : "were"} dropped`,
    );
  const ids = new Map([...labels].filter(([, label]) => isValidId(label)));
  const unique = new Set(ids.values()).size === ids.size;
  return {
    ok: true,
    framework: {
      args,
      attacks,
      dropped,
      ...(labels.size > 0 ? { texts: labels } : {}),
      ...(ids.size > 0 && unique ? { ids } : {}),
    },
  };
}

/** True when the text has TGF's shape: a `#` line with lines of one or two words around it. */
export function looksLikeTgf(text: string): boolean {
  const lines = splitLines(text)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const hash = lines.indexOf("#");
  if (hash < 1) return false;
  const sample = lines.slice(0, 50);
  return (
    sample.every((line, i) => line === "#" || (i < hash ? /^\S+(\s.*)?$/ : /^\S+\s+\S+/).test(line)) &&
    lines.slice(hash + 1, hash + 50).every((line) => /^\S+\s+\S+/.test(line))
  );
}
