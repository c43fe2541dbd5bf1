/**
 * A counted request of the canvas (the start view, the whole map) is answered once the canvas has a size
 * and its layout is final: a big map's new layout comes from the layout worker a moment after the request,
 * and the places standing in for it until then are not what the reader asked to see framed.
 */

import { render } from "@testing-library/react";
import { ReactFlowProvider, useStoreApi } from "@xyflow/react";
import { useEffect } from "react";
import { describe, expect, it } from "vitest";
import { useSettlingRequest } from "../../src/ui/canvas/use-settling-request";

function Canvas({
  request,
  ready,
  answer,
  size,
}: {
  request: number;
  ready: boolean;
  answer: () => void;
  size: { width: number; height: number };
}) {
  const store = useStoreApi();
  useEffect(() => store.setState(size), [store, size]);
  useSettlingRequest(request, answer, ready);
  return null;
}

const SIZE = { width: 1000, height: 700 };

function setUp(first: { request: number; ready: boolean }) {
  const answers: number[] = [];
  let current = first;
  const answer = () => answers.push(current.request);
  const view = render(
    <ReactFlowProvider>
      <Canvas {...first} answer={answer} size={SIZE} />
    </ReactFlowProvider>,
  );
  const next = (props: { request: number; ready: boolean; size?: typeof SIZE }) => {
    current = props;
    view.rerender(
      <ReactFlowProvider>
        <Canvas request={props.request} ready={props.ready} answer={answer} size={props.size ?? SIZE} />
      </ReactFlowProvider>,
    );
  };
  return { answers, next };
}

describe("a request of the canvas", () => {
  it("waits for the layout to be final, then is answered once", () => {
    const { answers, next } = setUp({ request: 1, ready: false });
    expect(answers).toEqual([]);
    next({ request: 1, ready: true });
    expect(answers).toEqual([1]);
    next({ request: 1, ready: true });
    expect(answers).toEqual([1]);
  });

  it("is answered at once when the layout is final already, and each new request again", () => {
    const { answers, next } = setUp({ request: 1, ready: true });
    expect(answers).toEqual([1]);
    // The next request comes with a change of layout that the worker has still to lay out.
    next({ request: 2, ready: false });
    expect(answers).toEqual([1]);
    next({ request: 2, ready: true });
    expect(answers).toEqual([1, 2]);
  });

  it("is answered again when the canvas changes size soon after", () => {
    const { answers, next } = setUp({ request: 1, ready: true });
    next({ request: 1, ready: true, size: { width: 700, height: 700 } });
    expect(answers).toEqual([1, 1]);
  });
});
