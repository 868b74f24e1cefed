import { describe, expect, it } from 'vitest';
import { hasReportableMemo, withReportMarks } from '../../../shared/coding/reportMarks';
import { segment } from './fixtures';

const LATER = '2026-12-01T10:00:00.000Z';

describe('the report marks of a passage', () => {
  it('marks a passage for the report, and unmarks it by removing the mark (absent is false)', () => {
    const plain = segment('s1', 0, 10);
    const marked = withReportMarks(plain, { inReport: true }, LATER);
    expect(marked).toEqual({ ...plain, inReport: true, updatedAt: LATER });
    const unmarked = withReportMarks(marked!, { inReport: false }, LATER);
    expect(unmarked).toEqual({ ...plain, updatedAt: LATER });
    expect(unmarked).not.toHaveProperty('inReport');
  });

  it('changes nothing when the marks are as asked (or none is given)', () => {
    const plain = segment('s1', 0, 10);
    expect(withReportMarks(plain, { inReport: false, memoInReport: false }, LATER)).toBeNull();
    expect(withReportMarks({ ...plain, inReport: true }, { inReport: true }, LATER)).toBeNull();
    expect(withReportMarks(plain, {}, LATER)).toBeNull();
  });

  it('marks the memo only of a passage that has one, and leaves the other mark as it is', () => {
    const noMemo = segment('s1', 0, 10, { memo: '  ' });
    expect(hasReportableMemo(noMemo)).toBe(false);
    expect(withReportMarks(noMemo, { memoInReport: true }, LATER)).toBeNull();
    const withMemo = segment('s2', 0, 10, { memo: 'Tydligt exempel', inReport: true });
    expect(withReportMarks(withMemo, { memoInReport: true }, LATER)).toEqual({ ...withMemo, memoInReport: true, updatedAt: LATER });
    expect(withReportMarks({ ...withMemo, memoInReport: true }, { inReport: false }, LATER)).toEqual({ ...withMemo, inReport: undefined, memoInReport: true, updatedAt: LATER });
  });
});
