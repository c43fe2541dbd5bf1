/** Checks one record against the format's schema, so an edit can never make the document invalid. */
import type * as z from "zod/mini";
import { formatProblem } from "../problem";
import { describeIssues } from "../schema-issues";

export function recordProblem(schema: z.ZodMiniType, record: object): string | null {
  const result = schema.safeParse(record);
  if (result.success) return null;
  const [first] = describeIssues(result.error.issues, record, 1);
  return first ? formatProblem(first) : "this record is not valid";
}
