import { describe, expect, it } from 'vitest';
import { candidateEvidence, frameworkRows, heatmapColumns, judgementAt, judgementHeatmap } from '../../../shared/analysis/judgementHeatmap';
import { EMPTY_MATRIX_FILTER } from '../../../shared/analysis/matrixFilter';
import { newJudgement } from '../../../shared/coding/judgementEdit';
import { defaultScale } from '../../../shared/domain/ratingScales';
import { emptyProjectInput, type Judgement, type Project } from '../../../shared/domain';
import { code, CREATED, dataCoding, segment } from '../coding/codebookFixtures';

const codes = [
  code('b', null, 2),
  code('a', null, 1),
  code('a2', 'a', 2),
  code('a1', 'a', 1),
  code('a1x', 'a1', 1),
  code('other', null, 0, { frameworkId: 'results-matrix' }),
];

function project(id: string, fields: Partial<Project> = {}): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'eval', createdAt: '', updatedAt: '', name: id, ...fields };
}
const projects = [project('Öland', { level: 'lokal', county: 'Kalmar' }), project('Berga', { level: 'regional', county: 'Kalmar' }), project('Arvika', { level: 'regional', county: 'Värmland' })];

function judgement(id: string, projectId: string | null, codeId: string, fields: Partial<Judgement> = {}): Judgement {
  const subject = projectId === null ? ({ kind: 'programme' } as const) : ({ kind: 'project', projectId } as const);
  return { ...newJudgement({ id, evaluationId: 'eval', subject, criterionCodeId: codeId, coder: 'K', now: CREATED }), ...fields };
}

describe('the judgement heatmap', () => {
  it('has a row per code of the framework, each parent before its children, siblings in order', () => {
    expect(frameworkRows(codes, 'fw').map((r) => [r.code.id, r.depth])).toEqual([['a', 0], ['a1', 1], ['a1x', 2], ['a2', 1], ['b', 0]]);
  });

  it('marks the results matrix\u2019s levels and columns as headings, not criteria to judge', () => {
    const cell = { level: 'lokal', column: 'results' } as const;
    const matrix = [code('level', null, 0, { frameworkId: 'results-matrix' }), code('column', 'level', 0, { frameworkId: 'results-matrix' }), code('category', 'column', 0, { frameworkId: 'results-matrix', matrixCell: cell })];
    expect(frameworkRows(matrix, 'results-matrix').map((r) => [r.code.id, r.heading])).toEqual([['level', true], ['column', true], ['category', false]]);
    expect(frameworkRows(codes, 'fw').some((r) => r.heading)).toBe(false);
  });

  it('has a column per project passing the filter, grouped, and the programme last', () => {
    const names = (columns: ReturnType<typeof heatmapColumns>) => columns.map((c) => (c.kind === 'programme' ? 'programme' : c.project.name));
    expect(names(heatmapColumns(projects, EMPTY_MATRIX_FILTER, null))).toEqual(['Arvika', 'Berga', 'Öland', 'programme']);
    expect(names(heatmapColumns(projects, EMPTY_MATRIX_FILTER, 'level'))).toEqual(['Öland', 'Arvika', 'Berga', 'programme']);
    expect(names(heatmapColumns(projects, { ...EMPTY_MATRIX_FILTER, county: 'Kalmar' }, null))).toEqual(['Berga', 'Öland', 'programme']);
    expect(names(heatmapColumns(projects, { ...EMPTY_MATRIX_FILTER, level: 'regional', county: 'Värmland' }, null))).toEqual(['Arvika', 'programme']);
  });

  it('shows each cell as the rating and its label, the number of linked passages and whether it rests on nothing', () => {
    const scale = defaultScale('eval', 'fw');
    const judgements = [judgement('j1', 'Berga', 'a1', { rating: '2', segmentIds: ['s1', 's2'], dataCodingIds: ['d1'] }), judgement('j2', null, 'b', { rating: 'na' })];
    const map = judgementHeatmap({ codes, frameworkId: 'fw', projects, filter: EMPTY_MATRIX_FILTER, grouping: null, judgements, scale });
    expect(map.columns).toHaveLength(4);
    const a1 = map.cells[1] ?? [];
    expect(a1[1]).toMatchObject({ subject: { kind: 'project', projectId: 'Berga' }, codeId: 'a1', level: { labelSv: 'Delvis' }, passages: 2, tableRows: 1, noEvidence: false });
    expect(a1[0]).toMatchObject({ judgement: null, level: null, passages: 0, noEvidence: false });
    const b = map.cells[4] ?? [];
    expect(b[3]).toMatchObject({ subject: { kind: 'programme' }, level: { labelSv: 'Kan inte bedömas', notAssessable: true }, noEvidence: true });
    expect(judgementAt(judgements, { kind: 'programme' }, 'b')?.id).toBe('j2');
    expect(judgementAt(judgements, { kind: 'project', projectId: 'Öland' }, 'b')).toBeNull();
  });

  it('offers as evidence the passages and table rows coded with the code or below it, in the subject', () => {
    const segments = [segment('s1', ['a1x'], { projectId: 'Berga' }), segment('s2', ['a1'], { projectId: 'Öland' }), segment('s3', ['a2'], { projectId: 'Berga' }), segment('s4', ['a1'], { projectId: 'Berga', position: { type: 'TextPositionSelector', start: 0, end: 2 } })];
    const rows = [dataCoding('d1', ['a1'], { projectId: 'Berga' }), dataCoding('d2', ['a1'], { projectId: null })];
    const forBerga = candidateEvidence(codes, 'a1', { kind: 'project', projectId: 'Berga' }, segments, rows);
    expect(forBerga.segments.map((s) => s.id)).toEqual(['s1', 's4']);
    expect(forBerga.dataCodings.map((d) => d.id)).toEqual(['d1']);
    const forProgramme = candidateEvidence(codes, 'a', { kind: 'programme' }, segments, rows);
    expect(forProgramme.segments.map((s) => s.id).sort()).toEqual(['s1', 's2', 's3', 's4']);
    expect(forProgramme.dataCodings.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
});
