import { describe, expect, it } from 'vitest';
import { EMPTY_OVERLAY, mergeSegments, overlayChanges, PROVISIONAL_PREFIX, provisionalCoding, sameSegments } from '../../../renderer/features/reader/coding/segmentOverlay';
import type { RecordChange } from '../../../shared/coding/changeSet';
import { segment } from './fixtures';

describe('the overlay of just-written segments', () => {
  const live = [segment('a', 0, 10), segment('b', 20, 30)];

  it('adds, changes and removes segments of this document, in reading order', () => {
    const added = segment('n', 12, 18);
    const changed = { ...segment('b', 20, 30), memo: 'ny' };
    const changes: RecordChange[] = [
      { table: 'segments', id: 'n', before: null, after: added },
      { table: 'segments', id: 'b', before: segment('b', 20, 30), after: changed },
      { table: 'segments', id: 'a', before: segment('a', 0, 10), after: null },
      { table: 'codes', id: 'c', before: null, after: null },
    ];
    const overlay = overlayChanges(EMPTY_OVERLAY, changes, 'd');
    expect(mergeSegments(live, overlay).map((s) => [s.id, s.memo])).toEqual([
      ['n', ''],
      ['b', 'ny'],
    ]);
  });

  it('ignores other documents, and a segment moved away leaves this one', () => {
    const elsewhere = segment('x', 0, 5, { documentId: 'other' });
    expect(overlayChanges(EMPTY_OVERLAY, [{ table: 'segments', id: 'x', before: null, after: elsewhere }], 'd')).toBe(EMPTY_OVERLAY);
    const moved = overlayChanges(EMPTY_OVERLAY, [{ table: 'segments', id: 'a', before: segment('a', 0, 10), after: { ...segment('a', 0, 10), documentId: 'other' } }], 'd');
    expect(mergeSegments(live, moved).map((s) => s.id)).toEqual(['b']);
  });

  it('leaves the live list alone when nothing is pending', () => {
    expect(mergeSegments(live, EMPTY_OVERLAY)).toBe(live);
  });
});

describe('sameSegments', () => {
  const list = [segment('a', 0, 10, { codeIds: ['c1'] }), segment('b', 20, 30)];
  const copy = () => list.map((s) => structuredClone(s));

  it('holds for the same records brought back as new objects', () => {
    expect(sameSegments(list, copy())).toBe(true);
  });

  it('fails for any change the reader shows: codes, range, memo, judgement, order, count', () => {
    const changed = (change: (s: (typeof list)[number]) => void) => {
      const next = copy();
      change(next[0] as (typeof list)[number]);
      return sameSegments(list, next);
    };
    expect(changed((s) => s.codeIds.push('c2'))).toBe(false);
    expect(changed((s) => (s.codeIds[0] = 'c3'))).toBe(false);
    expect(changed((s) => (s.position.end = 11))).toBe(false);
    expect(changed((s) => (s.memo = 'ny'))).toBe(false);
    expect(changed((s) => (s.strength = 'strong'))).toBe(false);
    expect(changed((s) => (s.updatedAt = '2030-01-01T00:00:00.000Z'))).toBe(false);
    expect(sameSegments(list, copy().reverse())).toBe(false);
    expect(sameSegments(list, copy().slice(1))).toBe(false);
  });
});

describe('provisionalCoding', () => {
  const text = 'Rådet har träffats fyra gånger.  Elva företag deltog.';
  const document = { id: 'd', evaluationId: 'e', projectId: 'p', text };
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

  it('paints what the write will store: the range trimmed of white space, a new segment', () => {
    const range = at('fyra gånger.  ');
    const painted = provisionalCoding([], document, { start: range.start - 1, end: range.end }, 'c1', '2026-01-01T00:00:00Z');
    expect(painted?.quote.exact).toBe('fyra gånger.');
    expect(painted?.id.startsWith(PROVISIONAL_PREFIX)).toBe(true);
    expect(painted?.codeIds).toEqual(['c1']);
  });

  it('adds the code to a segment of exactly that range, and is null when nothing will change', () => {
    const range = at('Elva företag');
    const existing = segment('s', range.start, range.end, { codeIds: ['c1'] });
    expect(provisionalCoding([existing], document, range, 'c2', 'now')).toMatchObject({ id: 's', codeIds: ['c1', 'c2'] });
    expect(provisionalCoding([existing], document, range, 'c1', 'now')).toBeNull();
    expect(provisionalCoding([], document, at('.  '), 'c1', 'now')?.quote.exact).toBe('.');
    expect(provisionalCoding([], document, { start: text.indexOf('  '), end: text.indexOf('  ') + 2 }, 'c1', 'now')).toBeNull();
  });
});
