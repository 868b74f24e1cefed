import { describe, expect, it } from 'vitest';
import { columnFilter, drillDownPredicate } from '../../../shared/analysis/drillDown';
import type { FilterContext } from '../../../shared/analysis/evidenceItem';
import { EMPTY_MATRIX_FILTER } from '../../../shared/analysis/matrixFilter';
import { emptyProjectInput, type Project } from '../../../shared/domain/project';

function project(id: string, fields: Partial<Project> = {}): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'e', createdAt: '', updatedAt: '', name: id, ...fields };
}

const context: FilterContext = { projects: [project('p1', { county: 'Jönköpings län', level: 'lokal' }), project('p2', { level: 'lokal' }), project('p3', { level: 'regional' })], documents: [] };
const item = (projectId: string | null) => ({ projectId, documentId: null, coder: '' });

describe('drillDownPredicate', () => {
  it('keeps the evidence of projects without a value of the attribute, under the filter', () => {
    const blank = drillDownPredicate(null, { kind: 'county' }, context);
    expect(['p1', 'p2', 'p3', null].map((p) => blank(item(p)))).toEqual([false, true, true, false]);
    const lokal = drillDownPredicate({ ...EMPTY_MATRIX_FILTER, level: 'lokal' }, { kind: 'county' }, context);
    expect(['p1', 'p2', 'p3'].map((p) => lokal(item(p)))).toEqual([false, true, false]);
    expect(drillDownPredicate(null, null, context)(item(null))).toBe(true);
  });
});

describe('columnFilter', () => {
  it('adds the column to the filter, or gives null when the filter holds another value of the field', () => {
    expect(columnFilter(EMPTY_MATRIX_FILTER, { county: 'Jönköpings län' })).toEqual({ ...EMPTY_MATRIX_FILTER, county: 'Jönköpings län' });
    expect(columnFilter({ ...EMPTY_MATRIX_FILTER, county: 'jönköpings län' }, { county: 'Jönköpings län' })?.county).toBe('Jönköpings län');
    expect(columnFilter({ ...EMPTY_MATRIX_FILTER, attributeName: 'Fond' }, { attributeName: 'Finansiär', attributeValue: 'EU' })).toBeNull();
    expect(columnFilter({ ...EMPTY_MATRIX_FILTER, attributeName: 'Fond' }, { attributeName: 'fond', attributeValue: 'ERUF' })).toMatchObject({ attributeValue: 'ERUF' });
  });
});
