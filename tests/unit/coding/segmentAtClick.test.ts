import { describe, expect, it } from 'vitest';
import { segmentAtClick } from '../../../renderer/features/reader/coding/segmentAtClick';
import { segment } from './fixtures';

describe('segmentAtClick', () => {
  const byId = new Map([segment('outer', 0, 100), segment('inner', 20, 30), segment('middle', 10, 60)].map((s) => [s.id, s]));

  it('picks the shortest segment under the click first', () => {
    expect(segmentAtClick(['outer', 'middle', 'inner'], null, byId)).toBe('inner');
    expect(segmentAtClick(['outer', 'middle', 'inner'], 'elsewhere', byId)).toBe('inner');
  });

  it('walks through the overlapping segments on further clicks', () => {
    expect(segmentAtClick(['outer', 'middle', 'inner'], 'inner', byId)).toBe('outer');
    expect(segmentAtClick(['outer', 'middle', 'inner'], 'outer', byId)).toBe('middle');
  });

  it('ignores ids it does not know', () => {
    expect(segmentAtClick(['gone'], null, byId)).toBeNull();
    expect(segmentAtClick(['gone', 'outer'], null, byId)).toBe('outer');
  });
});
