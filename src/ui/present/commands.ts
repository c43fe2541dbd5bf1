/**
 * Presentation mode's actions: starting it (full screen when the browser allows, otherwise over the
 * whole window), leaving it, and adding the selected points as a step of a saved presentation. These
 * stay small, for the first screen's code: the view itself loads when a presentation first starts.
 */
import { addPresentationStep } from "../../model/operations";
import { useDocumentStore, useEditStore, usePresentation, useUiStore } from "../../store/app-stores";
import { edit } from "../edit/commands";
import { selectedNodeIds } from "../edit/selection";

/** Whether presentation mode asked for full screen (so leaving full screen leaves the presentation). */
let enteredFullScreen = false;

/** Starts with the presentation shown last, or the map's first saved one, or the walk from the thesis. */
export function startPresentation(): void {
  const saved = useDocumentStore.getState().doc.presentations ?? [];
  const store = usePresentation.getState();
  const last = saved.some((presentation) => presentation.id === store.presentationId);
  store.start(last ? store.presentationId : (saved[0]?.id ?? null));
  // Asked for here, in the click or key that starts the presentation: browsers grant full screen only then.
  enterFullScreen();
}

export function closePresentation(): void {
  usePresentation.getState().close();
  if (enteredFullScreen && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  enteredFullScreen = false;
}

/** Escape in full screen is the browser's: it leaves full screen, and the presentation goes with it. */
export function onFullScreenChange(): void {
  if (enteredFullScreen && !document.fullscreenElement) closePresentation();
}

function enterFullScreen(): void {
  const page = document.documentElement;
  if (
    !document.fullscreenEnabled ||
    document.fullscreenElement ||
    typeof page.requestFullscreen !== "function"
  )
    return;
  page.requestFullscreen().then(
    () => {
      enteredFullScreen = true;
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
export function addSelectionAsStep(): void {
  const doc = useDocumentStore.getState().doc;
  const chosen = usePresentation.getState().presentationId;
  const target = doc.presentations?.some((presentation) => presentation.id === chosen)
    ? chosen
    : (doc.presentations?.[0]?.id ?? null);
  const focus = useUiStore.getState().selectedId ?? undefined;
  const added = edit((current) => addPresentationStep(current, target, selectedNodeIds(), focus));
  if (!added.ok) return;
  usePresentation.getState().choose(added.presentationId);
  const title = added.doc.presentations?.find((p) => p.id === added.presentationId)?.title ?? "";
  useEditStore.getState().notify(`Added step ${added.stepCount} to “${title}”. Press P to present it.`);
}
