/**
 * The overview in the canvas's corner: the whole map as coloured blocks on a canvas, drawn once each
 * time the map changes, and the part in view as a frame over it, moved on every pan and zoom without
 * drawing the map again (React Flow's minimap draws an SVG element per node and repaints them all each
 * frame, which on a map of thousands costs more than the frame has). Dragging on it moves the view
 * there; the wheel zooms.
 */
import { useReactFlow, useStoreApi } from "@xyflow/react";
import { type PointerEvent, useCallback, useEffect, useRef, type WheelEvent } from "react";
import { type BlockScene, drawScene, readPalette } from "./block-scene";

const WIDTH = 200;
const HEIGHT = 150;
const PADDING = 6;
/** The longest an overview waits for an idle moment to be redrawn. */
const IDLE_WAIT_MS = 300;

/** Runs `work` when the page is next idle (soon anyway); returns what cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

interface Fit {
  zoom: number;
  x: number;
  y: number;
}

/** Where the whole map sits in the overview: centred, as large as fits. */
function fitOf(scene: BlockScene): Fit | null {
  const { bounds } = scene;
  if (!bounds) return null;
  const width = Math.max(1, bounds.maxX - bounds.minX);
  const height = Math.max(1, bounds.maxY - bounds.minY);
  const zoom = Math.min((WIDTH - PADDING * 2) / width, (HEIGHT - PADDING * 2) / height);
  return {
    zoom,
    x: (WIDTH - width * zoom) / 2 - bounds.minX * zoom,
    y: (HEIGHT - height * zoom) / 2 - bounds.minY * zoom,
  };
}

export function MapOverview({ scene }: { scene: BlockScene }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const fit = useRef<Fit | null>(null);
  const store = useStoreApi();
  const { setCenter, getZoom, zoomTo } = useReactFlow();

  // The frame follows the view: a style change per move, no React render.
  const placeFrame = useCallback(() => {
    const { transform, width, height } = store.getState();
    const element = frame.current;
    const at = fit.current;
    if (!element || !at) return;
    const [x, y, zoom] = transform;
    const scale = at.zoom / zoom;
    element.style.transform = `translate(${-x * scale + at.x}px, ${-y * scale + at.y}px)`;
    element.style.width = `${width * scale}px`;
    element.style.height = `${height * scale}px`;
  }, [store]);
  useEffect(() => store.subscribe(placeFrame), [store, placeFrame]);

  // Redrawn once the page is idle after a change of the map, not in the commit of the edit that made it:
  // reading the palette there made the browser work out the styles of the whole page at once, and the
  // loop over every block is the edit's cost again. Until then the overview shows the map a moment old.
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context) return;
    const draw = () => {
      const ratio = window.devicePixelRatio || 1;
      element.width = WIDTH * ratio;
      element.height = HEIGHT * ratio;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, WIDTH, HEIGHT);
      fit.current = fitOf(scene);
      if (fit.current)
        drawScene(context, scene, fit.current, { width: WIDTH, height: HEIGHT }, readPalette(element), false);
      // The map's shape, and with it the overview's scale, may have changed.
      placeFrame();
    };
    return whenIdle(draw);
  }, [scene, placeFrame]);

  const moveTo = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const at = fit.current;
      if (!at) return;
      const box = event.currentTarget.getBoundingClientRect();
      const flowX = (event.clientX - box.left - at.x) / at.zoom;
      const flowY = (event.clientY - box.top - at.y) / at.zoom;
      void setCenter(flowX, flowY, { zoom: getZoom() });
    },
    [setCenter, getZoom],
  );
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    moveTo(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    void zoomTo(getZoom() * (event.deltaY < 0 ? 1.2 : 1 / 1.2));
  };

  return (
    <div
      className="map-overview nopan nowheel"
      role="img"
      aria-label="Overview of the whole map"
      style={{ width: WIDTH, height: HEIGHT }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onWheel={onWheel}
    >
      <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
      <div ref={frame} className="map-overview-frame" />
    </div>
  );
}
