/**
 * A point's classroom marks on the canvas: a lock when the assignment locks it, who added it, and, when
 * the class view asks for it, how much the class disagrees about its score. Subscribed to this point's
 * own values only, so one point's change re-renders no other.
 */

import { memo } from "react";
import { pointAgreement } from "../../analysis";
import { isLocked } from "../../model/classroom";
import { nodeRecord } from "../../store/records";
import { useClassView, useDocumentStore } from "../app-context";
import { LockIcon } from "./LockIcon";
import { formatScore, spreadLevel } from "./spread-format";

export const NodeClassMarks = memo(function NodeClassMarks({ id }: { id: string }) {
  const locked = useDocumentStore((state) => isLocked(state.doc, id));
  const addedBy = useDocumentStore((state) => nodeRecord(state.doc, id)?.addedBy);
  const ratings = useDocumentStore((state) => nodeRecord(state.doc, id)?.ratings);
  const showAuthors = useClassView((state) => state.showAuthors);
  const showSpread = useClassView((state) => state.showSpread);
  const agreement = showSpread && ratings && ratings.length > 0 ? pointAgreement(id, ratings) : null;
  if (!locked && !(showAuthors && addedBy) && !agreement) return null;
  return (
    <div className="argument-node-class">
      {locked ? (
        <span className="argument-node-lock" title="Locked by the teacher">
          <LockIcon label="Locked by the teacher" />
        </span>
      ) : null}
      {showAuthors && addedBy ? <span className="argument-node-author">added by {addedBy}</span> : null}
      {agreement ? (
        <span
          className={`argument-node-spread spread-${spreadLevel(agreement.spread)}`}
          title={`${agreement.count} ratings, mean ${formatScore(agreement.mean)}, from ${formatScore(agreement.lowest)} to ${formatScore(agreement.highest)}`}
        >
          ±{formatScore(agreement.spread)}
        </span>
      ) : null}
    </div>
  );
});
