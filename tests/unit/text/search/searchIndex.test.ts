import { describe, expect, it } from 'vitest';
import { generateBenchDocuments } from '../../../bench/searchWorstCase';
import { findClausesByFolding, prepareClause, type PreparedClause } from '../../../../shared/text/search/findHits';
import { unitsOf } from '../../../../shared/text/search/indexedDocument';
import { parseQuery } from '../../../../shared/text/search/parseQuery';
import { SearchIndex } from '../../../../shared/text/search/searchIndex';
import type { SearchBlock, SearchDocument, SearchMode, SearchOutcome } from '../../../../shared/text/search/searchTypes';
import { snippetText } from '../../../../shared/text/search/snippet';

const LOOSE: SearchMode = { caseSensitive: false, diacriticSensitive: false, regex: false };
const REGEX: SearchMode = { caseSensitive: false, diacriticSensitive: false, regex: true };

/** A document from paragraphs (and optional running headers), with page labels. */
function documentOf(id: string, paragraphs: readonly (string | { text: string; running?: 'header' | 'footer'; page?: string })[]): SearchDocument {
  let text = '';
  const blocks: SearchBlock[] = [];
  paragraphs.forEach((paragraph, index) => {
    const entry = typeof paragraph === 'string' ? { text: paragraph } : paragraph;
    if (text) text += '\n\n';
    const start = text.length;
    text += entry.text;
    blocks.push({ id: `${id}-b${index}`, start, end: text.length, page: entry.page ?? String(index + 1), ...(entry.running ? { running: entry.running } : {}) });
  });
  return { id, text, blocks };
}

function hitsOf(outcome: SearchOutcome): string[] {
  if (outcome.kind !== 'hits') throw new Error(`not hits: ${JSON.stringify(outcome)}`);
  return outcome.hits.map((hit) => `${hit.documentId}:${hit.start}-${hit.end}`);
}

function texts(index: SearchIndex, documents: readonly SearchDocument[], query: string, mode: SearchMode = LOOSE): string[] {
  const outcome = index.search(query, mode);
  if (outcome.kind !== 'hits') throw new Error(`not hits: ${JSON.stringify(outcome)}`);
  return outcome.hits.map((hit) => (documents.find((d) => d.id === hit.documentId) as SearchDocument).text.slice(hit.start, hit.end));
}

const fiber = documentOf('fiber', [
  { text: 'Slutrapport Fiber i Dalarna', running: 'header' },
  'Projektet har stärkt samverkan mellan kommunerna och Region Dalarna.',
  'Bl.a. har företagsrådet träffats fyra gånger, t.ex. i Mora och Orsa. Regionen deltog.',
  'Bredbandet nådde 2,5 tusen hushåll under året.',
]);
const besok = documentOf('besok', [
  'Besöksnäringen i Åre har fått fler gästnätter. Samverkansparterna är nöjda.',
  'Foretagsradet i Are (utan prickar) och region Jämtland.',
]);

function indexOf(...documents: SearchDocument[]): SearchIndex {
  const index = new SearchIndex();
  for (const document of documents) index.addDocument(document);
  return index;
}

describe('SearchIndex', () => {
  it('indexes paragraphs, never running headers and footers', () => {
    expect(unitsOf(fiber).map((unit) => unit.blockId)).toEqual(['fiber-b1', 'fiber-b2', 'fiber-b3']);
    const index = indexOf(fiber, besok);
    expect(index.documentCount).toBe(2);
    expect(index.unitCount).toBe(5);
    expect(texts(index, [fiber], 'slutrapport')).toEqual([]);
  });

  it('finds words in any case and without diacritics by default, and apart when asked', () => {
    const index = indexOf(fiber, besok);
    const documents = [fiber, besok];
    expect(texts(index, documents, 'företagsrådet')).toEqual(['företagsrådet', 'Foretagsradet']);
    expect(texts(index, documents, 'företagsrådet', { ...LOOSE, diacriticSensitive: true })).toEqual(['företagsrådet']);
    expect(texts(index, documents, 'region')).toEqual(['Region', 'region']);
    expect(texts(index, documents, 'Region', { ...LOOSE, caseSensitive: true })).toEqual(['Region']);
    expect(texts(index, documents, 'Åre', { caseSensitive: true, diacriticSensitive: true, regex: false })).toEqual(['Åre']);
  });

  it('needs all words in one paragraph, finds phrases and prefixes', () => {
    const index = indexOf(fiber, besok);
    const documents = [fiber, besok];
    expect(texts(index, documents, 'mora orsa')).toEqual(['Mora', 'Orsa']);
    expect(texts(index, documents, 'mora jämtland')).toEqual([]);
    expect(texts(index, documents, '"samverkan mellan kommunerna"')).toEqual(['samverkan mellan kommunerna']);
    expect(texts(index, documents, '"kommunerna mellan"')).toEqual([]);
    expect(texts(index, documents, 'samverk*')).toEqual(['samverkan', 'Samverkansparterna']);
    expect(texts(index, documents, '"2,5 tusen"')).toEqual(['2,5 tusen']);
  });

  it('says what is wrong with a query it cannot run', () => {
    const index = indexOf(fiber);
    expect(index.search('  ', LOOSE)).toEqual({ kind: 'empty' });
    expect(index.search('– %', LOOSE)).toEqual({ kind: 'invalid', reason: 'noWords', detail: '' });
    expect(index.search('s*', LOOSE)).toEqual({ kind: 'invalid', reason: 'shortPrefix', detail: 's' });
    expect(index.search('(a+)+', REGEX)).toEqual({ kind: 'invalid', reason: 'regexNested', detail: '' });
    expect(index.search('(oj', REGEX)).toMatchObject({ kind: 'invalid', reason: 'regexSyntax' });
  });

  it('scans for regular expressions, case-insensitive unless asked', () => {
    const index = indexOf(fiber, besok);
    expect(texts(index, [fiber, besok], '\\d+,\\d+ tusen', REGEX)).toEqual(['2,5 tusen']);
    expect(texts(index, [fiber, besok], 'region \\p{L}+', REGEX)).toEqual(['Region Dalarna', 'region Jämtland']);
    expect(texts(index, [fiber, besok], 'region \\p{L}+', { ...REGEX, caseSensitive: true })).toEqual(['region Jämtland']);
  });

  it('lists hits in the order of documents asked for, with page, block and snippet', () => {
    const index = indexOf(fiber, besok);
    const outcome = index.search('region', LOOSE, { order: ['besok', 'fiber'] });
    if (outcome.kind !== 'hits') throw new Error('no hits');
    expect(outcome.hits.map((hit) => [hit.documentId, hit.blockId, hit.page])).toEqual([
      ['besok', 'besok-b1', '2'],
      ['fiber', 'fiber-b1', '2'],
    ]);
    expect(snippetText(outcome.hits[1]?.snippet ?? [])).toBe('Projektet har stärkt samverkan mellan kommunerna och Region Dalarna.');
    expect(outcome.more).toBe(false);
    expect(outcome.stopped).toBe(false);
  });

  it('gives snippets to the first hits only when asked, and the rest on demand', () => {
    const index = indexOf(fiber, besok);
    const outcome = index.search('region', LOOSE, { snippets: 1 });
    if (outcome.kind !== 'hits') throw new Error('no hits');
    expect(outcome.hits.map((hit) => hit.snippet === null)).toEqual([false, true]);
    const [later] = index.snippets([outcome.hits[1] as (typeof outcome.hits)[number]]);
    expect(snippetText(later ?? [])).toBe('Foretagsradet i Are (utan prickar) och region Jämtland.');
  });

  it('stops at the hit limit and the time budget, and says so', () => {
    const many = documentOf('many', Array.from({ length: 200 }, (_, i) => `Stycke ${i} om samverkan och samverkan.`));
    const index = indexOf(many);
    const limited = index.search('samverkan', LOOSE, { limits: { maxHits: 10, timeBudgetMs: 1000, now: () => 0 } });
    expect(limited).toMatchObject({ kind: 'hits', more: true, stopped: false });
    expect(hitsOf(limited)).toHaveLength(10);
    let clock = 0;
    const slow = index.search('samverkan', LOOSE, { limits: { maxHits: 1000, timeBudgetMs: 5, now: () => (clock += 1) } });
    expect(slow).toMatchObject({ kind: 'hits', stopped: true });
    expect(hitsOf(slow).length).toBeLessThan(400);
    const regex = index.search('samverkan', REGEX, { limits: { maxHits: 1000, timeBudgetMs: 5, now: () => (clock += 1) } });
    expect(regex).toMatchObject({ kind: 'hits', stopped: true });
  });

  it('finds a word in most paragraphs by reading them in order, with the same hits as through the index', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `Stycke ${i} utan ordet.` : `Stycke ${i}: och så vidare, och mer.`));
    const index = indexOf(documentOf('common', paragraphs));
    const common = index.search('och', LOOSE);
    expect(hitsOf(common)).toHaveLength(400);
    const rare = index.search('"och mer"', LOOSE);
    expect(hitsOf(rare)).toHaveLength(200);
  });

  it('follows removed and replaced documents, and their words leave the index', () => {
    const index = indexOf(fiber, besok);
    expect(index.removeDocument('fiber')).toBe(true);
    expect(index.removeDocument('fiber')).toBe(false);
    expect(index.has('fiber')).toBe(false);
    expect(texts(index, [besok], 'bredbandet')).toEqual([]);
    expect(texts(index, [besok], 'region')).toEqual(['region']);
    const replaced = documentOf('besok', ['Helt ny text om bredbandet.']);
    index.addDocument(replaced);
    expect(index.documentIds()).toEqual(['besok']);
    expect(texts(index, [replaced], 'bredbandet')).toEqual(['bredbandet']);
    expect(texts(index, [replaced], 'region')).toEqual([]);
  });

  it('expands hits to passages to code, merged where they meet, with page and hit count', () => {
    const index = indexOf(fiber, besok);
    const outcome = index.search('mora orsa', LOOSE);
    if (outcome.kind !== 'hits') throw new Error('no hits');
    const sentences = index.passages(outcome.hits, 'sentence');
    expect(sentences).toHaveLength(1);
    expect(fiber.text.slice(sentences[0]?.start, sentences[0]?.end)).toBe('Bl.a. har företagsrådet träffats fyra gånger, t.ex. i Mora och Orsa.');
    expect(sentences[0]).toMatchObject({ documentId: 'fiber', page: '3', hits: 2 });
    expect(snippetText(sentences[0]?.parts ?? [])).toBe('Bl.a. har företagsrådet träffats fyra gånger, t.ex. i Mora och Orsa.');
    const paragraphs = index.passages(outcome.hits, 'paragraph');
    expect(fiber.text.slice(paragraphs[0]?.start, paragraphs[0]?.end)).toBe('Bl.a. har företagsrådet träffats fyra gånger, t.ex. i Mora och Orsa. Regionen deltog.');
    expect(index.passages(outcome.hits, 'hit').map((passage) => fiber.text.slice(passage.start, passage.end))).toEqual(['Mora', 'Orsa']);
    expect(index.passages([{ documentId: 'gone', start: 0, end: 4 }], 'hit')).toEqual([]);
  });
});

describe('SearchIndex on a generated corpus', () => {
  it('finds exactly what reading every paragraph finds, whichever way it plans the search', () => {
    const documents = generateBenchDocuments({ documents: 60, blocksPerDocument: 300, wordsPerBlock: 60, seed: 5 });
    const index = indexOf(...documents);
    const limits = { maxHits: 1_000_000, timeBudgetMs: 1_000_000, now: () => 0 };
    // Read in order ("och", "och i"), asked for one word, or for the two rarest words together.
    const queries: [string, SearchMode][] = [
      ['samverkan', LOOSE],
      ['"kommunerna samverkan"', LOOSE],
      ['och', LOOSE],
      ['"och i"', LOOSE],
      ['kommunerna regionen', LOOSE],
      ['kompetens*', LOOSE],
      ['Östersund', { caseSensitive: true, diacriticSensitive: true, regex: false }],
      ['företagsrådet', { ...LOOSE, diacriticSensitive: true }],
    ];
    for (const [query, mode] of queries) {
      const parsed = parseQuery(query, false);
      if (parsed.kind !== 'words') throw new Error(query);
      const clauses = parsed.clauses.map((clause) => prepareClause(clause, mode) as PreparedClause);
      const expected: string[] = [];
      for (const document of documents) {
        for (const unit of unitsOf(document)) {
          for (const range of findClausesByFolding(unit.text, clauses, mode, unit.start) ?? []) expected.push(`${document.id}:${range.start}-${range.end}`);
        }
      }
      const outcome = index.search(query, mode, { limits, snippets: 0 });
      expect(hitsOf(outcome).sort(), query).toEqual(expected.sort());
      expect(expected.length, query).toBeGreaterThan(0);
    }
  });
});
