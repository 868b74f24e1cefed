import { defineStep } from './step';

/**
 * v12 → v13: kept measurements of inter-coder agreement get their table,
 * `agreementRuns`, created empty (a table an addition is decided from is created where a snapshot lacks
 * it; no evaluation has a measurement yet). No record changes: a passage's `consensus` and
 * `droppedCodeIds` are optional, and absent on every older passage, which is a coder's own.
 */
export const v13 = defineStep<never>({
  version: 13,
  tables: {},
  adds: { table: 'agreementRuns', from: 'evaluations', add: () => [] },
});
