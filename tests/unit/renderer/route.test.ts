import { EMPTY_MATRIX_FILTER } from '../../../shared/analysis/matrixFilter';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/services/route';

const ROUTES: Route[] = [
  { name: 'evaluations' },
  { name: 'settings' },
  { name: 'overview', evaluationId: 'e 1' },
  { name: 'documents', evaluationId: 'e1' },
  { name: 'reader', evaluationId: 'e1', documentId: 'd/1' },
  { name: 'reader', evaluationId: 'e1', documentId: 'd1', segmentId: 's1' },
  { name: 'reader', evaluationId: 'e1', documentId: 'd1', at: { start: 10, end: 25 } },
  { name: 'search', evaluationId: 'e1' },
  { name: 'codebook', evaluationId: 'e1' },
  { name: 'code', evaluationId: 'e1', codeId: 'c1' },
  { name: 'audit', evaluationId: 'e1' },
  { name: 'report', evaluationId: 'e1' },
  { name: 'matrix', evaluationId: 'e1' },
  { name: 'judgements', evaluationId: 'e1' },
  { name: 'judgements', evaluationId: 'e1', framework: 'success-factors', open: { codeId: 'c 1', subjectKey: 'programme' } },
  { name: 'judgements', evaluationId: 'e1', framework: 'learning-factors' },
  { name: 'findings', evaluationId: 'e1' },
  { name: 'findings', evaluationId: 'e1', judgementId: 'j 1' },
  { name: 'matrix', evaluationId: 'e1', filter: { ...EMPTY_MATRIX_FILTER, documentType: 'slutrapport', county: 'Västra Götaland', attributeName: 'Fond & år', attributeValue: 'ERUF/2024' } },
  { name: 'code', evaluationId: 'e1', codeId: 'c/1', filter: { ...EMPTY_MATRIX_FILTER, coder: 'Karin', dateFrom: '2024-01-01' } },
  { name: 'code', evaluationId: 'e1', codeId: 'c1', projectId: 'p 1&2' },
  { name: 'code', evaluationId: 'e1', codeId: 'c1', filter: { ...EMPTY_MATRIX_FILTER, coder: 'Karin' }, projectId: 'p1' },
  { name: 'code', evaluationId: 'e1', codeId: 'c1', subtree: true, without: 'attribute:Fond & år' },
  { name: 'code', evaluationId: 'e1', codeId: 'c1', filter: { ...EMPTY_MATRIX_FILTER, county: 'Jönköpings län' }, subtree: true },
  { name: 'code', evaluationId: 'e1', codeId: 'c1', filter: { ...EMPTY_MATRIX_FILTER, county: 'Jönköpings län' }, fromAnalysis: { framework: 'results-matrix', by: 'county' } },
  { name: 'code', evaluationId: 'e1', codeId: 'c1', without: 'county', fromAnalysis: {} },
  { name: 'analysis', evaluationId: 'e1' },
  { name: 'analysis', evaluationId: 'e1', filter: { ...EMPTY_MATRIX_FILTER, level: 'lokal' }, framework: 'own', by: 'municipality', subtree: true },
  { name: 'datasets', evaluationId: 'e1' },
  { name: 'dataset', evaluationId: 'e1', datasetId: 'x' },
  { name: 'projects', evaluationId: 'e1' },
  { name: 'project', evaluationId: 'e1', projectId: 'p' },
];

describe('routes', () => {
  it.each(ROUTES.map((route) => [routeHref(route), route] as const))('%s reads back as the route it was made from', (href, route) => {
    expect(parseRoute(href)).toEqual(route);
  });

  it('keeps no empty filter, and drops what is not a filter', () => {
    expect(routeHref({ name: 'matrix', evaluationId: 'e1', filter: EMPTY_MATRIX_FILTER })).toBe('#/e/e1/matrix');
    expect(parseRoute('#/e/e1/matrix?level=kommun&x=1')).toEqual({ name: 'matrix', evaluationId: 'e1' });
  });

  it('ignores a malformed place in the reader', () => {
    expect(parseRoute('#/e/e1/documents/d1/at/25-10')).toEqual({ name: 'reader', evaluationId: 'e1', documentId: 'd1' });
    expect(parseRoute('#/e/e1/documents/d1/at/x-10')).toEqual({ name: 'reader', evaluationId: 'e1', documentId: 'd1' });
  });
});
