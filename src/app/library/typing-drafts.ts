/**
 * Words typed into a point that never reached the map: the page crashed or was killed while the field
 * had them (a page that is closed gives them to the map first). The draft kept as they were typed
 * (store/persistence/typing-draft.ts) is offered back when that map opens again, as one edit to undo
 * like any other; offered once, then forgotten.
 */
import { updateNode } from "../../model/operations/nodes";
import type { ArgumentMap } from "../../model/schema";
import { isBlank, shortenText } from "../../model/text";
import type { StorageLike } from "../../store/persistence/storage-port";
import {
  clearTypingDraft,
  type DraftField,
  readTypingDraft,
  writeTypingDraft,
} from "../../store/persistence/typing-draft";
import type { AppStores } from "../create-stores";

const FIELD_NAMES: Record<DraftField, string> = {
  text: "text",
  label: "label",
  notes: "notes",
  attribution: "“Argued by”",
};

/** Keeps the words of a field of a point of library map `mapId` as they are typed. */
export function keepTyping(
  storage: StorageLike,
  mapId: string,
  nodeId: string,
  field: DraftField,
  text: string,
) {
  writeTypingDraft(storage, { mapId, nodeId, field, text });
}

/** The field's words were given to the map, or put back: nothing of them is left to keep. */
export function typingDone(storage: StorageLike, nodeId: string, field: DraftField): void {
  const draft = readTypingDraft(storage);
  if (draft && draft.nodeId === nodeId && draft.field === field) clearTypingDraft(storage);
}

/** Offers back the words a crash left of map `mapId`, now open as `doc`, unless the map has them already. */
export function offerLeftTyping(
  storage: StorageLike,
  stores: AppStores,
  mapId: string,
  doc: ArgumentMap,
): void {
  const draft = readTypingDraft(storage);
  if (!draft || draft.mapId !== mapId) return;
  clearTypingDraft(storage);
  const node = doc.nodes.find((candidate) => candidate.id === draft.nodeId);
  if (!node || (node[draft.field] ?? "") === draft.text) return;
  if (draft.field === "text" && isBlank(draft.text)) return;
  const name = node.label ?? shortenText(node.text, 40);
  const { nodeId, field, text } = draft;
  stores.notices
    .getState()
    .notify(
      "warning",
      `Words typed into the ${FIELD_NAMES[field]} of “${name}” were not kept when the page last closed: “${shortenText(text, 80)}”.`,
      {
        lasting: true,
        aboutMap: mapId,
        action: {
          label: "Put them back",
          run: () => {
            let refusal: string | null = null;
            const guarded = stores.document.getState().applyEdit((current) => {
              const result = updateNode(current, nodeId, { [field]: isBlank(text) ? undefined : text });
              if (result.ok) return result.doc;
              refusal = result.reason;
              return current;
            });
            const why = guarded ?? refusal;
            if (why === null) stores.notices.getState().dismissLasting();
            else
              stores.notices
                .getState()
                .notify("error", `Those words could not be put back: ${why}.`, { lasting: true });
          },
        },
      },
    );
}
