import { describe, expect, it } from 'vitest';
import type { ChangeSet, RecordChange } from '../../../shared/coding/changeSet';
import { JOIN_WINDOW_MS, joinedStep, joinsPrevious } from '../../../shared/coding/stepJoin';
import type { Segment } from '../../../shared/domain';

const seg = (strength: Segment['strength'], direction: Segment['direction'] = null) => ({ id: 's1', strength, direction }) as Segment;
const change = (before: Segment, after: Segment): RecordChange => ({ table: 'segments', id: 's1', before, after });
const previous: ChangeSet = { id: 'a1', evaluationId: 'e1', action: 'judge', at: '2026-11-22T10:00:00.000Z', summary: '”x”', changes: [change(seg(null), seg('strong'))] };
const next = { action: 'judge' as const, change: { table: 'segments' as const, id: 's1' }, newestAuditId: 'a1', now: '2026-11-22T10:01:00.000Z' };

describe('joinsPrevious', () => {
  it('joins the next change of the same judgement made soon after, with nothing logged between', () => {
    expect(joinsPrevious(previous, next)).toBe(true);
  });

  it('does not join across another line in the log, another record, another action, or a long pause', () => {
    expect(joinsPrevious(null, next)).toBe(false);
    expect(joinsPrevious(previous, { ...next, newestAuditId: 'a2' })).toBe(false);
    expect(joinsPrevious(previous, { ...next, change: { table: 'segments', id: 's2' } })).toBe(false);
    expect(joinsPrevious({ ...previous, action: 'code' }, { ...next })).toBe(false);
    expect(joinsPrevious(previous, { ...next, action: 'code' })).toBe(false);
    expect(joinsPrevious(previous, { ...next, now: new Date(Date.parse(previous.at) + JOIN_WINDOW_MS).toISOString() })).toBe(false);
    expect(joinsPrevious({ ...previous, changes: [...previous.changes, { table: 'segments', id: 's2', before: null, after: null }] }, next)).toBe(false);
  });
});

describe('joinedStep', () => {
  it('keeps the first before and the last after under the previous id', () => {
    const joined = joinedStep(previous, change(seg('strong'), seg('strong', 'promoting')), next.now);
    expect(joined).toEqual({ ...previous, at: next.now, changes: [change(seg(null), seg('strong', 'promoting'))] });
  });

  it('is empty when the record is back as it was', () => {
    expect(joinedStep(previous, change(seg('strong'), seg(null)), next.now).changes).toEqual([]);
  });
});
