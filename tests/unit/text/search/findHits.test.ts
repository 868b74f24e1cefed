import { describe, expect, it } from 'vitest';
import { findClauses, findClausesByFolding, findRegex, prepareClause, type PreparedClause } from '../../../../shared/text/search/findHits';
import { LOOSE, type FoldOptions } from '../../../../shared/text/search/foldText';
import { fastPathFits } from '../../../../shared/text/search/foldPattern';

const STRICT = { caseSensitive: true, diacriticSensitive: true };
const CASE_ONLY = { caseSensitive: false, diacriticSensitive: true };
const MODES: FoldOptions[] = [LOOSE, CASE_ONLY, { caseSensitive: true, diacriticSensitive: false }, STRICT];

function clause(text: string, options: FoldOptions, prefix = false): PreparedClause {
  const prepared = prepareClause({ text, phrase: text.includes(' '), prefix }, options);
  if (!prepared) throw new Error('empty clause');
  return prepared;
}

function found(text: string, query: string, options: FoldOptions = LOOSE, prefix = false): string[] {
  return (findClauses(text, [clause(query, options, prefix)], options) ?? []).map((range) => text.slice(range.start, range.end));
}

describe('findClauses', () => {
  it('finds whole words only, in any case and with or without diacritics', () => {
    const text = 'Samverkan, samverkansparter och SAMVERKAN. Försäljning och forsaljning.';
    expect(found(text, 'samverkan')).toEqual(['Samverkan', 'SAMVERKAN']);
    expect(found(text, 'forsaljning')).toEqual(['Försäljning', 'forsaljning']);
    expect(found(text, 'försäljning', CASE_ONLY)).toEqual(['Försäljning']);
    expect(found(text, 'Samverkan', STRICT)).toEqual(['Samverkan']);
  });

  it('takes the whole word for a prefix', () => {
    expect(found('Samverkansparterna och samverkan, men inte osamverkan.', 'samverk', LOOSE, true)).toEqual(['Samverkansparterna', 'samverkan']);
  });

  it('finds a phrase across line breaks, runs of spaces and soft hyphens', () => {
    const text = 'Vi har stärkt\n  samverkan med sam\u00adverkans\u00adparter. Stärkt sam\u00adverkan igen.';
    expect(found(text, 'stärkt samverkan')).toEqual(['stärkt\n  samverkan', 'Stärkt sam\u00adverkan']);
    expect(found(text, 'samverkansparter')).toEqual(['sam\u00adverkans\u00adparter']);
  });

  it('finds typographic quotes and dashes from what a keyboard types', () => {
    expect(found('Hon sa ”bra” om 2019–2021.', '"bra"')).toEqual(['”bra”']);
    expect(found('Hon sa ”bra” om 2019–2021.', '2019-2021')).toEqual(['2019–2021']);
  });

  it('needs every clause in the text, and merges what overlaps', () => {
    const options = LOOSE;
    const clauses = [clause('regionen', options), clause('mora', options)];
    expect(findClauses('Regionen och Mora.', clauses, options, 100)).toEqual([
      { start: 100, end: 108 },
      { start: 113, end: 117 },
    ]);
    expect(findClauses('Regionen och Orsa.', clauses, options)).toBeNull();
    expect(findClauses('Samverkan', [clause('samverkan', options), clause('samverk', options, true)], options)).toEqual([{ start: 0, end: 9 }]);
  });

  it('takes all of a character that folds to more than one (æ) and leaves invisible ends out', () => {
    const text = 'Æble och Straße\u00ad och sæson';
    expect(fastPathFits(text, LOOSE)).toBe(false);
    expect(found(text, 'aeble')).toEqual(['Æble']);
    expect(found(text, 'strasse')).toEqual(['Straße']);
    expect(found(text, 'saeson')).toEqual(['sæson']);
  });

  it('finds the same by the fast path as by folding the text, in every mode', () => {
    // A pseudo-random text of Swedish words, case and diacritic variants, invisible characters and punctuation.
    const pieces = ['Samverkan', 'samverkan', 'SAMVERKAN', 'sam\u00adverkan', 'Åre', 'are', 'Are', 'år', 'ar', 'idé', 'ide', 'Idé', ' ', '  ', '\n', ', ', '. ', '”', '–', 'e\u0301', 'stärkt', 'starkt', 'Stärkt', 'x', '2,5', 'mnkr', '\u200b', '\u00ad', '\u0301'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const queries: [string, boolean][] = [['samverkan', false], ['are', false], ['år', false], ['ide', false], ['idé', false], ['stärkt samverkan', false], ['sam', true], ['2,5 mnkr', false], ['Åre', false]];
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += `${pieces[Math.floor(next() * pieces.length)]}${next() < 0.6 ? ' ' : ''}`;
      for (const options of MODES) {
        expect(fastPathFits(text, options)).toBe(true);
        for (const [query, prefix] of queries) {
          const prepared = clause(query, options, prefix);
          expect(prepared.pattern).not.toBeNull();
          expect(findClauses(text, [prepared], options), `${JSON.stringify(text)} ${query} ${JSON.stringify(options)}`).toEqual(findClausesByFolding(text, [prepared], options));
        }
      }
    }
  });
});

describe('findRegex', () => {
  it('finds every non-empty match with offsets, up to a limit', () => {
    const text = 'Budget 2,5 mnkr, sedan 12,75 mnkr.';
    expect(findRegex(text, /\d+,\d+ mnkr/gu, 10)).toEqual([
      { start: 17, end: 25 },
      { start: 33, end: 43 },
    ]);
    expect(findRegex(text, /\d*/gu)).toHaveLength(4);
    expect(findRegex(text, /\d/gu, 0, 2)).toHaveLength(2);
  });
});
