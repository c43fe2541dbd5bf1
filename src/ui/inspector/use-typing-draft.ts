/**
 * Keeps the words of a field of a point in storage as they are typed, until they are given to the map or
 * put back (see app/library/typing-drafts.ts): what a crash would otherwise take with the page.
 */
import { useEffect } from "react";
import type { DraftField } from "../../store/persistence/typing-draft";
import { useApp } from "../app-context";

export interface DraftPlace {
  nodeId: string;
  field: DraftField;
}

/** `draft`: the words in the field; `committed`: what the map holds for it. */
export function useTypingDraft(place: DraftPlace | undefined, draft: string, committed: string): void {
  const { keep } = useApp();
  const nodeId = place?.nodeId;
  const field = place?.field;
  useEffect(() => {
    if (nodeId === undefined || field === undefined) return;
    if (draft !== committed) keep.keepTyping(nodeId, field, draft);
    else keep.typingDone(nodeId, field);
  }, [keep, nodeId, field, draft, committed]);
  // A field that goes (Escape, another point) takes its words with it: they were given or put back.
  useEffect(() => {
    if (nodeId === undefined || field === undefined) return;
    return () => keep.typingDone(nodeId, field);
  }, [keep, nodeId, field]);
}
