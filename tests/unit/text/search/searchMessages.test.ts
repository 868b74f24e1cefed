import { describe, expect, it } from 'vitest';
import { parseSearchReply, parseSearchRequest, toWire } from '../../../../shared/text/search/searchMessages';

describe('parseSearchRequest', () => {
  it('accepts well-formed requests', () => {
    const add = { type: 'add', requestId: 1, documents: [{ id: 'd', text: 'Hej hopp', blocks: [{ id: 'b', start: 0, end: 8, page: '1', running: 'header' }] }] };
    expect(parseSearchRequest(add)).toEqual(add);
    const search = { type: 'search', requestId: 2, query: 'hej', mode: { caseSensitive: false, diacriticSensitive: true, regex: false }, order: ['d'], snippets: 200 };
    expect(parseSearchRequest(search)).toEqual(search);
    expect(parseSearchRequest({ type: 'passages', requestId: 3, hits: [{ documentId: 'd', start: 0, end: 3 }], granularity: 'sentence' })).toMatchObject({ type: 'passages' });
    expect(parseSearchRequest({ type: 'remove', requestId: 4, documentIds: ['d'] })).toEqual({ type: 'remove', requestId: 4, documentIds: ['d'] });
  });

  it('refuses anything malformed', () => {
    expect(parseSearchRequest(null)).toBeNull();
    expect(parseSearchRequest({ type: 'add', requestId: -1, documents: [] })).toBeNull();
    expect(parseSearchRequest({ type: 'add', requestId: 1, documents: [{ id: 'd', text: 'kort', blocks: [{ id: 'b', start: 0, end: 99, page: null }] }] })).toBeNull();
    expect(parseSearchRequest({ type: 'search', requestId: 1, query: 'x', mode: { caseSensitive: 'ja' }, order: [], snippets: 1 })).toBeNull();
    expect(parseSearchRequest({ type: 'passages', requestId: 1, hits: [], granularity: 'chapter' })).toBeNull();
    expect(parseSearchRequest({ type: 'snippets', requestId: 1, hits: [{ documentId: 'd', start: 5, end: 2 }] })).toBeNull();
    expect(parseSearchRequest({ type: 'drop', requestId: 1 })).toBeNull();
  });
});

describe('parseSearchReply', () => {
  it('accepts the worker’s answers', () => {
    const searched = {
      type: 'searched',
      requestId: 5,
      outcome: {
        kind: 'hits',
        hits: [{ documentId: 'd', blockId: 'b', start: 0, end: 3, page: null, snippet: [{ text: 'Hej', mark: 'hit' }] }, { documentId: 'd', blockId: 'b', start: 4, end: 8, page: '2', snippet: null }],
        more: false,
        stopped: false,
        elapsedMs: 1.5,
      },
    };
    const { message, transfer } = toWire(searched as Parameters<typeof toWire>[0]);
    expect(transfer).toHaveLength(1);
    expect(parseSearchReply(structuredClone(message))).toEqual(searched);
    // The hits cross as a table, not as objects.
    expect(parseSearchReply(searched)).toBeNull();
    expect(parseSearchReply({ type: 'searched', requestId: 6, outcome: { kind: 'invalid', reason: 'shortPrefix', detail: 's' } })).toMatchObject({ outcome: { reason: 'shortPrefix' } });
    expect(parseSearchReply({ type: 'indexed', requestId: 7, documents: 2, paragraphs: 40 })).toEqual({ type: 'indexed', requestId: 7, documents: 2, paragraphs: 40 });
    expect(parseSearchReply({ type: 'failed', requestId: 8, detail: 'Error: x' })).toEqual({ type: 'failed', requestId: 8, detail: 'Error: x' });
  });

  it('refuses malformed answers', () => {
    expect(parseSearchReply({ type: 'searched', requestId: 5, outcome: { kind: 'hits', hits: [{ documentId: 'd' }], more: false, stopped: false, elapsedMs: 1 } })).toBeNull();
    const table = { documentIds: ['d'], blockIds: ['b'], pages: [], snippets: [] };
    const outcome = (numbers: number[]) => ({ kind: 'hits', hits: { ...table, table: Uint32Array.from(numbers) }, more: false, stopped: false, elapsedMs: 1 });
    expect(parseSearchReply({ type: 'searched', requestId: 5, outcome: outcome([0, 0, 2, 5, 0]) })).toMatchObject({ outcome: { hits: [{ documentId: 'd', start: 2, end: 5, page: null }] } });
    expect(parseSearchReply({ type: 'searched', requestId: 5, outcome: outcome([1, 0, 2, 5, 0]) })).toBeNull();
    expect(parseSearchReply({ type: 'searched', requestId: 5, outcome: outcome([0, 0, 5, 2, 0]) })).toBeNull();
    expect(parseSearchReply({ type: 'searched', requestId: 5, outcome: outcome([0, 0, 2, 5, 1]) })).toBeNull();
    expect(parseSearchReply({ type: 'searched', requestId: 5, outcome: outcome([0, 0, 2, 5]) })).toBeNull();
    expect(parseSearchReply({ type: 'searched', requestId: 5, outcome: { kind: 'invalid', reason: 'bad', detail: '' } })).toBeNull();
    expect(parseSearchReply({ type: 'snippets', requestId: 5, snippets: [[{ text: 'x', mark: 'bold' }]] })).toBeNull();
    expect(parseSearchReply({ type: 'passages', requestId: 5, passages: [{ documentId: 'd', start: 0, end: 1, page: null, hits: 1.5, parts: [] }] })).toBeNull();
    expect(parseSearchReply('indexed')).toBeNull();
  });
});
