/**
 * What @argdown/core reads from an Argdown file, as plain values to compare two files by: each statement's
 * and argument's data (without the fields Warrant's writer adds of its own), tags and section, the outline
 * of headings (title, level, data), each premise-conclusion structure with its inference lines, and the
 * syntax errors.
 */
import { officialArgdown } from "./official-argdown";

/** Fields Warrant's Argdown writer puts in a point's data itself; a file's own data never needs them. */
const WARRANT_FIELDS = new Set(["kind", "id", "label", "base", "attribution", "untitled", "group"]);

function personal(data: unknown): string | undefined {
  if (data === null || typeof data !== "object") return data === undefined ? undefined : JSON.stringify(data);
  const kept = Object.entries(data).filter(([key]) => !WARRANT_FIELDS.has(key));
  return kept.length > 0 ? JSON.stringify(Object.fromEntries(kept)) : undefined;
}

interface Section {
  title?: string;
  level?: number;
  data?: unknown;
  children?: Section[];
}

function outline(sections: readonly Section[] | undefined): string[] {
  return (sections ?? []).flatMap((s) => [
    `${"#".repeat(s.level ?? 0)} ${s.title} ${JSON.stringify(s.data ?? null)}`,
    ...outline(s.children),
  ]);
}

export function argdownFacts(text: string) {
  const r = officialArgdown(text);
  const sorted = <T>(record: Record<string, T> | undefined) =>
    Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    errors: [...(r.lexerErrors ?? []), ...(r.parserErrors ?? [])].map((e) => e.message),
    statements: sorted(r.statements).map(([title, ec]) => ({
      title,
      data: personal(ec.data),
      tags: ec.tags ?? [],
      section: ec.section ? `${ec.section.level} ${ec.section.title}` : undefined,
    })),
    arguments: sorted(r.arguments).map(([title, argument]) => ({
      title,
      data: personal(argument.data),
      tags: argument.tags ?? [],
      pcs: (argument.pcs ?? []).map((s) => {
        const inference = (s as { inference?: { inferenceRules?: string[]; data?: unknown } }).inference;
        return {
          title: s.title,
          role: s.role,
          rules: inference?.inferenceRules ?? [],
          inferenceData: JSON.stringify(inference?.data ?? null),
        };
      }),
    })),
    outline: outline(r.sections as Section[] | undefined),
  };
}
