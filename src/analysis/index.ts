/**
 * The analysis core: scores, labels, explanations, map health and the flow of a debate round, pure
 * functions of a map that run the same in the CLI and in the browser. This is the only module the rest
 * of the app should import from.
 */

export type { AnswerGroup } from "./answer-groups";
export { ANSWER_GROUP_KEY, answerGroups, isGroupedAnswer } from "./answer-groups";
export type { AttackFramework, IgnoredEdges } from "./attack-framework";
export { attackFramework, buildAttackFramework } from "./attack-framework";
export type { CiteEntry, CiteSection, CiteSheet } from "./cite-sheet";
export { citeSheet, NO_SPEECH_HEADING } from "./cite-sheet";
export type { CompiledMap } from "./compile-map";
export { compileMap, slotOf } from "./compile-map";
export type { Contribution, ContributionOptions, ContributionReport } from "./contributions";
export { contributions, contributorCount, DEFAULT_EXACT_LIMIT, DEFAULT_TARGET_ERROR } from "./contributions";
export { describeNode } from "./describe";
export type { PointAgreement } from "./disagreement";
export { disagreement, pointAgreement, ratingSpread } from "./disagreement";
export type { EvaluateOptions, StrengthVector } from "./evaluate-strengths";
export { DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, evaluateStrengths } from "./evaluate-strengths";
export type {
  MemberContribution,
  SourceContribution,
  StrengthExplanation,
  UndercutContribution,
} from "./explain-strength";
export { explainStrength } from "./explain-strength";
export type { ExtensionOptions, ExtensionsResult } from "./extensions";
export { DEFAULT_EXTENSION_BUDGET, DEFAULT_EXTENSION_LIMIT, extensions } from "./extensions";
export type { DroppedPoint, FlowAnswer, FlowSpeech, OpenPoint, RoundFlow } from "./flow";
export { computeFlow, firstSpeechOf } from "./flow";
export type { FlowGrid } from "./flow-grid";
export { flowGrid, UNPLACED_HEADER } from "./flow-grid";
export { flowRows } from "./flow-rows";
export type { FormulaSymbol } from "./formula-symbols";
export { FORMULA_SYMBOLS } from "./formula-symbols";
export type { GroundedExplanation, GroundedLabelling, Label } from "./grounded";
export { explainGroundedLabel, groundedCore, groundedLabelling, labellingOf } from "./grounded";
export type { HealthCheck, HealthFinding, HealthOptions } from "./health";
export { mapHealth } from "./health";
export type { HealthRule } from "./health-advice";
export { healthAdvice } from "./health-advice";
export type { Participation } from "./participation";
export { participation } from "./participation";
export type { ChecklistItem, ChecklistOptions, KeyPoint, PrepChecklist } from "./prep-checklist";
export { prepChecklist } from "./prep-checklist";
export { mustAnswer, nextSpeechOf, withDropsConceded } from "./round-answers";
export type { ExtensionSemantics, GradualSemantics, LabellingSemantics, Semantics } from "./semantics";
export {
  DEFAULT_SEMANTICS,
  GRADUAL_SEMANTICS,
  isGradualSemantics,
  isLabellingSemantics,
  isSemantics,
  LABELLING_SEMANTICS,
  SEMANTICS,
  SEMANTICS_SOURCES,
} from "./semantics";
export type { ShownContributions, ShownFigure } from "./shown-contributions";
export { roundToTotal, shownContributions } from "./shown-contributions";
export type { Side, SidesReport } from "./sides";
export { thesisSides } from "./sides";
export type { OutlineChoices, OutlineEntry, OutlineRole } from "./speech-outline-entries";
export { speechOutlineEntries } from "./speech-outline-entries";
export type { GradualResult } from "./strengths";
export { computeStrengths, strengthRecord, strengthRecordOf, strengthsByNode } from "./strengths";
export type { ImpactOptions, PointImpact, ThesisImpact } from "./thesis-impact";
export { DEFAULT_IMPACT_LIMIT, thesisImpact, withoutPoint } from "./thesis-impact";
