import { describe, expect, it } from 'vitest';
import { packHits, unpackHits } from '../../../../shared/text/search/hitTable';
import type { SearchHit } from '../../../../shared/text/search/searchTypes';
import type { SnippetPart } from '../../../../shared/text/search/snippet';

const asSnippet = (value: unknown) => (Array.isArray(value) ? (value as SnippetPart[]) : null);

describe('the hit table', () => {
  it('gives back the same hits, each distinct string once and snippets only for the first hits', () => {
    const hits: SearchHit[] = Array.from({ length: 300 }, (_, i) => ({
      documentId: `d${i % 3}`,
      blockId: `b${i % 7}`,
      start: i * 10,
      end: i * 10 + 4,
      page: i % 4 === 0 ? null : String(i % 5),
      snippet: i < 40 && i !== 2 ? [{ text: `hit ${i}`, mark: 'hit' }] : null,
    }));
    const packed = packHits(hits);
    expect(packed.documentIds).toEqual(['d0', 'd1', 'd2']);
    expect(packed.blockIds).toHaveLength(7);
    expect(packed.snippets).toHaveLength(40);
    expect(packed.table).toHaveLength(300 * 5);
    expect(unpackHits(structuredClone(packed), asSnippet)).toEqual(hits);
  });

  it('refuses a table that is not one', () => {
    const packed = packHits([{ documentId: 'd', blockId: 'b', start: 1, end: 2, page: '3', snippet: [{ text: 'x', mark: null }] }]);
    expect(unpackHits(packed, asSnippet)).toHaveLength(1);
    expect(unpackHits({ ...packed, table: [0, 0, 1, 2, 1] }, asSnippet)).toBeNull();
    expect(unpackHits({ ...packed, pages: [] }, asSnippet)).toBeNull();
    expect(unpackHits({ ...packed, blockIds: [3] }, asSnippet)).toBeNull();
    expect(unpackHits({ ...packed, snippets: ['bad'] }, () => null)).toBeNull();
    expect(unpackHits(null, asSnippet)).toBeNull();
  });
});
