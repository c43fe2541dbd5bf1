/** The classroom's pure core: merging a class's copies, anonymising, and the copy given back to a student. */
export { anonymiseMaps, pseudonyms, renameStudents } from "./anonymise";
export {
  allowedKinds,
  handInName,
  isLocked,
  isUnstartedAssignment,
  lockedIds,
  removeAssignment,
  setAssignment,
  startCopy,
  stemsFor,
} from "./assignment";
export { copyOwner, UNNAMED_COPY } from "./copy-names";
export { type FeedbackEntry, type FeedbackTarget, feedbackEntries, setFeedback } from "./feedback";
export { forStudent, isReleased, unreleasedCount } from "./for-student";
export {
  applyChoices,
  type ClassCopy,
  type ClassMerge,
  type ConflictField,
  type MergeConflict,
  mergeCopies,
  type PointContent,
  type PointVersion,
  versionIdentity,
} from "./merge-copies";
export { meanRating } from "./ratings";
export { checkStudentEdit } from "./student-rules";
