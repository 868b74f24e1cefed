import { describe, expect, it } from 'vitest';
import { MATRIX_CELLS, matrixCellIndex } from '../../../shared/analysis/matrixCells';

describe('matrix cells', () => {
  it('lists the six cells national first, results before effects', () => {
    expect(MATRIX_CELLS.map((cell) => `${cell.level}.${cell.column}`)).toEqual([
      'nationell.results',
      'nationell.effects',
      'regional.results',
      'regional.effects',
      'lokal.results',
      'lokal.effects',
    ]);
    expect(matrixCellIndex({ level: 'lokal', column: 'effects' })).toBe(5);
  });
});
