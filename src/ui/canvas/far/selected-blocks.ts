/**
 * The selected points drawn over the far view's blocks, as the canvas marks a selected node (canvas.css,
 * .argument-node.is-selected): a dark outline with an amber glow, a few pixels wide however small the
 * block, so a selected point stays in sight on a map zoomed far out.
 */
import { NODE_SIZE } from "../../layout/layout-graph";
import type { BlockScene, Palette, SceneTransform } from "./block-scene";

const OUTLINE = "#1d2433";
const GLOW = "rgba(242, 193, 78, 0.8)";
/** The ring around a selected block, in CSS pixels. */
const RING = 3;

const places = new WeakMap<readonly string[], Map<string, number>>();

/** Where each point is in the scene's arrays, worked out once per scene (a dragged copy shares its ids). */
export function placeOf(scene: BlockScene, id: string): number {
  let place = places.get(scene.ids);
  if (!place) {
    place = new Map(scene.ids.map((each, i) => [each, i]));
    places.set(scene.ids, place);
  }
  return place.get(id) ?? -1;
}

export function drawSelectedBlocks(
  context: CanvasRenderingContext2D,
  scene: BlockScene,
  transform: SceneTransform,
  selected: ReadonlySet<string>,
  palette: Palette,
): void {
  if (selected.size === 0) return;
  const { zoom } = transform;
  const w = Math.max(1, NODE_SIZE.width * zoom);
  const h = Math.max(1, NODE_SIZE.height * zoom);
  const corners: [number, number, number][] = [];
  for (const id of selected) {
    const i = placeOf(scene, id);
    if (i === -1) continue;
    corners.push([
      (scene.x[i] as number) * zoom + transform.x,
      (scene.y[i] as number) * zoom + transform.y,
      scene.kind[i] as number,
    ]);
  }
  context.beginPath();
  for (const [x, y] of corners) context.rect(x - RING * 2, y - RING * 2, w + RING * 4, h + RING * 4);
  context.fillStyle = GLOW;
  context.fill();
  for (const [x, y, kind] of corners) {
    context.fillStyle = palette.kinds[kind] ?? OUTLINE;
    context.fillRect(x, y, w, h);
  }
  context.beginPath();
  for (const [x, y] of corners) context.rect(x - RING, y - RING, w + RING * 2, h + RING * 2);
  context.lineWidth = 1.5;
  context.strokeStyle = OUTLINE;
  context.stroke();
}
