/**
 * Filters by kind, tag and attribution. Within one facet any chosen value passes (claims or evidence);
 * across facets all must pass (critiques by Ku & Nzelibe). An empty facet does not filter.
 */
import type { ArgNode, NodeKind } from "../../model/schema";

export interface NodeFilters {
  kinds: readonly NodeKind[];
  tags: readonly string[];
  attributions: readonly string[];
}

export const NO_FILTERS: NodeFilters = { kinds: [], tags: [], attributions: [] };

export function filtersActive(filters: NodeFilters): boolean {
  return filters.kinds.length > 0 || filters.tags.length > 0 || filters.attributions.length > 0;
}

export function passesFilters(node: ArgNode, filters: NodeFilters): boolean {
  if (filters.kinds.length > 0 && !filters.kinds.includes(node.kind)) return false;
  if (filters.tags.length > 0 && !(node.tags ?? []).some((tag) => filters.tags.includes(tag))) return false;
  if (filters.attributions.length > 0) {
    if (node.attribution === undefined || !filters.attributions.includes(node.attribution)) return false;
  }
  return true;
}

/** The ids that pass, or null when no filter is set (so nothing needs dimming). */
export function passingIds(nodes: readonly ArgNode[], filters: NodeFilters): Set<string> | null {
  if (!filtersActive(filters)) return null;
  const passing = new Set<string>();
  for (const node of nodes) if (passesFilters(node, filters)) passing.add(node.id);
  return passing;
}

export interface FilterOption {
  value: string;
  count: number;
}

/** The tags and attributions used in the map, most used first, to offer as filter choices. */
export function filterOptions(nodes: readonly ArgNode[]): {
  tags: FilterOption[];
  attributions: FilterOption[];
} {
  const tags = new Map<string, number>();
  const attributions = new Map<string, number>();
  for (const node of nodes) {
    for (const tag of new Set(node.tags ?? [])) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    if (node.attribution) attributions.set(node.attribution, (attributions.get(node.attribution) ?? 0) + 1);
  }
  return { tags: ranked(tags), attributions: ranked(attributions) };
}

function ranked(counts: Map<string, number>): FilterOption[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
