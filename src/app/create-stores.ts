/**
 * Every store of the app, made and wired together here and nowhere else (createApp calls this once per app). Each concern has its module
 * (the open map and its history, the reader's choices, editing, the explore view, scores, the library,
 * and the small stores of dialogs); this is where they learn of one another, through the events of
 * events.ts, in the order written below. Components reach them through the app's context
 * (ui/app-context.tsx) and read them through narrow selectors.
 *
 * To add a store: write `createXStore()` in its own module, make it below, add it to `AppStores`, and
 * add its hook to ui/app-context.tsx. To react to an event: add a listener below. To add an event: see events.ts.
 */
import { formatOfMap } from "../model/debate-formats";
import type { ArgumentMap } from "../model/schema";
import { createBriefViewStore } from "../store/brief-view-store";
import { createCiteSheetViewStore } from "../store/cite-sheet-view-store";
import { createAssignmentIntakeStore } from "../store/classroom/assignment-intake";
import { createClassMergeStore } from "../store/classroom/class-merge";
import { createClassViewStore, FRESH_CLASS_VIEW } from "../store/classroom/class-view";
import { createClassroomDialogsStore } from "../store/classroom/classroom-dialogs";
import { createClassroomRoleStore } from "../store/classroom/classroom-role";
import { studentEditGuard } from "../store/classroom/student-guard";
import { createPrepViewStore } from "../store/debate/prep-view";
import { createRoundTimerStore } from "../store/debate/round-timer";
import { createSpeechOutlinesStore } from "../store/debate/speech-outlines";
import { createDocumentStore } from "../store/document-store";
import { createEditStore } from "../store/edit-store";
import { createEphemeralMapStore } from "../store/ephemeral-map";
import { loadEssayMap } from "../store/essay-map";
import { type AppEventBus, createEventBus } from "../store/events";
import { createExploreView } from "../store/explore/explore-view-store";
import { createImportFlowStore } from "../store/import-flow-store";
import { createKeepUiStore } from "../store/keep-ui-store";
import { createMainViewStore } from "../store/main-view-store";
import { createNoticeStore } from "../store/notice-store";
import { createKeepStore } from "../store/persistence/keep-store";
import { CLOSED_PRESENTATION, createPresentationStore } from "../store/presentation-store";
import { createImportReadingStore } from "../store/reading/reading-state";
import { createScoreStore, type Scorer } from "../store/score-store";
import { sizedScorer } from "../store/scoring/sized-scorer";
import { scoreWorkerStarter } from "../store/scoring/start-score-worker";
import { workerScorer } from "../store/scoring/worker-scorer";
import { createSelectionStore } from "../store/selection-store";
import { createUiStore } from "../store/ui-store";

export interface AppStoresOptions {
  /** The map open before anything else is (the essay map, read from its fixture, by default). */
  initialDoc?: () => ArgumentMap;
  /** How scores are worked out: in a worker for big maps on a page, on the spot in tests. */
  scorer?: Scorer;
}

export function createAppStores(options: AppStoresOptions = {}) {
  const events: AppEventBus = createEventBus();
  const classroomRole = createClassroomRoleStore();
  const edit = createEditStore();
  const notices = createNoticeStore();
  // On a student's device every edit of a copy of an assignment keeps the teacher's rules.
  const guard = studentEditGuard(
    () => classroomRole.getState().role,
    (reason) => notices.getState().notify("error", `Not done: ${reason}.`),
  );
  const document = createDocumentStore(events, (options.initialDoc ?? loadEssayMap)(), guard);
  const openDoc = () => document.getState().doc;
  const ui = createUiStore();
  const selection = createSelectionStore();
  const explore = createExploreView(openDoc, () => ({
    ...ui.getState(),
    selectedId: selection.getState().primaryId,
  }));
  const score = createScoreStore(openDoc, {
    scorer: options.scorer ?? sizedScorer(workerScorer(scoreWorkerStarter)),
    onError: (error) => {
      console.error(error);
      const reason = error instanceof Error ? error.message : String(error);
      notices.getState().notify("warning", `${reason} The scores were worked out on this page instead.`);
    },
  });
  const ephemeral = createEphemeralMapStore();
  const keep = createKeepStore();
  const keepUi = createKeepUiStore();
  const briefView = createBriefViewStore();
  const citeSheetView = createCiteSheetViewStore();
  const mainView = createMainViewStore();
  const importReading = createImportReadingStore();
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
    selection.getState().resetForNewMap();
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
      selection.getState().keepExisting(doc);
      score.getState().scoreDocument(doc);
    }
    if (doc.map !== previous.map) roundTimer.getState().useFormat(formatOfMap(doc.map));
    explore.refresh();
  });

  // The explore view is derived from the reader's choices and the selection as well as from the map.
  ui.subscribe(() => explore.refresh());
  selection.subscribe((now, before) => {
    if (now.primaryId !== before.primaryId) explore.refresh();
  });

  return {
    events,
    document,
    ui,
    selection,
    edit,
    notices,
    explore,
    score,
    ephemeral,
    keep,
    keepUi,
    briefView,
    citeSheetView,
    mainView,
    importReading,
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
