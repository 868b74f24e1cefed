import { describe, expect, it } from 'vitest';
import { EMPTY_MATRIX_FILTER, isFilterEmpty, matrixFilterEntries, parseMatrixFilter } from '../../../shared/analysis/matrixFilter';

describe('the matrix filter in a URL', () => {
  it('reads known fields and drops unknown keys, bad levels, types and dates', () => {
    const filter = parseMatrixFilter(new URLSearchParams('level=lokal&documentType=slutrapport&dateFrom=2010-01-01&dateTo=igår&county=%20Jönköping%20&evil=1&coder=Ola'));
    expect(filter).toEqual({ ...EMPTY_MATRIX_FILTER, level: 'lokal', documentType: 'slutrapport', dateFrom: '2010-01-01', county: 'Jönköping', coder: 'Ola' });
    expect(parseMatrixFilter([['level', 'kommunal'], ['documentType', '<b>']])).toEqual(EMPTY_MATRIX_FILTER);
  });

  it('gives back the set fields in a fixed order, and reads them back the same', () => {
    const filter = { ...EMPTY_MATRIX_FILTER, coder: 'Karin', level: 'regional' as const, attributeName: 'Fond', attributeValue: 'ERUF' };
    expect(matrixFilterEntries(filter)).toEqual([
      ['level', 'regional'],
      ['attributeName', 'Fond'],
      ['attributeValue', 'ERUF'],
      ['coder', 'Karin'],
    ]);
    expect(parseMatrixFilter(matrixFilterEntries(filter))).toEqual(filter);
    expect(isFilterEmpty(filter)).toBe(false);
    expect(isFilterEmpty(EMPTY_MATRIX_FILTER)).toBe(true);
  });
});
