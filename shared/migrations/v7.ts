import { defaultScales } from '../domain/ratingScales';
import { defineStep, type StoredRecord } from './step';

/**
 * v6 → v7: every evaluation gets the default rating scale of each shipped framework (the factor scale,
 * and the matrix scale for the results matrix), with ids derived from the evaluation's, unless it has one.
 */
export function defaultScalesV7(evaluations: readonly StoredRecord[], scales: readonly StoredRecord[]): StoredRecord[] {
  const existing = new Set(scales.map((s) => s.id));
  return evaluations
    .filter((e): e is StoredRecord & { id: string } => typeof e.id === 'string')
    .flatMap((e) => defaultScales(e.id))
    .filter((scale) => !existing.has(scale.id))
    .map((scale) => ({ ...scale }));
}

export const v7 = defineStep<never>({
  version: 7,
  tables: {},
  adds: { table: 'ratingScales', from: 'evaluations', add: (scales, evaluations) => defaultScalesV7(evaluations, scales) },
});
