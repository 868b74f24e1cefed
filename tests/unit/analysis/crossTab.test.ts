import { describe, expect, it } from 'vitest';
import { crossTab, projectShare } from '../../../shared/analysis/crossTab';
import type { EvidenceItem, FilterContext } from '../../../shared/analysis/evidenceItem';
import { frameworkTree } from '../../../shared/analysis/frameworkTree';
import { EMPTY_MATRIX_FILTER } from '../../../shared/analysis/matrixFilter';
import { attributeColumns, parseAttributeKey, attributeKey } from '../../../shared/analysis/registerAttribute';
import type { Code } from '../../../shared/domain/code';
import { EMPTY_CODE_TEXTS } from '../../../shared/domain/code';
import { emptyProjectInput, type Project } from '../../../shared/domain/project';

function code(id: string, parentId: string | null, order: number, frameworkId: string | null = 'fw'): Code {
  return { ...EMPTY_CODE_TEXTS, labelSv: id, id, evaluationId: 'e', frameworkId, frameworkCodeId: id, parentId, matrixCell: null, colour: '#fff', shortcut: null, order, createdAt: '' };
}

// fw: A (A1, A2), B; other: X; an own code under A.
const codes = [code('B', null, 2), code('A2', 'A', 2), code('A', null, 1), code('A1', 'A', 1), code('X', null, 1, 'other'), code('own', 'A', 3, null)];

function project(id: string, fields: Partial<Project> = {}): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'e', createdAt: '', updatedAt: '', name: id, ...fields };
}

const context: FilterContext = {
  projects: [
    project('p1', { level: 'lokal', county: 'Jönköpings län', municipalities: ['Eksjö', 'Nässjö'], startDate: '2023-01-01', endDate: '2024-06-30', attributes: [{ name: 'Fond', value: 'ERUF' }] }),
    project('p2', { level: 'regional', county: 'jönköpings LÄN', municipalities: ['Eksjö'], startDate: null, endDate: null }),
    project('p3', { level: null, county: '', theme: 'Handel' }),
  ],
  documents: [{ id: 'd1', type: 'delrapport', date: '2023-05-01' }],
};

function item(codeIds: string[], projectId: string | null, kind: EvidenceItem['kind'] = 'passage'): EvidenceItem {
  return { kind, codeIds, projectId, documentId: kind === 'passage' ? 'd1' : null, strength: null, direction: null, coder: 'Eva' };
}

describe('frameworkTree', () => {
  it('lists a framework in tree order with depths, own codes under their framework parent', () => {
    expect(frameworkTree(codes, 'fw').map((t) => `${t.code.id}:${t.depth}`)).toEqual(['A:0', 'A1:1', 'A2:1', 'own:1', 'B:0']);
    expect(frameworkTree(codes, 'other').map((t) => t.code.id)).toEqual(['X']);
  });
});

describe('attributeColumns', () => {
  it('merges values the filter treats alike and ends with "utan värde"', () => {
    expect(attributeColumns({ kind: 'county' }, context.projects).map((c) => c.value)).toEqual(['Jönköpings län', '']);
    expect(attributeColumns({ kind: 'level' }, context.projects).map((c) => c.value)).toEqual(['regional', 'lokal', '']);
    expect(attributeColumns({ kind: 'period' }, context.projects).map((c) => c.value)).toEqual(['2023', '2024', '']);
    expect(attributeColumns({ kind: 'municipality' }, context.projects).map((c) => c.value)).toEqual(['Eksjö', 'Nässjö', '']);
  });

  it('round-trips the attribute through its URL key', () => {
    expect(parseAttributeKey(attributeKey({ kind: 'attribute', name: 'Fond' }))).toEqual({ kind: 'attribute', name: 'Fond' });
    expect(parseAttributeKey('county')).toEqual({ kind: 'county' });
    expect(parseAttributeKey('nonsense')).toBeNull();
  });
});

describe('crossTab', () => {
  const items = [item(['A1'], 'p1'), item(['A1', 'B'], 'p2'), item(['A'], 'p3'), item(['A2'], 'p1', 'row'), item(['B'], null, 'row'), item(['X'], 'p1')];

  it('counts each code by the values of its projects, with the share of projects', () => {
    const table = crossTab(codes, 'fw', { kind: 'level' }, items, context);
    expect(table.columns.map((c) => c.value)).toEqual(['regional', 'lokal', '']);
    const a1 = table.rows.find((r) => r.code.id === 'A1');
    expect(a1?.cells.map((c) => c.passages)).toEqual([1, 1, 0]);
    expect(a1?.cells.map((c) => c.projectsWithValue)).toEqual([1, 1, 1]);
    expect(projectShare(a1?.cells[0] as never)).toBe(1);
    const a = table.rows.find((r) => r.code.id === 'A');
    expect(a?.cells.map((c) => c.passages)).toEqual([0, 0, 1]);
    const b = table.rows.find((r) => r.code.id === 'B');
    expect(b?.total).toMatchObject({ passages: 1, rows: 1, projectIds: ['p2'] });
    expect(table.withoutProject).toBe(1);
    expect(table.rows.some((r) => r.code.id === 'X')).toBe(false);
  });

  it('counts a project of several municipalities in each, and a parent with its subtree only when asked', () => {
    const own = crossTab(codes, 'fw', { kind: 'municipality' }, items, context);
    const a1 = own.rows.find((r) => r.code.id === 'A1');
    expect(a1?.cells.map((c) => c.passages)).toEqual([2, 1, 0]);
    expect(own.rows.find((r) => r.code.id === 'A')?.total.passages).toBe(1);
    const withSubtree = crossTab(codes, 'fw', { kind: 'municipality' }, items, context, EMPTY_MATRIX_FILTER, { subtree: true });
    const a = withSubtree.rows.find((r) => r.code.id === 'A');
    expect(a?.total).toMatchObject({ passages: 3, rows: 1 });
    expect(a?.cells.map((c) => [c.passages, c.rows])).toEqual([[2, 1], [1, 1], [1, 0]]);
  });

  it('honours the matrix filter: projects, denominators and evidence', () => {
    const table = crossTab(codes, 'fw', { kind: 'county' }, items, context, { ...EMPTY_MATRIX_FILTER, level: 'lokal' });
    expect(table.columns.map((c) => c.value)).toEqual(['Jönköpings län', '']);
    const a1 = table.rows.find((r) => r.code.id === 'A1');
    expect(a1?.cells.map((c) => [c.passages, c.projectsWithValue])).toEqual([[1, 1], [0, 0]]);
    expect(table.withoutProject).toBe(0);
    const coder = crossTab(codes, 'fw', { kind: 'county' }, items, context, { ...EMPTY_MATRIX_FILTER, coder: 'Someone else' });
    expect(coder.rows.every((r) => r.total.passages + r.total.rows === 0)).toBe(true);
  });

  it('breaks down by a free attribute and by the years of the period', () => {
    const fond = crossTab(codes, 'fw', { kind: 'attribute', name: 'fond' }, items, context);
    expect(fond.columns.map((c) => c.value)).toEqual(['ERUF', '']);
    expect(fond.rows.find((r) => r.code.id === 'A1')?.cells.map((c) => c.passages)).toEqual([1, 1]);
    const period = crossTab(codes, 'fw', { kind: 'period' }, items, context);
    expect(period.rows.find((r) => r.code.id === 'A1')?.cells.map((c) => c.passages)).toEqual([1, 1, 1]);
  });
});
