import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/domain';
import { followSegments } from '../../../shared/text/followSegments';
import { selectorsFor } from '../../../shared/text/selectors';

const OLD = 'Projektet nådde tre kommuner.\n\nSamverkan med regionen var svag under året.';

function segment(id: string, exact: string): Segment {
  const start = OLD.indexOf(exact);
  const { position, quote } = selectorsFor(OLD, start, start + exact.length);
  return { id, evaluationId: 'e', documentId: 'old', projectId: 'p1', position, quote, codeIds: ['c'], memo: 'm', strength: 'strong', direction: null, coder: 'A', createdAt: 't0', updatedAt: 't0' };
}

describe('followSegments', () => {
  it('moves each passage found in the new text to the new version, with fresh selectors, and counts the others', () => {
    const next = 'Inledning.\n\nProjektet nådde fyra kommuner.\n\nSamverkan med regionen var svag under året.';
    const found = segment('s1', 'Samverkan med regionen var svag');
    const lost = segment('s2', 'tre kommuner');
    const result = followSegments([found, lost], next, { documentId: 'new', projectId: 'p2', now: 't1' });
    expect(result.kept).toBe(1);
    expect(result.moved).toHaveLength(1);
    const moved = result.moved[0] as Segment;
    expect(next.slice(moved.position.start, moved.position.end)).toBe('Samverkan med regionen var svag');
    expect(moved).toMatchObject({ id: 's1', documentId: 'new', projectId: 'p2', updatedAt: 't1', codeIds: ['c'], memo: 'm', strength: 'strong', createdAt: 't0' });
    expect(moved.quote).toEqual(selectorsFor(next, moved.position.start, moved.position.end).quote);
  });

  it('moves nothing from a text that has none of the passages', () => {
    expect(followSegments([segment('s1', 'tre kommuner')], 'Helt annan text.', { documentId: 'new', projectId: 'p1', now: 't1' })).toEqual({ moved: [], kept: 1 });
  });
});
