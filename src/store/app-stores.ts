/**
 * Every store of the app, made and wired together here and nowhere else. Each concern has its module
 * (the open map and its history, the reader's choices, editing, the explore view, scores, the library,
 * and the small stores of dialogs); this is where they learn of one another, through the events of
 * events.ts, in the order written below. Components import the hooks at the bottom and read them
 * through narrow selectors.
 *
 * To add a store: write `createXStore()` in its own module, make it below, add it to `AppStores`, and
 * export its hook. To react to an event: add a listener below. To add an event: see events.ts.
 */
import { formatOfMap } from "../model/debate-formats";
import type { ArgumentMap } from "../model/schema";
import { createBriefViewStore } from "./brief-view-store";
import { createAssignmentIntakeStore } from "./classroom/assignment-intake";
import { createClassMergeStore } from "./classroom/class-merge";
import { createClassViewStore, FRESH_CLASS_VIEW } from "./classroom/class-view";
import { createClassroomDialogsStore } from "./classroom/classroom-dialogs";
import { createClassroomRoleStore } from "./classroom/classroom-role";
import { studentEditGuard } from "./classroom/student-guard";
import { createPrepViewStore } from "./debate/prep-view";
import { createRoundTimerStore } from "./debate/round-timer";
import { createSpeechOutlinesStore } from "./debate/speech-outlines";
import { createDocumentStore } from "./document-store";
import { createEditStore } from "./edit-store";
import { createEphemeralMapStore } from "./ephemeral-map";
import { loadEssayMap } from "./essay-map";
import { type AppEventBus, createEventBus } from "./events";
import { createExploreView } from "./explore/explore-view-store";
import { createImportFlowStore } from "./import-flow-store";
import { createKeepUiStore } from "./keep-ui-store";
import { createKeepStore } from "./persistence/keep-store";
import { CLOSED_PRESENTATION, createPresentationStore } from "./presentation-store";
import { createScoreStore } from "./score-store";
import { sizedScorer } from "./scoring/sized-scorer";
import { scoreWorkerStarter } from "./scoring/start-score-worker";
import { workerScorer } from "./scoring/worker-scorer";
import { createUiStore } from "./ui-store";

export interface AppStoresOptions {
  /** The map open before anything else is (the essay map, read from its fixture, by default). */
  initialDoc?: () => ArgumentMap;
}

export function createAppStores(options: AppStoresOptions = {}) {
  const events: AppEventBus = createEventBus();
  const classroomRole = createClassroomRoleStore();
  const edit = createEditStore();
  // On a student's device every edit of a copy of an assignment keeps the teacher's rules.
  const guard = studentEditGuard(
    () => classroomRole.getState().role,
    (reason) => edit.getState().notify(`Not done: ${reason}.`),
  );
  const document = createDocumentStore(events, (options.initialDoc ?? loadEssayMap)(), guard);
  const openDoc = () => document.getState().doc;
  const ui = createUiStore(events);
  const explore = createExploreView(openDoc, () => ui.getState());
  const score = createScoreStore(openDoc, {
    scorer: sizedScorer(workerScorer(scoreWorkerStarter)),
    onError: (error) => {
      console.error(error);
      const reason = error instanceof Error ? error.message : String(error);
      edit.getState().notify(`${reason} The scores were worked out on this page instead.`);
    },
  });
  const ephemeral = createEphemeralMapStore();
  const keep = createKeepStore();
  const keepUi = createKeepUiStore();
  const briefView = createBriefViewStore();
  const importFlow = createImportFlowStore();
  const assignmentIntake = createAssignmentIntakeStore();
  const classMerge = createClassMergeStore(() => classroomRole.getState().setRole("teacher"));
  const classView = createClassViewStore();
  const classroomDialogs = createClassroomDialogsStore();
  const presentation = createPresentationStore();
  const prepView = createPrepViewStore();
  const speechOutlines = createSpeechOutlinesStore(() => document.getState().libraryId);
  const roundTimer = createRoundTimerStore(formatOfMap(openDoc().map));

  events.on("mapOpened", ({ doc, libraryId }) => {
    ephemeral.getState().mapOpened(doc);
    // What the reader had selected, searched or filtered, and the canvas's selection, belong to the map
    // before; resetting the reader's choices also asks the canvas for the new map's start view.
    ui.getState().resetForNewMap();
    edit.getState().resetForNewMap();
    // At once, big or not: until then the scores shown would be the last map's.
    score.getState().scoreDocument(doc, true);
    explore.refresh();
    // How the last map's class work was shown does not carry over.
    classView.setState(FRESH_CLASS_VIEW);
    // A presentation of the map before is no presentation of this one.
    presentation.setState(CLOSED_PRESENTATION);
    speechOutlines.getState().mapOpened(libraryId);
    roundTimer.getState().useFormat(formatOfMap(doc.map));
  });

  events.on("mapChanged", ({ doc, previous }) => {
    // Positions and folds (the view) change no score and delete nothing.
    if (doc.nodes !== previous.nodes || doc.edges !== previous.edges) {
      const primary = edit.getState().keepExisting(doc, ui.getState().selectedId);
      if (primary !== undefined) ui.getState().select(primary);
      score.getState().scoreDocument(doc);
    }
    if (doc.map !== previous.map) roundTimer.getState().useFormat(formatOfMap(doc.map));
    explore.refresh();
  });

  events.on("pointSelected", ({ id, keepSet }) => edit.getState().followPrimary(id, keepSet));

  // The explore view is derived from the reader's choices as well as from the map.
  ui.subscribe(() => explore.refresh());

  return {
    events,
    document,
    ui,
    edit,
    explore,
    score,
    ephemeral,
    keep,
    keepUi,
    briefView,
    importFlow,
    classroomRole,
    assignmentIntake,
    classMerge,
    classView,
    classroomDialogs,
    presentation,
    prepView,
    speechOutlines,
    roundTimer,
  };
}

export type AppStores = ReturnType<typeof createAppStores>;

/** The app's stores: one set per page. */
export const appStores = createAppStores();

export const useDocumentStore = appStores.document;
export const useUiStore = appStores.ui;
export const useEditStore = appStores.edit;
export const useExploreView = appStores.explore;
export const useScoreStore = appStores.score;
export const useEphemeralMap = appStores.ephemeral;
export const useKeepStore = appStores.keep;
export const useKeepUi = appStores.keepUi;
export const useBriefView = appStores.briefView;
export const useImportFlow = appStores.importFlow;
export const useClassroomRole = appStores.classroomRole;
export const useAssignmentIntake = appStores.assignmentIntake;
export const useClassMerge = appStores.classMerge;
export const useClassView = appStores.classView;
export const useClassroomDialogs = appStores.classroomDialogs;
export const usePresentation = appStores.presentation;
export const usePrepView = appStores.prepView;
export const useSpeechOutlines = appStores.speechOutlines;
export const useRoundTimer = appStores.roundTimer;

/** Opens a map that is shown but never saved (a generated demo). */
export function openEphemeralDocument(doc: ArgumentMap): void {
  appStores.ephemeral.getState().mark(doc);
  appStores.document.getState().openDocument(doc);
}

export function isEphemeralDocument(doc: ArgumentMap = appStores.document.getState().doc): boolean {
  return appStores.ephemeral.getState().isEphemeral(doc);
}
