import { describe, expect, it } from 'vitest';
import { foldQuery, foldText, indexTerm, LOOSE } from '../../../../shared/text/search/foldText';
import { indexTerms, tokenize } from '../../../../shared/text/search/tokenize';

const STRICT = { caseSensitive: true, diacriticSensitive: true };
const CASE_ONLY = { caseSensitive: false, diacriticSensitive: true };

describe('foldText', () => {
  it('folds case and Swedish letters in the loose mode, and keeps them apart in the strict one', () => {
    expect(foldText('Försäljning på Åre', LOOSE).text).toBe('forsaljning pa are');
    expect(foldText('Försäljning på Åre', CASE_ONLY).text).toBe('försäljning på åre');
    expect(foldText('Försäljning på Åre', STRICT).text).toBe('Försäljning på Åre');
  });

  it('folds letters Unicode does not decompose (ø, æ, ß) in the loose mode', () => {
    expect(foldText('Ørsted Æbleø Straße', LOOSE).text).toBe('orsted aebleo strasse');
    expect(foldText('idé', LOOSE).text).toBe('ide');
    expect(foldText('idé', CASE_ONLY).text).toBe('idé');
  });

  it('drops invisible characters, makes white space runs one space and typographic marks plain', () => {
    expect(foldText('sam\u00adverkan  mellan\n\tkommuner', LOOSE).text).toBe('samverkan mellan kommuner');
    expect(foldText('”Det” – sa hon’s', LOOSE).text).toBe('"det" - sa hon\'s');
  });

  it('maps every folded character back to where it came from', () => {
    const source = 'Öl  och\u00adÆ';
    const folded = foldText(source, LOOSE);
    expect(folded.text).toBe('ol ochae');
    expect([...folded.origin]).toEqual([0, 1, 2, 4, 5, 6, 8, 8, 9]);
  });

  it('reads the query as NFC, so a decomposed å (typed on a Mac) finds the composed one', () => {
    expect(foldQuery('a\u030arsrapport ', CASE_ONLY)).toBe('årsrapport');
    expect(foldQuery('   ', LOOSE)).toBe('');
  });

  it('makes index terms in the loosest form', () => {
    expect(indexTerm('Östersund')).toBe('ostersund');
    expect(indexTerm(indexTerm('Östersund'))).toBe('ostersund');
  });
});

describe('tokenize', () => {
  it('splits on everything but letters, digits and marks, and keeps soft-hyphenated words whole', () => {
    expect(tokenize('EU-projektet, 2,5 mnkr (bl.a.) kompe\u00adtens 50%')).toEqual(['EU', 'projektet', '2', '5', 'mnkr', 'bl', 'a', 'kompetens', '50']);
    expect(indexTerms('Åre och Älvdalen')).toEqual(['are', 'och', 'alvdalen']);
  });
});
