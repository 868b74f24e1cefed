import { describe, expect, it } from 'vitest';
import { mergeCodes } from '../../../shared/coding/mergeCodes';
import { asDataEvidence, asEvidence, code, dataCoding, NOW, segment } from './codebookFixtures';

// s ─┬─ s1 ── s1a        t ─┬─ t1 (0)
//    └─ s2                  └─ t2 (3)
// x
const s = code('s', null, 0);
const s1 = code('s1', 's', 0);
const s2 = code('s2', 's', 1);
const s1a = code('s1a', 's1', 0);
const t = code('t', null, 1);
const t1 = code('t1', 't', 0);
const t2 = code('t2', 't', 3);
const x = code('x', null, 2);
const codes = [s, s1, s2, s1a, t, t1, t2, x];

describe('mergeCodes', () => {
  it('gives the evidence the target instead (once where it had both), moves the children after the target\'s, removes the code', () => {
    const both = segment('both', ['s', 't']);
    const targetFirst = segment('targetFirst', ['t', 'x', 's']);
    const mixed = segment('mixed', ['x', 's']);
    const only = segment('only', ['s'], { memo: 'Memo' });
    const targetOnly = segment('targetOnly', ['t']);
    const data = dataCoding('data', ['s']);
    const result = mergeCodes(codes, [both, targetFirst, mixed, only, targetOnly].map(asEvidence).concat(asDataEvidence(data)), 's', 't', NOW);
    expect(result).toEqual({
      ok: true,
      evidenceCount: 5,
      changes: [
        { table: 'segments', id: 'both', before: both, after: { ...both, codeIds: ['t'], updatedAt: NOW } },
        { table: 'segments', id: 'targetFirst', before: targetFirst, after: { ...targetFirst, codeIds: ['t', 'x'], updatedAt: NOW } },
        { table: 'segments', id: 'mixed', before: mixed, after: { ...mixed, codeIds: ['x', 't'], updatedAt: NOW } },
        { table: 'segments', id: 'only', before: only, after: { ...only, codeIds: ['t'], updatedAt: NOW } },
        { table: 'dataCodings', id: 'data', before: data, after: { ...data, codeIds: ['t'], updatedAt: NOW } },
        { table: 'codes', id: 's1', before: s1, after: { ...s1, parentId: 't', order: 4 } },
        { table: 'codes', id: 's2', before: s2, after: { ...s2, parentId: 't', order: 5 } },
        { table: 'codes', id: 's', before: s, after: null },
      ],
    });
  });

  it('puts the children first under a target without children, and merges a leaf with no children', () => {
    const result = mergeCodes(codes, [], 's', 'x', NOW);
    expect(result).toEqual({
      ok: true,
      evidenceCount: 0,
      changes: [
        { table: 'codes', id: 's1', before: s1, after: { ...s1, parentId: 'x', order: 0 } },
        { table: 'codes', id: 's2', before: s2, after: { ...s2, parentId: 'x', order: 1 } },
        { table: 'codes', id: 's', before: s, after: null },
      ],
    });
    expect(mergeCodes(codes, [], 't1', 't2', NOW)).toEqual({ ok: true, evidenceCount: 0, changes: [{ table: 'codes', id: 't1', before: t1, after: null }] });
  });

  it('merges a child into its parent: the child\'s children go after their new siblings', () => {
    const result = mergeCodes(codes, [], 's1', 's', NOW);
    expect(result).toEqual({
      ok: true,
      evidenceCount: 0,
      changes: [
        { table: 'codes', id: 's1a', before: s1a, after: { ...s1a, parentId: 's', order: 2 } },
        { table: 'codes', id: 's1', before: s1, after: null },
      ],
    });
  });

  it('refuses a merge into itself, into its own descendant, and with a code that does not exist', () => {
    expect(mergeCodes(codes, [], 's', 's', NOW)).toEqual({ ok: false, problem: 'same' });
    expect(mergeCodes(codes, [], 's', 's1', NOW)).toEqual({ ok: false, problem: 'intoOwnChild' });
    expect(mergeCodes(codes, [], 's', 's1a', NOW)).toEqual({ ok: false, problem: 'intoOwnChild' });
    expect(mergeCodes(codes, [], 'nope', 't', NOW)).toEqual({ ok: false, problem: 'missing' });
    expect(mergeCodes(codes, [], 's', 'nope', NOW)).toEqual({ ok: false, problem: 'missing' });
  });
});
