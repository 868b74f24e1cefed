import { describe, expect, it } from 'vitest';
import { expandRange } from '../../../../shared/text/search/expandRange';
import { sentencesOf } from '../../../../shared/text/search/sentences';
import type { TextRange } from '../../../../shared/text/search/textRange';

function sentences(text: string): string[] {
  return sentencesOf(text, { start: 0, end: text.length }).map((range) => text.slice(range.start, range.end));
}

describe('sentencesOf', () => {
  it('splits after . ! ? and … before a new sentence', () => {
    expect(sentences('Projektet är klart. Gick det bra? Ja! Nu vidare… Slut.')).toEqual(['Projektet är klart.', 'Gick det bra?', 'Ja!', 'Nu vidare…', 'Slut.']);
  });

  it('does not split after Swedish abbreviations that never end a sentence', () => {
    const text = 'Projektet har bl.a. stärkt samverkan, t.ex. i Mora. Det s.k. företagsrådet har träffats, dvs. fyra gånger. Se kap. 3 och jfr. Region Dalarna.';
    expect(sentences(text)).toEqual([
      'Projektet har bl.a. stärkt samverkan, t.ex. i Mora.',
      'Det s.k. företagsrådet har träffats, dvs. fyra gånger.',
      'Se kap. 3 och jfr. Region Dalarna.',
    ]);
  });

  it('splits after m.m., osv. and etc. only before a capital', () => {
    expect(sentences('Kurser, mässor m.m. Projektet fortsätter. Kurser osv. som planerat.')).toEqual(['Kurser, mässor m.m.', 'Projektet fortsätter.', 'Kurser osv. som planerat.']);
  });

  it('does not split numbers, initials or before a lower-case word', () => {
    expect(sentences('Budgeten var 2,5 mnkr och 3.5 procent. A. Svensson ledde arbetet. Kl. 10 började vi, ca. tio personer.')).toEqual([
      'Budgeten var 2,5 mnkr och 3.5 procent.',
      'A. Svensson ledde arbetet.',
      'Kl. 10 började vi, ca. tio personer.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence, and ends one at a line break', () => {
    expect(sentences('Hon sa: ”Det gick bra.” Sedan (efter mötet.) gick vi.\nNy rad utan punkt\nSista')).toEqual([
      'Hon sa: ”Det gick bra.”',
      'Sedan (efter mötet.) gick vi.',
      'Ny rad utan punkt',
      'Sista',
    ]);
  });

  it('splits after a year that ends a sentence', () => {
    expect(sentences('Antalet ökade jämfört med 2022. Två företag lämnade.')).toEqual(['Antalet ökade jämfört med 2022.', 'Två företag lämnade.']);
  });
});

describe('expandRange', () => {
  const text = 'Rubrik\n\nFörsta meningen här. Projektet har bl.a. stärkt samverkan i Mora. Sista meningen.\n\nNästa stycke.';
  const blocks: TextRange[] = text.split('\n\n').map((paragraph) => {
    const start = text.indexOf(paragraph);
    return { start, end: start + paragraph.length };
  });
  const hitOf = (word: string): TextRange => {
    const start = text.indexOf(word);
    return { start, end: start + word.length };
  };
  const slice = (range: TextRange) => text.slice(range.start, range.end);

  it('returns the hit, its sentence or its paragraph', () => {
    const hit = hitOf('samverkan');
    expect(slice(expandRange(text, blocks, hit, 'hit'))).toBe('samverkan');
    expect(slice(expandRange(text, blocks, hit, 'sentence'))).toBe('Projektet har bl.a. stärkt samverkan i Mora.');
    expect(slice(expandRange(text, blocks, hit, 'paragraph'))).toBe('Första meningen här. Projektet har bl.a. stärkt samverkan i Mora. Sista meningen.');
  });

  it('takes both sentences for a hit across a sentence end, and both blocks across a block end', () => {
    const hit = hitOf('här. Projektet');
    expect(slice(expandRange(text, blocks, hit, 'sentence'))).toBe('Första meningen här. Projektet har bl.a. stärkt samverkan i Mora.');
    const across = { start: text.indexOf('Sista'), end: text.indexOf('Nästa') + 5 };
    expect(slice(expandRange(text, blocks, across, 'paragraph'))).toBe(text.slice(text.indexOf('Första'), text.length));
  });

  it('trims white space off a hit and keeps a hit outside every block as it is', () => {
    expect(expandRange(text, blocks, { start: 6, end: 9 }, 'hit')).toEqual({ start: 8, end: 9 });
    expect(expandRange(text, blocks, { start: 6, end: 9 }, 'sentence')).toEqual({ start: 8, end: 28 });
    expect(expandRange(text, [], hitOf('Mora'), 'paragraph')).toEqual(hitOf('Mora'));
  });
});
