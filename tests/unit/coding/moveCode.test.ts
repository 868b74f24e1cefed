import { describe, expect, it } from 'vitest';
import { moveCode } from '../../../shared/coding/moveCode';
import { code } from './codebookFixtures';

// Framework fw: r1 ─┬─ a (0)     r2 ── d (0)     r3
//                   ├─ b (1)
//                   └─ c (2)
// Framework other: g
const r1 = code('r1', null, 0);
const r2 = code('r2', null, 1);
const r3 = code('r3', null, 2);
const a = code('a', 'r1', 0);
const b = code('b', 'r1', 1);
const c = code('c', 'r1', 2);
const d = code('d', 'r2', 0);
const g = code('g', null, 0, { frameworkId: 'other' });
const codes = [r1, r2, r3, a, b, c, d, g];

describe('moveCode', () => {
  it('reorders siblings 0..n', () => {
    expect(moveCode(codes, 'c', 'r1', 0)).toEqual({
      ok: true,
      changes: [
        { table: 'codes', id: 'c', before: c, after: { ...c, order: 0 } },
        { table: 'codes', id: 'a', before: a, after: { ...a, order: 1 } },
        { table: 'codes', id: 'b', before: b, after: { ...b, order: 2 } },
      ],
    });
    expect(moveCode(codes, 'a', 'r1', 1)).toEqual({
      ok: true,
      changes: [
        { table: 'codes', id: 'b', before: b, after: { ...b, order: 0 } },
        { table: 'codes', id: 'a', before: a, after: { ...a, order: 1 } },
      ],
    });
  });

  it('renumbers siblings whose orders have gaps', () => {
    const gappy = [code('p', null, 0), code('x', 'p', 10), code('y', 'p', 20)];
    const result = moveCode(gappy, 'y', 'p', 0);
    expect(result).toEqual({
      ok: true,
      changes: [
        { table: 'codes', id: 'y', before: gappy[2], after: { ...gappy[2], order: 0 } },
        { table: 'codes', id: 'x', before: gappy[1], after: { ...gappy[1], order: 1 } },
      ],
    });
  });

  it('changes nothing when the code stays where it is', () => {
    expect(moveCode(codes, 'b', 'r1', 1)).toEqual({ ok: true, changes: [] });
  });

  it('moves under another parent: the new siblings make room, the old close the gap', () => {
    expect(moveCode(codes, 'a', 'r2', 0)).toEqual({
      ok: true,
      changes: [
        { table: 'codes', id: 'a', before: a, after: { ...a, parentId: 'r2', order: 0 } },
        { table: 'codes', id: 'd', before: d, after: { ...d, order: 1 } },
        { table: 'codes', id: 'b', before: b, after: { ...b, order: 0 } },
        { table: 'codes', id: 'c', before: c, after: { ...c, order: 1 } },
      ],
    });
  });

  it('moves to the top level of its framework, among that framework\'s codes only', () => {
    expect(moveCode(codes, 'd', null, 1)).toEqual({
      ok: true,
      changes: [
        { table: 'codes', id: 'd', before: d, after: { ...d, parentId: null, order: 1 } },
        { table: 'codes', id: 'r2', before: r2, after: { ...r2, order: 2 } },
        { table: 'codes', id: 'r3', before: r3, after: { ...r3, order: 3 } },
      ],
    });
  });

  it('clamps the index to the siblings', () => {
    expect(moveCode(codes, 'b', 'r2', 99)).toEqual({
      ok: true,
      changes: [
        { table: 'codes', id: 'b', before: b, after: { ...b, parentId: 'r2', order: 1 } },
        { table: 'codes', id: 'c', before: c, after: { ...c, order: 1 } },
      ],
    });
    expect(moveCode(codes, 'c', 'r1', -1)).toEqual(moveCode(codes, 'c', 'r1', 0));
    expect(moveCode(codes, 'c', 'r1', -5)).toEqual(moveCode(codes, 'c', 'r1', 0));
  });

  it('refuses a cycle, another framework, and codes that do not exist', () => {
    expect(moveCode(codes, 'r1', 'a', 0)).toEqual({ ok: false, problem: 'intoItself' });
    expect(moveCode(codes, 'r1', 'r1', 0)).toEqual({ ok: false, problem: 'intoItself' });
    expect(moveCode([...codes, code('ax', 'a', 0)], 'r1', 'ax', 0)).toEqual({ ok: false, problem: 'intoItself' });
    expect(moveCode(codes, 'a', 'g', 0)).toEqual({ ok: false, problem: 'otherFramework' });
    expect(moveCode(codes, 'g', 'r1', 0)).toEqual({ ok: false, problem: 'otherFramework' });
    expect(moveCode(codes, 'nope', 'r1', 0)).toEqual({ ok: false, problem: 'missing' });
    expect(moveCode(codes, 'a', 'nope', 0)).toEqual({ ok: false, problem: 'missing' });
  });
});
