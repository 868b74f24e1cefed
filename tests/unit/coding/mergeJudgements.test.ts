import { describe, expect, it } from 'vitest';
import { mergeJudgements } from '../../../shared/coding/mergeJudgements';
import { newJudgement } from '../../../shared/coding/judgementEdit';
import { defaultScale, type Finding, type Judgement, type JudgementSubject } from '../../../shared/domain';

const NOW = '2026-12-01T10:00:00.000Z';
const THEN = '2026-01-01T00:00:00.000Z';
const p1: JudgementSubject = { kind: 'project', projectId: 'p1' };
const p2: JudgementSubject = { kind: 'project', projectId: 'p2' };
const judgement = (id: string, codeId: string, subject: JudgementSubject, fields: Partial<Judgement> = {}): Judgement => ({
  ...newJudgement({ id, evaluationId: 'e', subject, criterionCodeId: codeId, coder: 'A', now: THEN }),
  ...fields,
});
const finding = (id: string, judgementIds: string[]): Finding => ({ id, evaluationId: 'e', section: 'factors', order: 0, title: id, text: '', judgementIds, segmentIds: [], dataCodingIds: [], createdAt: THEN, updatedAt: THEN });
const factors = defaultScale('e', 'learning-factors');
const matrix = defaultScale('e', 'results-matrix');

describe('merging the judgements of a merged code', () => {
  it('moves a judgement where the target has none of the subject, keeping its rating, words and evidence', () => {
    const source = judgement('s1', 'src', p1, { rating: '2', confidence: 'high', justification: 'Ord', segmentIds: ['seg'] });
    const { changes, impact } = mergeJudgements([source, judgement('t2', 'tgt', p2)], [], 'src', 'tgt', factors, 'Från X:', NOW);
    expect(changes).toEqual([{ table: 'judgements', id: 's1', before: source, after: { ...source, criterionCodeId: 'tgt', updatedAt: NOW } }]);
    expect(impact).toEqual({ moved: 1, combined: 0, unrated: 0, findings: 0 });
  });

  it('keeps the target\'s rating where both judged the subject, joins the evidence, appends the words under the heading and relinks findings', () => {
    const source = judgement('s1', 'src', p1, { rating: '0', confidence: 'low', justification: ' Källans ord ', segmentIds: ['a', 'b'], dataCodingIds: ['r1'] });
    const target = judgement('t1', 'tgt', p1, { rating: '3', confidence: null, justification: 'Målets ord', segmentIds: ['b', 'c'] });
    const both = finding('f1', ['t1', 's1', 'x']);
    const one = finding('f2', ['s1']);
    const untouched = finding('f3', ['t1']);
    const { changes, impact } = mergeJudgements([source, target], [both, one, untouched], 'src', 'tgt', factors, 'Från Kultur för lärande:', NOW);
    expect(changes).toEqual([
      { table: 'judgements', id: 't1', before: target, after: { ...target, rating: '3', confidence: 'low', justification: 'Målets ord\n\nFrån Kultur för lärande:\nKällans ord', segmentIds: ['b', 'c', 'a'], dataCodingIds: ['r1'], updatedAt: NOW } },
      { table: 'judgements', id: 's1', before: source, after: null },
      { table: 'findings', id: 'f1', before: both, after: { ...both, judgementIds: ['t1', 'x'], updatedAt: NOW } },
      { table: 'findings', id: 'f2', before: one, after: { ...one, judgementIds: ['t1'], updatedAt: NOW } },
    ]);
    expect(impact).toEqual({ moved: 0, combined: 1, unrated: 0, findings: 2 });
  });

  it('takes the source\'s rating when the target is unrated, and leaves the words alone when the source has none', () => {
    const source = judgement('s1', 'src', { kind: 'programme' }, { rating: '1' });
    const target = judgement('t1', 'tgt', { kind: 'programme' }, { justification: 'Målets ord' });
    const kept = mergeJudgements([source, target], [], 'src', 'tgt', factors, 'Från X:', NOW).changes[0]?.after;
    expect(kept).toMatchObject({ rating: '1', justification: 'Målets ord' });
  });

  it('leaves a moved judgement unrated when its rating is not on the target framework\'s scale', () => {
    const source = judgement('s1', 'src', p1, { rating: '2', justification: 'Ord' });
    const { changes, impact } = mergeJudgements([source], [], 'src', 'tgt', matrix, 'Från X:', NOW);
    expect(changes[0]?.after).toMatchObject({ criterionCodeId: 'tgt', rating: null, justification: 'Ord' });
    expect(impact).toEqual({ moved: 1, combined: 0, unrated: 1, findings: 0 });
  });
});
