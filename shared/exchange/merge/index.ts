/** Merging a colleague's evaluation file into mine (THE MERGE RULE): planned, then applied with the evaluator's choices. */
export { planMerge } from './planMerge';
export { applyMerge } from './applyMerge';
export { addedCounts, mergePreview, MERGE_KINDS, type MergePreview, type ConflictTable, type MergeChoices, type MergeConflict, type MergeKind, type MergePlan, type MergeRefusal, type MergeWrites, type PlanMergeResult } from './mergePlan';
