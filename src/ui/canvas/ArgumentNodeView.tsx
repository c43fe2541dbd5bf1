/** One argument on the canvas: its kind, its label (or the start of its text) and who makes it. */
import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import type { ArgNode } from "../../model/schema";
import type { ArgumentFlowNode } from "./flow-elements";

const KIND_NAMES: Record<ArgNode["kind"], string> = {
  thesis: "Thesis",
  claim: "Claim",
  evidence: "Evidence",
  critique: "Critique",
  rebuttal: "Rebuttal",
};

function ArgumentNodeViewImpl({ data, selected }: NodeProps<ArgumentFlowNode>) {
  const node = data.node;
  return (
    <div
      className={`argument-node kind-${node.kind}${selected ? " is-selected" : ""}`}
      data-node-id={node.id}
    >
      <Handle type="source" position={Position.Top} />
      <div className="argument-node-kind">{KIND_NAMES[node.kind]}</div>
      <div className="argument-node-title">{node.label ?? shorten(node.text, 110)}</div>
      {node.attribution ? <div className="argument-node-attribution">{node.attribution}</div> : null}
      <Handle type="target" position={Position.Bottom} />
    </div>
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export const ArgumentNodeView = memo(ArgumentNodeViewImpl);
