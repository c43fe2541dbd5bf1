/**
 * Turns zod's issues into problems a student can act on: "nodes[3].base: is 1.4; it must be at most 1"
 * rather than "Too big: expected number to be <=1".
 */
import type * as z from "zod/mini";
import { type PathSegment, type Problem, problem } from "./problem";
import { CURRENT_VERSION, LIMITS, NODE_KINDS, RELATIONS } from "./schema";
import { codePointLength } from "./text";

type Issue = z.core.$ZodIssue;

export function describeIssues(issues: readonly Issue[], root: unknown, cap: number): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is PathSegment => typeof key !== "symbol");
    const branch = customFormatBranch(issue, valueAt(root, path), path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push(problem([...path, key], unknownFieldMessage(key)));
      }
    } else if (branch) {
      const prefixed = branch.map((inner) => ({ ...inner, path: [...path, ...inner.path] }));
      problems.push(...describeIssues(prefixed, root, cap - problems.length));
    } else {
      problems.push(problem(path, describeIssue(issue, valueAt(root, path), path)));
    }
    if (problems.length >= cap) return problems.slice(0, cap);
  }
  return problems;
}

/**
 * A debate format written out as an object is one branch of the format field's union (an id, or a
 * custom format): its problems are the custom format's own, each where it is, not "no branch fits".
 */
function customFormatBranch(issue: Issue, value: unknown, path: readonly PathSegment[]): Issue[] | undefined {
  if (issue.code !== "invalid_union" || path.at(-1) !== "format" || path.at(-2) !== "debate")
    return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return issue.errors.find(
    (issues) => !issues.some((inner) => inner.code === "invalid_type" && inner.path.length === 0),
  );
}

export function unknownFieldMessage(key: string): string {
  return `${JSON.stringify(key)} is not a field of format v${CURRENT_VERSION} (custom data belongs in "meta")`;
}

function describeIssue(issue: Issue, value: unknown, path: PathSegment[]): string {
  const field = path[path.length - 1];
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return "is missing";
      return `should be ${expectedWords(issue.expected)}, not ${valueWords(value)}`;
    case "too_big":
      return tooBig(issue, value);
    case "too_small":
      return tooSmall(issue, value);
    case "invalid_format":
      if (issue.format === "regex")
        return `${JSON.stringify(value)} is not a valid id: use 1-${LIMITS.idLength} letters, digits, _ - . or :`;
      if (issue.format === "datetime")
        return `${JSON.stringify(value)} is not a date and time such as 2026-11-28T10:00:00.000Z`;
      return `${JSON.stringify(value)} is not in the expected form (${issue.format})`;
    case "invalid_value":
      if (field === "kind")
        return `${JSON.stringify(value)} is not a kind of node; use one of ${NODE_KINDS.join(", ")}`;
      if (field === "relation")
        return `${JSON.stringify(value)} is not a relation; use one of ${RELATIONS.join(", ")}`;
      return `${JSON.stringify(value)} is not allowed here; use ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    case "invalid_union":
      if (value === undefined) return "is missing";
      if (field === "format" && path.at(-2) === "debate") {
        return `should be a format's id (such as "policy") or a custom format (a name and its speeches), not ${valueWords(value)}`;
      }
      return "holds a value that is not plain JSON";
    case "invalid_key":
      return "has a key that is not allowed";
    case "invalid_element":
      return "holds a value that is not allowed";
    case "custom":
      return issue.message;
    default:
      return issue.message;
  }
}

function tooBig(issue: z.core.$ZodIssueTooBig, value: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === "string" && typeof value === "string") {
    return `is ${codePointLength(value)} characters long; the limit is ${max}`;
  }
  if (issue.origin === "array" && Array.isArray(value))
    return `has ${value.length} entries; the limit is ${max}`;
  if (issue.origin === "number")
    return `is ${String(value)}; it must be ${issue.inclusive ? "at most" : "less than"} ${max}`;
  return `is too large; the limit is ${max}`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === "string") return min <= 1 ? "is empty" : `must be at least ${min} characters long`;
  if (issue.origin === "array") return `must have at least ${min} entries`;
  if (issue.origin === "number") {
    return `is ${String(value)}; it must be ${issue.inclusive ? "at least" : "greater than"} ${min}`;
  }
  return `is too small; the minimum is ${min}`;
}

function expectedWords(expected: string): string {
  switch (expected) {
    case "string":
      return "text";
    case "number":
      return "a number";
    case "array":
      return "a list";
    case "object":
    case "record":
      return "an object";
    case "boolean":
      return "true or false";
    default:
      return expected;
  }
}

function valueWords(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
