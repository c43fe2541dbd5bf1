/**
 * Marking the framework of a case on the flow sheet, in a format that has one (Lincoln-Douglas: the value
 * and the criterion that weighs it): each press moves a point's mark to the next part of the framework,
 * then off. The mark is `meta["warrant:framework"]` on the point, one undo step; the sheet shows it as a tag.
 */
import type { EditResult } from "../../model/operations";
import { updateNode } from "../../model/operations";
import { refused } from "../../model/operations/results";
import type { ArgNode, ArgumentMap } from "../../model/schema";

export const FRAMEWORK_KEY = "warrant:framework";

export function frameworkOf(node: ArgNode): string | undefined {
  const mark = node.meta?.[FRAMEWORK_KEY];
  return typeof mark === "string" ? mark : undefined;
}

export function cycleFramework(doc: ArgumentMap, id: string, framework: readonly string[]): EditResult {
  if (framework.length === 0) return refused("this format has no framework (value and criterion) to mark");
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (!node) return refused(`there is no point "${id}"`);
  const current = frameworkOf(node);
  const next = framework[current === undefined ? 0 : framework.indexOf(current) + 1];
  const { [FRAMEWORK_KEY]: _was, ...rest } = node.meta ?? {};
  const meta = next === undefined ? rest : { ...rest, [FRAMEWORK_KEY]: next };
  return updateNode(doc, id, { meta: Object.keys(meta).length > 0 ? meta : undefined });
}
