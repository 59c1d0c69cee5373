/** Indicator maths: roll-up along the region tree, status against targets, known definitions. */
export type { Indicator, IndicatorTarget, IndicatorValue, PlanPeriod, RegionNode, TargetOp } from "./types";
export { rollUp, regionTreeFromParents } from "./roll-up";
export type { Aggregate, Coverage, IgnoredReason, RollUpOptions, RollUpResult, RollUpRow } from "./roll-up";
export { indicatorStatus, NO_DATA_REASONS, STATE_LABELS } from "./indicator-status";
export type { IndicatorLight, IndicatorState, IndicatorStatus, NoDataReason } from "./indicator-status";
export { matchKnownDefinition, normaliseIndicatorName } from "./known-definitions";
export type { DefinitionConfidence, KnownDefinition } from "./known-definitions";
