/**
 * What floats over the canvas while editing: the message of the last editing action, the relation
 * picker after a connecting drag, the context menu, and the `?` list of every key. Each shows itself
 * from the edit store; the list of keys (its code: the list and the dialog) loads the first time it is
 * asked for.
 */

import { useEditStore } from "../app-context";
import { ContextMenu } from "../edit/ContextMenu";
import { EditToast } from "../edit/EditToast";
import { RelationPicker } from "../edit/RelationPicker";
import { onDemandWhile } from "../on-demand/on-demand";

const ShortcutsDialog = onDemandWhile(
  () => useEditStore((state) => state.shortcutsOpen),
  "the list of shortcuts",
  () => import("../edit/ShortcutsDialog").then((m) => m.ShortcutsDialog),
  { floating: true },
);

export function CanvasPopovers() {
  return (
    <>
      <EditToast />
      <RelationPicker />
      <ContextMenu />
      <ShortcutsDialog />
    </>
  );
}
