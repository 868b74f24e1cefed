import { describe, expect, it } from 'vitest';
import { isEmptyJudgement, linkEvidence, newJudgement, patchJudgement, restsOnNoEvidence, sameSubject, UnknownRatingError } from '../../../shared/coding/judgementEdit';
import { judgementsAfterDeletions, deletedBy } from '../../../shared/coding/judgementCascade';
import { defaultScale, scaleFor } from '../../../shared/domain/ratingScales';
import type { Judgement } from '../../../shared/domain';
import { CREATED, NOW, segment } from './codebookFixtures';

const scale = defaultScale('eval', 'learning-factors');
const base = (overrides: Partial<Judgement> = {}): Judgement => ({
  ...newJudgement({ id: 'j1', evaluationId: 'eval', subject: { kind: 'project', projectId: 'p1' }, criterionCodeId: 'c1', coder: 'Karin', now: CREATED }),
  ...overrides,
});

describe('judging a criterion', () => {
  it('starts with no rating, confidence, words or evidence', () => {
    const judgement = base();
    expect(judgement).toMatchObject({ rating: null, confidence: null, justification: '', segmentIds: [], dataCodingIds: [], createdAt: CREATED, updatedAt: CREATED });
    expect(isEmptyJudgement(judgement)).toBe(true);
    expect(restsOnNoEvidence(judgement)).toBe(true);
  });

  it('sets and clears a rating on the scale, a confidence and a justification', () => {
    const rated = patchJudgement(base(), { rating: '2', confidence: 'high', justification: 'Tydligt i slutrapporten.' }, scale, NOW, 'Ola');
    expect(rated).toMatchObject({ rating: '2', confidence: 'high', justification: 'Tydligt i slutrapporten.', coder: 'Ola', updatedAt: NOW });
    const cleared = patchJudgement(rated as Judgement, { rating: null }, scale, NOW, 'Ola');
    expect(cleared).toMatchObject({ rating: null, confidence: 'high' });
  });

  it('refuses a rating that is not on the scale, and changes nothing when nothing differs', () => {
    expect(() => patchJudgement(base(), { rating: 'achieved' }, scale, NOW, 'Ola')).toThrow(UnknownRatingError);
    expect(patchJudgement(base({ rating: '3' }), { rating: '3' }, scale, NOW, 'Ola')).toBeNull();
    expect(patchJudgement(base(), {}, scale, NOW, 'Ola')).toBeNull();
  });

  it('keeps the earlier coder when no coder name is set', () => {
    expect(patchJudgement(base(), { confidence: 'low' }, scale, NOW, '')?.coder).toBe('Karin');
  });

  it('links and unlinks passages and table rows, once each', () => {
    const linked = linkEvidence(base(), { kind: 'segment', id: 's1' }, true, NOW) as Judgement;
    expect(linked.segmentIds).toEqual(['s1']);
    expect(restsOnNoEvidence(linked)).toBe(false);
    expect(linkEvidence(linked, { kind: 'segment', id: 's1' }, true, NOW)).toBeNull();
    const withRow = linkEvidence(linked, { kind: 'dataCoding', id: 'd1' }, true, NOW) as Judgement;
    expect(withRow.dataCodingIds).toEqual(['d1']);
    const unlinked = linkEvidence(withRow, { kind: 'segment', id: 's1' }, false, NOW) as Judgement;
    expect(unlinked.segmentIds).toEqual([]);
    expect(restsOnNoEvidence(unlinked)).toBe(false);
    expect(linkEvidence(unlinked, { kind: 'segment', id: 's1' }, false, NOW)).toBeNull();
  });

  it('tells subjects apart', () => {
    expect(sameSubject({ kind: 'programme' }, { kind: 'programme' })).toBe(true);
    expect(sameSubject({ kind: 'project', projectId: 'p1' }, { kind: 'project', projectId: 'p1' })).toBe(true);
    expect(sameSubject({ kind: 'project', projectId: 'p1' }, { kind: 'project', projectId: 'p2' })).toBe(false);
    expect(sameSubject({ kind: 'project', projectId: 'p1' }, { kind: 'programme' })).toBe(false);
  });

  it('uses the stored scale of a framework, in level order, else the default', () => {
    const edited = { ...scale, levels: [...scale.levels].reverse().map((l) => (l.key === '0' ? { ...l, labelSv: 'Finns inte' } : l)) };
    expect(scaleFor([edited], 'eval', 'learning-factors').levels.map((l) => l.labelSv)).toEqual(['Finns inte', 'Svagt', 'Delvis', 'Starkt', 'Kan inte bedömas']);
    expect(scaleFor([edited], 'eval', 'results-matrix').levels[0]?.labelSv).toBe('Uppnått');
  });
});

describe('what deletions do to judgements', () => {
  const judgement = base({ segmentIds: ['s1', 's2'], dataCodingIds: ['d1'] });
  const programme = base({ id: 'j2', subject: { kind: 'programme' }, segmentIds: ['s1'] });

  it('removes links to deleted passages and table rows, keeping the judgement', () => {
    const changes = judgementsAfterDeletions([judgement, programme], { segmentIds: new Set(['s1']), dataCodingIds: new Set(['d1']) }, NOW);
    expect(changes).toEqual([
      { table: 'judgements', id: 'j1', before: judgement, after: { ...judgement, segmentIds: ['s2'], dataCodingIds: [], updatedAt: NOW } },
      { table: 'judgements', id: 'j2', before: programme, after: { ...programme, segmentIds: [], updatedAt: NOW } },
    ]);
  });

  it('deletes the judgements of a deleted criterion or project', () => {
    expect(judgementsAfterDeletions([judgement, programme], { codeIds: new Set(['c1']) }, NOW).map((c) => [c.id, c.after])).toEqual([['j1', null], ['j2', null]]);
    expect(judgementsAfterDeletions([judgement, programme], { projectIds: new Set(['p1']) }, NOW).map((c) => [c.id, c.after])).toEqual([['j1', null]]);
  });

  it('leaves judgements untouched by the deletions', () => {
    expect(judgementsAfterDeletions([judgement], { segmentIds: new Set(['s9']), codeIds: new Set(['c9']) }, NOW)).toEqual([]);
  });

  it('reads what a step deletes from its changes', () => {
    const s = segment('s1', ['c1']);
    expect(deletedBy([{ table: 'segments', id: 's1', before: s, after: null }, { table: 'segments', id: 's2', before: null, after: s }])).toEqual({
      segmentIds: new Set(['s1']),
      dataCodingIds: new Set(),
      codeIds: new Set(),
    });
  });
});
