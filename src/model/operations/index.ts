/**
 * The pure operations that edit a map: each makes a new document (or a refusal with its reason, results.ts)
 * through immer recipes (draft.ts), and leaves the one it was given alone. The app's editing commands and the
 * tests edit through these; the classroom's changes to a map (assignments, feedback, a student's copy) are in
 * ../classroom.
 */

export { cardOf, setCard } from "./cards";
export { copySelection, type PasteResult, pasteFragment } from "./clipboard";
export { type ConnectRequest, connectionRefusal } from "./connect-rules";
export {
  chooseDebateFormat,
  pointsOutsideFormat,
  type SideNaming,
  sideNamingProblem,
} from "./debate-format";
export { deleteEdges, deleteNodes } from "./delete";
export { type ConnectFields, connect, type EdgePatch, updateEdge } from "./edges";
export {
  addFreeNode,
  addSibling,
  type ExtendIntent,
  type ExtendOptions,
  extendFrom,
  extension,
  PLACEHOLDER_TEXT,
} from "./extend";
export { newEdgeId, newNodeId, newSourceId } from "./ids";
export { retitleMap } from "./map-info";
export { forgetPositions, moveNodes } from "./move";
export { addNode, type NodeFields, type NodePatch, updateNode } from "./nodes";
export { addPresentationStep, NEW_PRESENTATION_TITLE } from "./presentations";
export { type EditResult, refusalOf, refused } from "./results";
export { addSource, citeNewSource, removeSource, type SourceFields, updateSource } from "./sources";
