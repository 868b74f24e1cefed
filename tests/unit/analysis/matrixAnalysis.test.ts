import { describe, expect, it } from 'vitest';
import { analyseMatrix, evidenceCount, isMostlyHindering, type CategoryAnalysis, type MatrixAnalysis } from '../../../shared/analysis/matrixAnalysis';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import type { EvidenceItem, FilterContext } from '../../../shared/analysis/evidenceItem';
import { unforeseenLevel } from '../../../shared/analysis/unforeseen';
import type { Code } from '../../../shared/domain/code';
import { emptyProjectInput, type Project } from '../../../shared/domain/project';
import { codeId, resultsMatrixCodes } from '../../fixtures/report/evaluationFixture';

const base = resultsMatrixCodes().filter((code) => !code.frameworkCodeId?.endsWith('.unforeseen'));
const levelCode = (level: string): string => codeId(level);

function unforeseenCode(level: string, order: number): Code {
  return { ...(base[0] as Code), id: `u-${level}`, frameworkCodeId: `${level}.unforeseen`, parentId: levelCode(level), matrixCell: null, labelSv: 'Oförutsedda resultat', order };
}

const codes: Code[] = [
  ...base,
  unforeseenCode('nationell', 100),
  unforeseenCode('lokal', 101),
  { ...(base[0] as Code), id: 'u-lokal-child', frameworkId: null, frameworkCodeId: null, parentId: 'u-lokal', matrixCell: null, labelSv: 'Ny turistväg', order: 1 },
];

function project(id: string, fields: Partial<Project> = {}): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'e', createdAt: '', updatedAt: '', name: id, ...fields };
}

const context: FilterContext = {
  projects: [
    project('p1', { level: 'lokal', county: 'Västra Götaland', municipalities: ['Uddevalla', 'Lysekil'], theme: 'Handel', startDate: '2010-01-01', endDate: '2011-12-31', attributes: [{ name: 'Fond', value: 'ERUF' }] }),
    project('p2', { level: 'regional', county: 'Jönköping', municipalities: ['Eksjö'], theme: 'Turism', startDate: '2012-01-01', endDate: null }),
  ],
  documents: [
    { id: 'd1', type: 'delrapport', date: '2010-06-01' },
    { id: 'd2', type: 'slutrapport', date: '2012-03-01' },
    { id: 'd3', type: 'slutrapport', date: null },
  ],
};

function passage(frameworkCodeIds: string[], fields: Partial<EvidenceItem> = {}): EvidenceItem {
  return { kind: 'passage', codeIds: frameworkCodeIds.map((id) => (id.startsWith('u-') ? id : codeId(id))), projectId: 'p1', documentId: 'd1', strength: null, direction: null, coder: 'Karin', ...fields };
}

function row(frameworkCodeIds: string[], fields: Partial<EvidenceItem> = {}): EvidenceItem {
  return passage(frameworkCodeIds, { kind: 'row', documentId: null, ...fields });
}

const NATVERK = 'lokal.results.natverk';
const INSPIRATION = 'lokal.results.inspiration';
const TILLVAXT = 'lokal.effects.okad-tillvaxt';

const items: EvidenceItem[] = [
  passage([NATVERK], { strength: 'strong', direction: 'promoting' }),
  passage([NATVERK, INSPIRATION, NATVERK], { projectId: 'p2', documentId: 'd2', strength: 'weak', direction: 'hindering', coder: 'Ola' }),
  row([NATVERK], { strength: 'moderate' }),
  passage([TILLVAXT], { direction: 'hindering', documentId: 'd3' }),
  row([TILLVAXT], { direction: 'hindering', projectId: null }),
  passage(['u-lokal-child'], { direction: 'promoting' }),
  passage(['u-nationell'], { projectId: 'p2', documentId: 'd2' }),
  passage([], {}),
];

function category(analysis: MatrixAnalysis, id: string): CategoryAnalysis {
  for (const group of [...analysis.cells, ...analysis.unforeseen]) {
    const found = group.categories.find((c) => c.code.id === id || c.code.frameworkCodeId === id);
    if (found) return found;
  }
  throw new Error(`no category ${id}`);
}

function analyse(filter: Partial<MatrixFilter> = {}): MatrixAnalysis {
  return analyseMatrix(codes, items, context, { ...EMPTY_MATRIX_FILTER, ...filter });
}

describe('analyseMatrix', () => {
  it('counts passages and rows, projects, strength and direction per category, a code listed twice once', () => {
    const natverk = category(analyse(), NATVERK);
    expect(natverk).toMatchObject({ passages: 2, rows: 1, projectIds: ['p1', 'p2'] });
    expect(natverk.strength).toEqual({ strong: 1, moderate: 1, weak: 1, none: 0 });
    expect(natverk.direction).toEqual({ promoting: 1, hindering: 1, none: 1 });
    expect(evidenceCount(natverk)).toBe(3);
  });

  it('totals each cell with every piece of evidence once, and the whole matrix', () => {
    const analysis = analyse();
    const lokalResults = analysis.cells.find((c) => c.level === 'lokal' && c.column === 'results');
    expect(lokalResults).toMatchObject({ passages: 2, rows: 1, projectIds: ['p1', 'p2'] });
    const lokalEffects = analysis.cells.find((c) => c.level === 'lokal' && c.column === 'effects');
    expect(lokalEffects).toMatchObject({ passages: 1, rows: 1, projectIds: ['p1'] });
    // Seven pieces of evidence have a code of the matrix or an unforeseen result; the uncoded one does not count.
    expect(analysis).toMatchObject({ passages: 5, rows: 2, projectIds: ['p1', 'p2'] });
  });

  it('keeps the unforeseen results apart from the expected cells, per level, with the codes under them', () => {
    const analysis = analyse();
    expect(analysis.unforeseen.map((u) => [u.level, u.categories.map((c) => c.code.id), u.passages])).toEqual([
      ['nationell', ['u-nationell'], 1],
      ['regional', [], 0],
      ['lokal', ['u-lokal', 'u-lokal-child'], 1],
    ]);
    expect(analysis.cells.flatMap((c) => c.categories).some((c) => unforeseenLevel(c.code) !== null)).toBe(false);
    expect(analysis.mapCheck.unforeseen.map((c) => c.code.id)).toEqual(['u-nationell', 'u-lokal-child']);
  });

  it('lists the expected categories without evidence and those mostly hindering', () => {
    const analysis = analyse();
    const without = analysis.mapCheck.withoutEvidence.map((c) => c.code.frameworkCodeId);
    expect(without).toHaveLength(24 - 3);
    expect(without).not.toContain(NATVERK);
    expect(analysis.mapCheck.mostlyHindering.map((c) => c.code.frameworkCodeId)).toEqual([TILLVAXT]);
  });

  it('calls a category mostly hindering only with more hindering than promoting among enough directed evidence', () => {
    expect(isMostlyHindering({ promoting: 0, hindering: 1, none: 5 })).toBe(false);
    expect(isMostlyHindering({ promoting: 0, hindering: 2, none: 0 })).toBe(true);
    expect(isMostlyHindering({ promoting: 2, hindering: 2, none: 0 })).toBe(false);
    expect(isMostlyHindering({ promoting: 1, hindering: 2, none: 9 })).toBe(true);
  });

  it('filters by document type and date: table rows and undated documents drop out', () => {
    expect(category(analyse({ documentType: 'slutrapport' }), NATVERK)).toMatchObject({ passages: 1, rows: 0, projectIds: ['p2'] });
    expect(category(analyse({ documentType: 'slutrapport' }), TILLVAXT)).toMatchObject({ passages: 1, rows: 0 });
    expect(category(analyse({ dateFrom: '2011-01-01' }), TILLVAXT)).toMatchObject({ passages: 0, rows: 0 });
    expect(category(analyse({ dateFrom: '2010-06-01', dateTo: '2010-06-01' }), NATVERK)).toMatchObject({ passages: 1, rows: 0 });
  });

  it('filters by coder', () => {
    expect(category(analyse({ coder: 'Ola' }), NATVERK)).toMatchObject({ passages: 1, rows: 0, projectIds: ['p2'] });
    expect(analyse({ coder: 'Ola' }).mapCheck.mostlyHindering).toEqual([]);
  });

  it('filters by the register: level, county, municipality, theme, free attribute, and evidence of no project drops out', () => {
    for (const filter of [{ level: 'lokal' }, { county: 'västra götaland' }, { municipality: 'Lysekil' }, { theme: 'Handel' }, { attributeName: 'Fond', attributeValue: 'ERUF' }, { attributeName: 'fond' }] as const) {
      expect(category(analyse(filter), NATVERK), JSON.stringify(filter)).toMatchObject({ passages: 1, rows: 1, projectIds: ['p1'] });
      expect(category(analyse(filter), TILLVAXT).rows).toBe(0);
    }
    expect(analyse({ attributeName: 'Fond', attributeValue: 'ESF' }).passages).toBe(0);
  });

  it('filters by a period overlapping the project period, an open end running on', () => {
    expect(category(analyse({ periodFrom: '2011-06-01', periodTo: '2011-07-01' }), NATVERK).projectIds).toEqual(['p1']);
    expect(category(analyse({ periodFrom: '2030-01-01' }), NATVERK).projectIds).toEqual(['p2']);
    expect(category(analyse({ periodTo: '2009-12-31' }), NATVERK).projectIds).toEqual([]);
  });

  it('goes through 50,000 pieces of evidence in one pass', () => {
    const many: EvidenceItem[] = [];
    for (let i = 0; i < 50_000; i += 1) many.push(passage([i % 2 === 0 ? NATVERK : TILLVAXT], { direction: i % 3 === 0 ? 'hindering' : null }));
    const analysis = analyseMatrix(codes, many, context, { ...EMPTY_MATRIX_FILTER, documentType: 'delrapport' });
    expect(analysis.passages).toBe(50_000);
    expect(category(analysis, NATVERK).passages).toBe(25_000);
  });
});
