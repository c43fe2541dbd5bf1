/** Steps the editing tests share: a blank map to start from, the canvas, and the map as exported. */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import type { ArgumentMap } from "../../src/model/schema";
import { viewAtRest } from "./browser";

export const canvasNodes = (page: Page) => page.locator(".react-flow__node");
export const flowNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
export const inlineEditor = (page: Page) => page.locator("textarea.inline-text-editor");

/** Opens the library, makes a new blank map, closes the library and focuses the canvas. */
export async function openBlankMap(page: Page): Promise<void> {
  await page.locator(".map-canvas .react-flow__node").first().waitFor({ state: "visible" });
  await page.getByRole("button", { name: "Library", exact: true }).click();
  await page.getByRole("button", { name: "New blank map" }).click();
  await page.getByRole("heading", { level: 1, name: "Untitled map" }).waitFor();
  await page.locator(".keep-library").getByRole("button", { name: "Close" }).click();
  await canvasNodes(page).first().waitFor({ state: "detached" });
  await focusCanvas(page);
}

export async function focusCanvas(page: Page): Promise<void> {
  await page.locator(".map-canvas .react-flow").focus();
}

/** Types into the inline editor that a new node opens, and keeps the words with Ctrl+Enter. */
export async function typeNodeText(page: Page, text: string): Promise<void> {
  await inlineEditor(page).waitFor({ state: "visible" });
  await page.keyboard.type(text);
  await page.keyboard.press("Control+Enter");
  await inlineEditor(page).waitFor({ state: "detached" });
}

/** The open map, as the Export JSON button downloads it. */
export async function exportedMap(page: Page): Promise<ArgumentMap> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const path = await download.path();
  return JSON.parse(await readFile(path, "utf8")) as ArgumentMap;
}

/** "kind: text" of each node, and "from-text relation to-text" of each edge, for readable assertions. */
export function describeMap(doc: ArgumentMap): { nodes: string[]; edges: string[] } {
  const text = new Map(doc.nodes.map((node) => [node.id, node.text]));
  return {
    nodes: doc.nodes.map((node) => `${node.kind}: ${node.text}`),
    edges: doc.edges.map((edge) => `${text.get(edge.from)} ${edge.relation} ${text.get(edge.to) ?? edge.to}`),
  };
}

export const nodeWithText = (page: Page, text: string) =>
  page.locator(".react-flow__node").filter({ has: page.locator(".argument-node-title", { hasText: text }) });

/** Builds a thesis with two supporting claims by keyboard, on a blank map. */
export async function buildThesisWithTwoClaims(page: Page): Promise<void> {
  await openBlankMap(page);
  await page.keyboard.press("t");
  await typeNodeText(page, "Thesis");
  await page.keyboard.press("s");
  await typeNodeText(page, "Claim A");
  await page.keyboard.press("n");
  await typeNodeText(page, "Claim B");
  await showWholeMap(page);
}

/** The start view (key 0), which shows a small map whole, once its animation is over. */
export async function showWholeMap(page: Page): Promise<void> {
  await page.locator(".map-canvas .react-flow").focus();
  await page.keyboard.press("0");
  await viewAtRest(page);
}

/** The middle of an edge's line on screen. */
export async function edgeMiddle(page: Page, edgeId: string): Promise<{ x: number; y: number }> {
  return page.locator(`.react-flow__edge[data-id="${edgeId}"] path.relation-path`).evaluate((element) => {
    const path = element as SVGPathElement;
    const point = path.getPointAtLength(path.getTotalLength() / 2);
    const matrix = path.getScreenCTM();
    if (!matrix) throw new Error("the edge is not drawn");
    return {
      x: point.x * matrix.a + point.y * matrix.c + matrix.e,
      y: point.x * matrix.b + point.y * matrix.d + matrix.f,
    };
  });
}

export async function centreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const box = await nodeWithText(page, text).boundingBox();
  if (!box) throw new Error(`no node "${text}" on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from the dot on top of a node to a point on screen, as a person draws a relation. */
export async function dragConnection(
  page: Page,
  fromText: string,
  to: { x: number; y: number },
): Promise<void> {
  const from = nodeWithText(page, fromText);
  await from.hover();
  const handle = await from.locator(".connect-handle").boundingBox();
  if (!handle) throw new Error(`no handle on "${fromText}"`);
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await page.mouse.down();
  // Each move in a frame of its own, as a hand moves: the connection line follows frame by frame.
  for (const point of [{ x: to.x + 20, y: to.y + 20 }, to]) {
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await page.mouse.up();
}
