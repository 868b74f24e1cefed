import { describe, expect, it } from 'vitest';
import { findMatches, firstHitFrom, foldQuery, foldText, placeMatches, type FindOptions } from '../../../../renderer/features/reader/find';
import { layoutDocument } from '../../../../renderer/features/reader/layout';
import { seededRandom } from '../../../support/random';
import { doc } from './docs';

/** The source text of every match. */
function found(text: string, query: string, options: FindOptions = {}): string[] {
  return findMatches(foldText(text, options), query, options).matches.map((m) => text.slice(m.start, m.end));
}

describe('foldText', () => {
  it('maps every folded character back to its source offset, ending at the source length', () => {
    const source = 'Två  ÅR\n\ni Nässjö ﬁ 😀';
    const folded = foldText(source);
    expect(folded.text).toBe('tva ar i nassjo fi 😀');
    expect(folded.origin).toHaveLength(folded.text.length + 1);
    expect(folded.origin[folded.text.length]).toBe(source.length);
    for (let i = 1; i < folded.origin.length; i++) expect(folded.origin[i]).toBeGreaterThanOrEqual(folded.origin[i - 1] as number);
    expect(source[folded.origin[folded.text.indexOf('nassjo')] as number]).toBe('N');
  });

  it('keeps diacritics when asked, but not case', () => {
    expect(foldText('Två ÅR', { diacriticSensitive: true }).text).toBe('två år');
    expect(foldText('Två ÅR', { caseSensitive: true, diacriticSensitive: true }).text).toBe('Två ÅR');
  });

  it('folds a query the same way and ignores one of only white space', () => {
    expect(foldQuery(' Älvdalen  ')).toBe(' alvdalen ');
    expect(foldQuery(' \n\t')).toBe('');
  });
});

describe('findMatches', () => {
  const report = 'Samverkan i Nässjö och NÄSSJÖ kommun. Två år senare var vi fler än 10\u00a0000 deltagare 2025–2027.';

  it('matches without regard to case or diacritics by default, with offsets into the source', () => {
    expect(found(report, 'nassjo')).toEqual(['Nässjö', 'NÄSSJÖ']);
    expect(found(report, 'NÄSSJÖ')).toEqual(['Nässjö', 'NÄSSJÖ']);
    expect(found('Ett år i en bar', 'ar')).toEqual(['år', 'ar']);
  });

  it('tells å from a when asked, still ignoring case', () => {
    const options = { diacriticSensitive: true };
    expect(found(report, 'nassjo', options)).toEqual([]);
    expect(found(report, 'nässjö', options)).toEqual(['Nässjö', 'NÄSSJÖ']);
    expect(found('Ett år i en bar', 'ar', options)).toEqual(['ar']);
    expect(found('Ett ÅR i en bar', 'år', options)).toEqual(['ÅR']);
  });

  it('can match case too', () => {
    expect(found(report, 'Nässjö', { caseSensitive: true, diacriticSensitive: true })).toEqual(['Nässjö']);
  });

  it('lets a space match any run of white space, non-breaking and line breaks too', () => {
    expect(found('samverkan\ni  Mora', 'samverkan i mora')).toEqual(['samverkan\ni  Mora']);
    expect(found(report, '10 000')).toEqual(['10\u00a0000']);
  });

  it('sees through soft hyphens, ligatures, typographic dashes and quotes', () => {
    expect(found('sam\u00adverkan', 'samverkan')).toEqual(['sam\u00adverkan']);
    expect(found('ﬁnansiering', 'finansiering')).toEqual(['ﬁnansiering']);
    expect(found(report, '2025-2027')).toEqual(['2025–2027']);
    expect(found('projektets ”nätverk”', '"natverk"')).toEqual(['”nätverk”']);
    expect(found('Istället för İzmir', 'izmir')).toEqual(['İzmir']);
  });

  it('takes a whole ligature when a match ends inside it, and never returns an empty match', () => {
    const matches = findMatches(foldText('ﬁ'), 'f').matches;
    expect(matches).toEqual([{ start: 0, end: 1 }]);
  });

  it('handles characters outside the BMP', () => {
    expect(found('Glad 😀 och glad', '😀')).toEqual(['😀']);
    expect(findMatches(foldText('😀 glad'), 'glad').matches).toEqual([{ start: 3, end: 7 }]);
  });

  it('finds matches in order without overlap, and stops at the limit', () => {
    expect(findMatches(foldText('aaaaa'), 'aa').matches).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    const limited = findMatches(foldText('ab'.repeat(20)), 'b', {}, 5);
    expect(limited.matches).toHaveLength(5);
    expect(limited.truncated).toBe(true);
    expect(findMatches(foldText('abc'), '  ').matches).toEqual([]);
  });

  it('gives matches whose source folds to the query, for random Swedish-ish text', () => {
    const random = seededRandom(77);
    const alphabet = ['a', 'å', 'ä', 'A', 'Å', 'Ä', 'o', 'ö', 'Ö', 'e', 'é', 'r', 's', ' ', '\n', '\u00a0', '\u00ad', '–', '-', 'x'];
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: random.int(0, 80) }, () => random.pick(alphabet)).join('');
      const query = Array.from({ length: random.int(1, 4) }, () => random.pick(alphabet)).join('');
      for (const options of [{}, { diacriticSensitive: true }, { caseSensitive: true, diacriticSensitive: true }]) {
        const { matches } = findMatches(foldText(text, options), query, options);
        const needle = foldQuery(query, options);
        let previousEnd = 0;
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(foldText(text.slice(match.start, match.end), options).text).toBe(needle);
          previousEnd = match.end;
        }
        // As many as the folded text holds without overlap.
        let count = 0;
        const folded = foldText(text, options).text;
        for (let at = needle === '' ? -1 : folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) count++;
        expect(matches).toHaveLength(count);
      }
    }
  });
});

describe('placeMatches', () => {
  const model = doc([
    ['paragraph', 'Rapport om samverkan', { page: '1', running: 'header' }],
    ['paragraph', 'Samverkan i Mora.', { page: '1' }],
    ['note', 'Om samverkan.', { page: '1', note: { kind: 'footnote', label: '1', author: null } }],
    ['paragraph', 'Mer samverkan', { page: '2' }],
    ['comment', 'Samverkan?', { page: '2', note: { kind: 'comment', label: '1', author: 'Eva' } }],
    ['paragraph', 'samverkan', { page: '2' }],
  ]);
  const folded = foldText(model.text);

  it('places matches in reading order (body, notes, comments) and leaves out hidden running text and matches across blocks', () => {
    const layout = layoutDocument(model.blocks, { showRunning: false });
    const { matches } = findMatches(folded, 'samverkan');
    expect(matches).toHaveLength(6);
    const { hits, byChunk } = placeMatches(matches, layout);
    const where = hits.map((hit) => [layout.chunks[hit.chunk]?.section, model.text.slice(hit.start, hit.end)]);
    expect(where).toEqual([
      ['body', 'Samverkan'],
      ['body', 'samverkan'],
      ['body', 'samverkan'],
      ['notes', 'samverkan'],
      ['comments', 'Samverkan'],
    ]);
    expect([...byChunk.entries()].map(([chunk, list]) => [chunk, list.map((h) => h.id)])).toEqual([
      [0, [0]],
      [1, [1, 2]],
      [2, [3]],
      [3, [4]],
    ]);
    const across = findMatches(folded, 'mora. om');
    expect(across.matches).toHaveLength(1);
    expect(placeMatches(across.matches, layout).hits).toEqual([]);
  });

  it('counts running text when it is shown', () => {
    const layout = layoutDocument(model.blocks, { showRunning: true });
    expect(placeMatches(findMatches(folded, 'samverkan').matches, layout).hits).toHaveLength(6);
  });

  it('starts a new search at the first match from the chunk in view, wrapping to the first', () => {
    const layout = layoutDocument(model.blocks, { showRunning: false });
    const hits = placeMatches(findMatches(folded, 'samverkan').matches, layout);
    expect(firstHitFrom(hits, 0)).toBe(0);
    expect(firstHitFrom(hits, 1)).toBe(1);
    expect(firstHitFrom(hits, 3)).toBe(4);
    expect(firstHitFrom(hits, 9)).toBe(0);
  });
});
