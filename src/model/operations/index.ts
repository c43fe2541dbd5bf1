/** The pure operations on a map: the app, the command line and the tests all edit through these. */

export { copySelection, type PasteResult, pasteFragment } from "./clipboard";
export { type ConnectRequest, connectionRefusal } from "./connect-rules";
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
export { moveNodes } from "./move";
export { addNode, type NodeFields, type NodePatch, updateNode } from "./nodes";
export { addPresentationStep, NEW_PRESENTATION_TITLE } from "./presentations";
export { type EditResult, refusalOf, refused } from "./results";
export { addSource, citeNewSource, removeSource, type SourceFields, updateSource } from "./sources";
