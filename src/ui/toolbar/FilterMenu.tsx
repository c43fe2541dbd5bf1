/**
 * Filters by kind, tag and attribution: nodes that do not pass are dimmed, so the shape of the debate
 * stays in view around what the reader is looking for.
 */
import { useMemo } from "react";
import { KIND_NAMES } from "../../model/names";
import { NODE_KINDS, type NodeKind } from "../../model/schema";
import { type FilterOption, filterOptions } from "../../store/explore/node-filters";
import type { NodeFilterState } from "../../store/ui-store";
import { useDocumentStore, useUiStore } from "../app-context";
import { KIND_ICONS } from "../canvas/node-appearance";
import { useMenuToggle } from "./use-menu-toggle";

const NO_OPTIONS: ReturnType<typeof filterOptions> = { tags: [], attributions: [] };

export function FilterMenu() {
  const { open, close, buttonProps, containerRef } = useMenuToggle("filter-panel");
  const filters = useUiStore((state) => state.filters);
  const setFilters = useUiStore((state) => state.setFilters);
  const nodes = useDocumentStore((state) => state.doc.nodes);
  // Counted only while the menu is open: sorting every tag by name costs a few ms on a big map.
  const options = useMemo(() => (open ? filterOptions(nodes) : NO_OPTIONS), [open, nodes]);
  const active = filters.kinds.length + filters.tags.length + filters.attributions.length;

  const toggle = <K extends keyof NodeFilterState>(facet: K, value: NodeFilterState[K][number]) => {
    const current = filters[facet] as readonly string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ ...filters, [facet]: next });
  };

  return (
    <div className="filter-menu" ref={containerRef}>
      <button {...buttonProps}>Filters{active > 0 ? ` (${active})` : ""}</button>
      {open ? (
        <div id="filter-panel" className="filter-panel">
          <fieldset>
            <legend>Kind</legend>
            {NODE_KINDS.map((kind: NodeKind) => (
              <label key={kind} className="filter-choice">
                <input
                  type="checkbox"
                  checked={filters.kinds.includes(kind)}
                  onChange={() => toggle("kinds", kind)}
                />
                <span aria-hidden="true">{KIND_ICONS[kind]}</span> {KIND_NAMES[kind]}
              </label>
            ))}
          </fieldset>
          <ChoiceList
            legend="Tag"
            options={options.tags}
            chosen={filters.tags}
            onToggle={(v) => toggle("tags", v)}
          />
          <ChoiceList
            legend="Attribution"
            options={options.attributions}
            chosen={filters.attributions}
            onToggle={(v) => toggle("attributions", v)}
          />
          <div className="filter-actions">
            <button
              type="button"
              disabled={active === 0}
              onClick={() => setFilters({ kinds: [], tags: [], attributions: [] })}
            >
              Clear filters
            </button>
            <button type="button" onClick={close}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function ChoiceList(props: {
  legend: string;
  options: readonly FilterOption[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
}) {
  if (props.options.length === 0) return null;
  return (
    <fieldset className="filter-list">
      <legend>{props.legend}</legend>
      <div className="filter-scroll">
        {props.options.map(({ value, count }) => (
          <label key={value} className="filter-choice">
            <input
              type="checkbox"
              checked={props.chosen.includes(value)}
              onChange={() => props.onToggle(value)}
            />
            {value} <span className="filter-count">({count})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
