/**
 * Semantic zoom: below the zoom at which a node's own words can be read, the most important points are
 * named in labels of a readable size (see choose-labels.ts and label-importance.ts), more of them as the
 * reader zooms in, none overlapping one another or what floats over the canvas. They are chosen again
 * whenever the zoom changes; while the view pans they move with it (one style change a frame) and are
 * chosen for the new view once it rests.
 */
import { useStoreApi } from "@xyflow/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { nodeRecord, nodeTitle } from "../../../store/records";
import { useDocumentStore, useExploreView } from "../../app-context";
import { layoutGraphOf, NODE_SIZE } from "../../layout/layout-graph";
import { FAR_BELOW_ZOOM } from "../card-zoom";
import type { BlockScene } from "../far/block-scene";
import { useFloatingBoxes } from "../use-floating-boxes";
import { chooseLabels, type LabelCandidate, type PlacedLabel } from "./choose-labels";
import { importanceOrder } from "./label-importance";
import { FONT, labelHeight } from "./label-size";

/** The characters' width is a generous average for the app's font. */
const CHARACTER_WIDTH = 0.62;
const PADDING = 10;
const MAX_WIDTH = 220;
const MAX_CHARACTERS = 60;
/** After a pan has rested this long, labels are chosen for the new view. */
const SETTLE_MS = 150;

interface Label extends LabelCandidate {
  text: string;
  thesis: boolean;
}

function useLabelCandidates(scene: BlockScene): Label[] {
  const doc = useDocumentStore((state) => state.doc);
  const structure = useExploreView((view) => view.structure);
  const hidden = useExploreView((view) => view.collapse.hidden);
  const order = useMemo(() => {
    const graph = layoutGraphOf(structure, hidden);
    return Array.from(
      importanceOrder(graph, (id) => structure.kinds.get(id)),
      (i) => graph.ids[i] as string,
    );
  }, [structure, hidden]);
  return useMemo(() => {
    const place = new Map(scene.ids.map((id, i) => [id, i]));
    const labels: Label[] = [];
    for (const id of order) {
      const i = place.get(id);
      const record = nodeRecord(doc, id);
      if (i === undefined || !record) continue;
      const thesis = record.kind === "thesis";
      const text = nodeTitle(record, MAX_CHARACTERS);
      const font = thesis ? FONT.thesis : FONT.other;
      labels.push({
        id,
        text,
        thesis,
        x: (scene.x[i] as number) + NODE_SIZE.width / 2,
        y: (scene.y[i] as number) + NODE_SIZE.height / 2,
        width: Math.min(MAX_WIDTH, Math.ceil(text.length * font * CHARACTER_WIDTH) + PADDING),
        height: labelHeight(font),
      });
    }
    return labels;
  }, [doc, order, scene]);
}

export function LabelLayer({ scene }: { scene: BlockScene }) {
  const candidates = useLabelCandidates(scene);
  const store = useStoreApi();
  const floating = useFloatingBoxes();
  const layer = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<PlacedLabel[]>([]);
  const textOf = useMemo(() => new Map(candidates.map((label) => [label.id, label])), [candidates]);

  useEffect(() => {
    let placedFor: { x: number; y: number; zoom: number; width: number; height: number } | null = null;
    let settle = 0;
    const place = () => {
      const { transform, width, height } = store.getState();
      const [x, y, zoom] = transform;
      placedFor = { x, y, zoom, width, height };
      setChosen(chooseLabels(candidates, { x, y, zoom, width, height }, { blocked: floating() }));
      if (layer.current) layer.current.style.transform = "";
    };
    const update = () => {
      const { transform, width, height } = store.getState();
      const [x, y, zoom] = transform;
      if (width === 0 || height === 0) return;
      if (zoom >= FAR_BELOW_ZOOM) {
        if (placedFor) setChosen([]);
        placedFor = null;
        return;
      }
      if (!placedFor || placedFor.zoom !== zoom || placedFor.width !== width || placedFor.height !== height) {
        place();
        return;
      }
      if (x === placedFor.x && y === placedFor.y) return;
      // A pan moves the labels with the map, and they are chosen again for the new view once it rests.
      if (layer.current)
        layer.current.style.transform = `translate(${x - placedFor.x}px, ${y - placedFor.y}px)`;
      window.clearTimeout(settle);
      settle = window.setTimeout(place, SETTLE_MS);
    };
    update();
    const unsubscribe = store.subscribe(update);
    return () => {
      unsubscribe();
      window.clearTimeout(settle);
    };
  }, [store, candidates, floating]);

  return (
    <div className="label-layer" aria-hidden="true">
      <div ref={layer} className="label-layer-moving">
        {chosen.map((box) => {
          const label = textOf.get(box.id);
          return (
            <span
              key={box.id}
              className={label?.thesis ? "map-label is-thesis" : "map-label"}
              data-label-for={box.id}
              style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
            >
              {label?.text}
            </span>
          );
        })}
      </div>
    </div>
  );
}
