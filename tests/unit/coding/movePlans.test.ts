import { describe, expect, it } from 'vitest';
import { canDrop, dropPlan, movePlans, zoneAt } from '../../../shared/coding/movePlans';
import { code } from './codebookFixtures';

// a, b (with b1, b2), c at the top of framework fw; x at the top of the evaluator's own codes.
const a = code('a', null, 0);
const b = code('b', null, 1);
const b1 = code('b1', 'b', 0);
const b2 = code('b2', 'b', 1);
const c = code('c', null, 2);
const x = code('x', null, 0, { frameworkId: null });
const codes = [c, b2, a, x, b1, b];

const plain = (plan: { parentId: string | null; index: number; target: { id: string } } | null) => plan && { parentId: plan.parentId, index: plan.index, target: plan.target.id };

describe('the keyboard moves of a code', () => {
  it('up, down, in and out', () => {
    const plans = movePlans(codes, b);
    expect(plain(plans.up)).toEqual({ parentId: null, index: 0, target: 'a' });
    expect(plain(plans.down)).toEqual({ parentId: null, index: 2, target: 'c' });
    expect(plain(plans.in)).toEqual({ parentId: 'a', index: 0, target: 'a' });
    expect(plans.out).toBeNull();
  });

  it('a child goes out to just after its parent, and into the sibling above as its last child', () => {
    const plans = movePlans(codes, b2);
    expect(plain(plans.out)).toEqual({ parentId: null, index: 2, target: 'b' });
    expect(plain(plans.in)).toEqual({ parentId: 'b1', index: 0, target: 'b1' });
    expect(plans.down).toBeNull();
  });

  it('siblings at the top are those of the same framework', () => {
    const plans = movePlans(codes, x);
    expect(plans.up).toBeNull();
    expect(plans.down).toBeNull();
  });
});

describe('dropping a dragged code', () => {
  it('is refused on itself, below itself or in another framework', () => {
    expect(canDrop(codes, b, b1)).toBe(false);
    expect(canDrop(codes, b, b)).toBe(false);
    expect(canDrop(codes, a, x)).toBe(false);
    expect(dropPlan(codes, a, x, 'before')).toBeNull();
    expect(canDrop(codes, a, b1)).toBe(true);
  });

  it('before, after, into (last) and into (first)', () => {
    expect(plain(dropPlan(codes, a, c, 'before'))).toEqual({ parentId: null, index: 1, target: 'c' });
    expect(plain(dropPlan(codes, a, c, 'after'))).toEqual({ parentId: null, index: 2, target: 'c' });
    expect(plain(dropPlan(codes, a, b, 'into'))).toEqual({ parentId: 'b', index: 2, target: 'b' });
    expect(plain(dropPlan(codes, b2, b, 'into'))).toEqual({ parentId: 'b', index: 1, target: 'b' });
    expect(plain(dropPlan(codes, a, b, 'intoFirst'))).toEqual({ parentId: 'b', index: 0, target: 'b' });
  });

  it('the outer quarters of a row are between codes', () => {
    expect(zoneAt(102, 100, 40)).toBe('before');
    expect(zoneAt(120, 100, 40)).toBe('into');
    expect(zoneAt(138, 100, 40)).toBe('after');
  });
});
