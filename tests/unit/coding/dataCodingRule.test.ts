import { describe, expect, it } from 'vitest';
import { dataCodingRule, isColumnOf, type DataCodingInput } from '../../../shared/coding/dataCodingRule';
import { dataCoding, NOW } from './codebookFixtures';

const row = { id: 'row-1', evaluationId: 'eval', datasetId: 'ds', projectId: 'proj' };

function input(extra: Partial<DataCodingInput>): DataCodingInput {
  return { row, column: null, codings: [], codeId: 'c1', coder: 'Karin', now: NOW, newId: () => 'new', ...extra };
}

describe('the table coding rule', () => {
  it('a column must be a whole number inside the dataset (null: the whole row)', () => {
    expect(isColumnOf(null, 0)).toBe(true);
    expect(isColumnOf(2, 3)).toBe(true);
    expect(isColumnOf(3, 3)).toBe(false);
    expect(isColumnOf(-1, 3)).toBe(false);
    expect(isColumnOf(1.5, 3)).toBe(false);
  });

  it('makes a new coding of the row or cell', () => {
    expect(dataCodingRule(input({ column: 2 }))).toEqual({
      id: 'new',
      evaluationId: 'eval',
      datasetId: 'ds',
      rowId: 'row-1',
      column: 2,
      projectId: 'proj',
      codeIds: ['c1'],
      memo: '',
      strength: null,
      direction: null,
      coder: 'Karin',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('adds the code to the coding of the same cell, and changes nothing when it has it', () => {
    const cell = dataCoding('a', ['c0'], { rowId: 'row-1', column: 1 });
    const wholeRow = dataCoding('b', ['c1'], { rowId: 'row-1', column: null });
    expect(dataCodingRule(input({ column: 1, codings: [wholeRow, cell] }))).toEqual({ ...cell, codeIds: ['c0', 'c1'], updatedAt: NOW });
    expect(dataCodingRule(input({ column: null, codings: [wholeRow, cell] }))).toBeNull();
  });
});
