/**
 * Presentation mode's actions: starting it (full screen when the browser allows, otherwise over the
 * whole window), leaving it, and adding the selected points as a step of a saved presentation. These
 * stay small, for the first screen's code: the view itself loads when a presentation first starts.
 */
import { addPresentationStep } from "../../model/operations";
import type { FullScreenPort } from "../app-environment";
import type { AppStores } from "../create-stores";
import type { EditCommands } from "./edit-commands";
import type { SelectionCommands } from "./selection-commands";

export function createPresentCommands(
  stores: AppStores,
  editing: EditCommands,
  selection: SelectionCommands,
  fullScreen: FullScreenPort | null,
) {
  const { edit } = editing;
  const { selectedNodeIds } = selection;
  /** Whether presentation mode asked for full screen (so leaving full screen leaves the presentation). */
  let enteredFullScreen = false;

  /** Starts with the presentation shown last, or the map's first saved one, or the walk from the thesis. */
  function startPresentation(): void {
    const saved = stores.document.getState().doc.presentations ?? [];
    const store = stores.presentation.getState();
    const last = saved.some((presentation) => presentation.id === store.presentationId);
    store.start(last ? store.presentationId : (saved[0]?.id ?? null));
    // Asked for here, in the click or key that starts the presentation: browsers grant full screen only then.
    enterFullScreen();
  }

  function closePresentation(): void {
    stores.presentation.getState().close();
    if (enteredFullScreen && fullScreen?.active()) fullScreen.exit();
    enteredFullScreen = false;
  }

  /** Escape in full screen is the browser's: it leaves full screen, and the presentation goes with it. */
  function onFullScreenChange(): void {
    if (enteredFullScreen && !fullScreen?.active()) closePresentation();
  }

  function enterFullScreen(): void {
    if (!fullScreen || fullScreen.active()) return;
    fullScreen.enter().then(
      (entered) => {
        enteredFullScreen = entered;
      },
      () => {
        // Refused (a browser policy, an embedding frame): the presentation covers the window instead.
      },
    );
  }

  /**
   * The selected points as the next step of the presentation shown last (or the map's first, or a new
   * one): one change to the map, so it is saved with it and one undo takes it back.
   */
  function addSelectionAsStep(): void {
    const doc = stores.document.getState().doc;
    const chosen = stores.presentation.getState().presentationId;
    const target = doc.presentations?.some((presentation) => presentation.id === chosen)
      ? chosen
      : (doc.presentations?.[0]?.id ?? null);
    const focus = stores.selection.getState().primaryId ?? undefined;
    const added = edit((current) => addPresentationStep(current, target, selectedNodeIds(), focus));
    if (!added.ok) return;
    stores.presentation.getState().choose(added.presentationId);
    const title = added.doc.presentations?.find((p) => p.id === added.presentationId)?.title ?? "";
    stores.notices
      .getState()
      .notify("info", `Added step ${added.stepCount} to “${title}”. Press P to present it.`);
  }

  return { startPresentation, closePresentation, onFullScreenChange, addSelectionAsStep };
}

export type PresentCommands = ReturnType<typeof createPresentCommands>;
