/**
 * The prep checklist of both sides: for each, the critiques against its case that nothing answers yet,
 * its weakest supports, its claims with no evidence beneath them, and its points that move the thesis
 * most its way. Every item is a button that selects its point and brings it into view on the canvas.
 */
import { useMemo } from "react";
import {
  type ChecklistItem,
  computeFlow,
  computeStrengths,
  type PrepChecklist,
  prepChecklist,
} from "../../analysis";
import type { DebateSide } from "../../model/debate-formats";
import { useDocumentStore, useScoreStore } from "../../store/app-stores";
import { selectNode } from "../explore/commands";
import { impactLimit } from "./impact-budget";

const SIDES: readonly DebateSide[] = ["for", "against"];

export function PrepChecklistSection() {
  const doc = useDocumentStore((state) => state.doc);
  const semantics = useScoreStore((state) => state.semantics);
  // Moving points, folding or tidying (the view) changes none of the lists: only the graph and the map's facts do.
  const { nodes, edges, map } = doc;
  // biome-ignore lint/correctness/useExhaustiveDependencies: doc is read for its graph and facts alone, listed
  const checklists = useMemo(() => {
    const flow = computeFlow(doc);
    const strengths = computeStrengths(doc, semantics);
    const limit = impactLimit(doc.nodes.length);
    return SIDES.map((side) => prepChecklist(doc, side, { flow, strengths, semantics, impactLimit: limit }));
  }, [nodes, edges, map, semantics]);

  return (
    <div className="prep-checklists">
      {checklists.map((checklist) => (
        <SideChecklist key={checklist.side} checklist={checklist} />
      ))}
    </div>
  );
}

function SideChecklist({ checklist }: { checklist: PrepChecklist }) {
  const title = `${checklist.sideName}: what to prepare`;
  return (
    <section className={`prep-side side-${checklist.side}`} aria-label={title}>
      <h3>{title}</h3>
      <ItemGroup title="Critiques against the case, not answered yet" items={checklist.unansweredCritiques} />
      <ItemGroup title="Weakest supports of the case" items={checklist.weakestSupports} />
      <ItemGroup title="Claims without evidence" items={checklist.claimsWithoutEvidence} />
      <ItemGroup
        title="Points that move the thesis most"
        items={checklist.keyPoints}
        ordered
        empty="No point of this side moves the thesis its way yet."
      />
      {checklist.keyPointsLeftOut > 0 && (
        <p className="prep-note">
          {checklist.keyPointsLeftOut} more {checklist.keyPointsLeftOut === 1 ? "point was" : "points were"}{" "}
          not measured, to keep the tab quick on a map this size.
        </p>
      )}
    </section>
  );
}

function ItemGroup(props: {
  title: string;
  items: readonly ChecklistItem[];
  ordered?: boolean;
  empty?: string;
}) {
  const List = props.ordered ? "ol" : "ul";
  return (
    <section className="prep-group" aria-label={props.title}>
      <h4>
        {props.title} <span className="prep-count">({props.items.length})</span>
      </h4>
      {props.items.length === 0 ? (
        <p className="prep-none">{props.empty ?? "None."}</p>
      ) : (
        <List>
          {props.items.map((item) => (
            <li key={item.nodeId}>
              <button
                type="button"
                className="prep-item"
                data-node-id={item.nodeId}
                onClick={() => selectNode(item.nodeId, { center: true })}
              >
                {item.message}
              </button>
            </li>
          ))}
        </List>
      )}
    </section>
  );
}
