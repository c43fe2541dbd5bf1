/** The relation an undercut questions, in words: "the link A supports B", each end a link that selects it. */

import { RELATION_NAMES } from "../../model/names";
import type { Relation } from "../../model/schema";
import { NodeLink } from "./NodeLink";

export function QuestionedRelation({ from, to, relation }: { from: string; to: string; relation: Relation }) {
  return (
    <span className="questioned-relation">
      <span className="questioned-label">the link</span> <NodeLink id={from} />{" "}
      <span className={`relation-word relation-${relation}`}>{RELATION_NAMES[relation]}</span>{" "}
      <NodeLink id={to} />
    </span>
  );
}
