/**
 * The prep checklist of both sides: for each, the critiques against its case that nothing answers yet,
 * its weakest supports, its claims with no evidence beneath them, and its points that move the thesis
 * most its way (their Shapley contributions to its strength, worked out off the page when they are
 * sampled). Every item is a button that selects its point and brings it into view on the canvas.
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
import { useApp, useDocumentStore, useScoreStore } from "../app-context";
import { useContributions } from "../scoring/use-contributions";

const SIDES: readonly DebateSide[] = ["for", "against"];

export function PrepChecklistSection() {
  const doc = useDocumentStore((state) => state.doc);
  const semantics = useScoreStore((state) => state.semantics);
  const results = useScoreStore((state) => state.results);
  const thesisId = useMemo(() => doc.nodes.find((node) => node.kind === "thesis")?.id ?? null, [doc.nodes]);
  const thesisShares = useContributions(results, thesisId);
  const thesisContributions = thesisShares.status === "ready" ? thesisShares.report : null;
  // Moving points, folding or tidying (the view) changes none of the lists: only the graph and the map's facts do.
  const { nodes, edges, map } = doc;
  // biome-ignore lint/correctness/useExhaustiveDependencies: doc is read for its graph and facts alone, listed
  const checklists = useMemo(() => {
    const flow = computeFlow(doc);
    const strengths = computeStrengths(doc, semantics);
    return SIDES.map((side) => prepChecklist(doc, side, { flow, strengths, semantics, thesisContributions }));
  }, [nodes, edges, map, semantics, thesisContributions]);

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
        empty={
          checklist.keyPointsPending
            ? "Working out each point's share of the thesis's strength…"
            : "No point of this side moves the thesis its way yet."
        }
      />
      <p className="prep-note">
        Each point's share of the thesis's change from its base score, the shares of all points adding up to
        the change
        {checklist.keyPointsEstimated
          ? "; estimated from sampled orders, as many points reach the thesis"
          : ""}
        .
      </p>
    </section>
  );
}

function ItemGroup(props: {
  title: string;
  items: readonly ChecklistItem[];
  ordered?: boolean;
  empty?: string;
}) {
  const { selectNode } = useApp().commands.explore;
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
