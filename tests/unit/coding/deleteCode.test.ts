import { describe, expect, it } from 'vitest';
import { deleteCode } from '../../../shared/coding/deleteCode';
import { newJudgement } from '../../../shared/coding/judgementEdit';
import type { Finding } from '../../../shared/domain';
import { asDataEvidence, asEvidence, code, dataCoding, NOW, segment } from './codebookFixtures';

// a ─┬─ a1 ── a1x
//    └─ a2
// b
const a = code('a', null, 0);
const a1 = code('a1', 'a', 0);
const a2 = code('a2', 'a', 1);
const a1x = code('a1x', 'a1', 0);
const b = code('b', null, 1);
const codes = [a, a1, a2, a1x, b];

describe('deleteCode', () => {
  it('removes the code with its subtree; evidence keeps its other codes, and evidence left with none is kept as uncoded', () => {
    const s1 = segment('s1', ['a1x', 'b']);
    const s2 = segment('s2', ['a2'], { memo: 'Viktigt', strength: 'strong' });
    const s3 = segment('s3', ['b']);
    const d1 = dataCoding('d1', ['a', 'b']);
    const d2 = dataCoding('d2', ['a1']);
    const { changes, impact } = deleteCode(codes, [asEvidence(s1), asEvidence(s2), asEvidence(s3), asDataEvidence(d1), asDataEvidence(d2)], 'a', NOW);
    expect(changes).toEqual([
      { table: 'segments', id: 's1', before: s1, after: { ...s1, codeIds: ['b'], updatedAt: NOW } },
      { table: 'segments', id: 's2', before: s2, after: { ...s2, codeIds: [], updatedAt: NOW } },
      { table: 'dataCodings', id: 'd1', before: d1, after: { ...d1, codeIds: ['b'], updatedAt: NOW } },
      { table: 'dataCodings', id: 'd2', before: d2, after: { ...d2, codeIds: [], updatedAt: NOW } },
      { table: 'codes', id: 'a', before: a, after: null },
      { table: 'codes', id: 'a1', before: a1, after: null },
      { table: 'codes', id: 'a2', before: a2, after: null },
      { table: 'codes', id: 'a1x', before: a1x, after: null },
    ]);
    expect(impact).toEqual({ codeCount: 4, evidenceCount: 4, uncodedCount: 2, judgementCount: 0, findingCount: 0 });
  });

  it('removes only a leaf, leaving its siblings and parent as they are', () => {
    const s2 = segment('s2', ['a2', 'a1']);
    const { changes, impact } = deleteCode(codes, [asEvidence(s2)], 'a2', NOW);
    expect(changes).toEqual([
      { table: 'segments', id: 's2', before: s2, after: { ...s2, codeIds: ['a1'], updatedAt: NOW } },
      { table: 'codes', id: 'a2', before: a2, after: null },
    ]);
    expect(impact).toEqual({ codeCount: 1, evidenceCount: 1, uncodedCount: 0, judgementCount: 0, findingCount: 0 });
  });

  it('counts a code without evidence, and evidence of other codes is not touched', () => {
    const { changes, impact } = deleteCode(codes, [asEvidence(segment('s', ['b']))], 'a1', NOW);
    expect(changes).toEqual([
      { table: 'codes', id: 'a1', before: a1, after: null },
      { table: 'codes', id: 'a1x', before: a1x, after: null },
    ]);
    expect(impact).toEqual({ codeCount: 2, evidenceCount: 0, uncodedCount: 0, judgementCount: 0, findingCount: 0 });
  });

  it('does not change its input', () => {
    const s1 = segment('s1', ['a1x', 'b']);
    const copy = structuredClone(s1);
    deleteCode(codes, [asEvidence(s1)], 'a', NOW);
    expect(s1).toEqual(copy);
    expect(codes).toHaveLength(5);
  });

  it('counts the judgements of the deleted codes and the findings that lose their link to them', () => {
    const judgement = (id: string, criterionCodeId: string) => newJudgement({ id, evaluationId: 'e', subject: { kind: 'programme' }, criterionCodeId, coder: '', now: NOW });
    const finding = (id: string, judgementIds: string[]): Finding => ({ id, evaluationId: 'e', section: 'factors', order: 0, title: id, text: '', judgementIds, segmentIds: [], dataCodingIds: [], createdAt: NOW, updatedAt: NOW });
    const judgements = [judgement('j1', 'a1x'), judgement('j2', 'a'), judgement('j3', 'b')];
    const findings = [finding('f1', ['j1', 'j2']), finding('f2', ['j3']), finding('f3', ['j2'])];
    expect(deleteCode(codes, [], 'a', NOW, { judgements, findings }).impact).toMatchObject({ judgementCount: 2, findingCount: 2 });
    expect(deleteCode(codes, [], 'a2', NOW, { judgements, findings }).impact).toMatchObject({ judgementCount: 0, findingCount: 0 });
  });
});
