/**
 * A score on the canvas re-renders only when that node's own base or strength changes: what-if edits
 * on a big map must not repaint every node. Counted through the one call each strength render makes, on
 * a map of a few dozen nodes (RENDER_NODES=1000 for a big one).
 */
import { act } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import { generateDebate } from "../../src/model/generate-debate";
import { updateNode } from "../../src/model/operations";
import type { ArgumentMap } from "../../src/model/schema";
import { NodeScore } from "../../src/ui/scoring/NodeScore";
import { strengthWords } from "../../src/ui/scoring/score-format";
import { renderInApp, stopTestApps, testApp } from "../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

vi.mock("../../src/ui/scoring/score-format", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/ui/scoring/score-format")>();
  return { ...original, strengthWords: vi.fn(original.strengthWords) };
});

const renders = vi.mocked(strengthWords);
const NODES = Number(process.env.RENDER_NODES ?? 30);

function renderScores(doc: ArgumentMap) {
  return renderInApp(
    app,
    <div>
      {doc.nodes.map((node) => (
        <NodeScore key={node.id} id={node.id} />
      ))}
    </div>,
  );
}

function changedStrengths(before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>) {
  return Object.keys(after).filter((id) => before[id] !== after[id]);
}

describe("re-renders of scores", () => {
  beforeEach(() => {
    app.stores.document.getState().openDocument(generateDebate({ nodes: NODES, seed: 5 }));
    app.stores.score.setState({ showLabels: false });
    app.stores.score.getState().setSemantics("dfquad");
  });

  it("re-renders the edited node and the nodes whose strength moved, nothing else", () => {
    const { doc } = app.stores.document.getState();
    const view = renderScores(doc);
    expect(view.container.querySelectorAll(".node-score")).toHaveLength(NODES);
    // A node that argues about something, so the edit moves strengths above it too.
    const edited = doc.edges.find((edge) => edge.relation === "attack")?.from as string;
    const before = app.stores.score.getState().results.strengths;

    renders.mockClear();
    act(() =>
      app.stores.document.getState().applyEdit((current) => {
        const result = updateNode(current, edited, { base: 0.05 });
        if (!result.ok) throw new Error(result.reason);
        return result.doc;
      }),
    );
    const moved = new Set([
      edited,
      ...changedStrengths(before, app.stores.score.getState().results.strengths),
    ]);
    expect(moved.size).toBeGreaterThan(1);
    expect(moved.size).toBeLessThan(NODES / 2);
    expect(renders.mock.calls.length).toBe(moved.size);
    const shown = view.container.querySelector(`[aria-label^="strength"][title]`);
    expect(shown).not.toBeNull();
  });

  it("re-renders nothing when only the view changes", () => {
    renderScores(app.stores.document.getState().doc);
    renders.mockClear();
    act(() => app.stores.document.getState().updateView((view) => ({ ...view, collapsed: ["n1"] })));
    expect(renders.mock.calls.length).toBe(0);
  });

  it("re-renders every node whose strength another semantics changes", () => {
    renderScores(app.stores.document.getState().doc);
    const before = app.stores.score.getState().results.strengths;
    renders.mockClear();
    act(() => app.stores.score.getState().setSemantics("h-categorizer"));
    const moved = changedStrengths(before, app.stores.score.getState().results.strengths);
    expect(moved.length).toBeGreaterThan(0);
    expect(renders.mock.calls.length).toBe(moved.length);
  });
});
