import { describe, expect, it } from 'vitest';
import { projectJudgements } from '../../../shared/analysis/projectJudgements';
import { newJudgement } from '../../../shared/coding/judgementEdit';
import { defaultScale } from '../../../shared/domain/ratingScales';
import type { Judgement } from '../../../shared/domain';
import { code, CREATED } from '../coding/codebookFixtures';

const cell = { level: 'lokal', column: 'results' } as const;
const codes = [
  code('f1', null, 1, { frameworkId: 'learning-factors' }),
  code('f2', null, 2, { frameworkId: 'learning-factors' }),
  code('f2a', 'f2', 1, { frameworkId: 'learning-factors' }),
  code('level', null, 0, { frameworkId: 'results-matrix' }),
  code('column', 'level', 0, { frameworkId: 'results-matrix' }),
  code('category', 'column', 0, { frameworkId: 'results-matrix', matrixCell: cell }),
  code('own', null, 0, { frameworkId: null }),
];

function judgement(id: string, projectId: string | null, codeId: string, fields: Partial<Judgement> = {}): Judgement {
  const subject = projectId === null ? ({ kind: 'programme' } as const) : ({ kind: 'project', projectId } as const);
  return { ...newJudgement({ id, evaluationId: 'eval', subject, criterionCodeId: codeId, coder: 'K', now: CREATED }), ...fields };
}

describe('a project’s judgements', () => {
  const judgements = [
    judgement('j1', 'p1', 'f2a', { rating: '3', segmentIds: ['s1'] }),
    judgement('j2', 'p1', 'f1', { rating: '0' }),
    judgement('j3', 'p2', 'f2', { rating: '2', segmentIds: ['s2'] }),
    judgement('j4', null, 'f2', { rating: '1', segmentIds: ['s3'] }),
    judgement('j5', 'p1', 'category', { rating: 'tooEarly', dataCodingIds: ['d1'] }),
  ];
  const scales = [{ ...defaultScale('eval', 'learning-factors'), levels: defaultScale('eval', 'learning-factors').levels.map((l) => (l.key === '3' ? { ...l, labelSv: 'Mycket starkt' } : l)) }];
  const result = projectJudgements('p1', 'eval', ['learning-factors', 'results-matrix'], codes, judgements, scales);

  it('lists each framework’s criteria in tree order with this project’s judgement only, the matrix’s headings left out', () => {
    expect(result.map((f) => f.frameworkId)).toEqual(['learning-factors', 'results-matrix']);
    expect(result[0]?.rows.map((r) => [r.code.id, r.depth, r.judgement?.id ?? null])).toEqual([
      ['f1', 0, 'j2'],
      ['f2', 0, null],
      ['f2a', 1, 'j1'],
    ]);
    expect(result[1]?.rows.map((r) => [r.code.id, r.judgement?.id ?? null])).toEqual([['category', 'j5']]);
  });

  it('names the rating on the evaluation’s own scale, the default where it has none, and counts what rests on no evidence', () => {
    expect(result[0]?.rows.find((r) => r.code.id === 'f2a')?.level?.labelSv).toBe('Mycket starkt');
    expect(result[1]?.rows[0]?.level?.labelSv).toBe('För tidigt att säga');
    expect(result[0]).toMatchObject({ judged: 2, noEvidence: 1 });
    expect(result[0]?.rows.find((r) => r.code.id === 'f1')?.noEvidence).toBe(true);
    expect(result[1]).toMatchObject({ judged: 1, noEvidence: 0 });
  });

  it('leaves out a framework without criteria', () => {
    expect(projectJudgements('p1', 'eval', ['success-factors'], codes, judgements, [])).toEqual([]);
  });
});
