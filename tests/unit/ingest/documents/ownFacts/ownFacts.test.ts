import { describe, expect, it } from 'vitest';
import { isJunkTitle, ownTitle } from '../../../../../shared/ingest/documents/ownFacts/ownTitle';
import { fileNameDate, ownDate } from '../../../../../shared/ingest/documents/ownFacts/ownDate';
import { statedDate } from '../../../../../shared/ingest/documents/ownFacts/statedDate';
import type { ImportedDocument } from '../../../../../shared/ingest/documents/importTypes';

const doc = (text: string, format: ImportedDocument['format'] = 'pdf', date: string | null = null, blocks: ImportedDocument['blocks'] = []): Pick<ImportedDocument, 'format' | 'text' | 'blocks' | 'metadata'> => ({
  format,
  text,
  blocks,
  metadata: { title: null, author: null, organisation: null, date },
});
const block = (start: number, end: number, page: string): ImportedDocument['blocks'][number] => ({ id: `b${start}`, kind: 'paragraph', level: null, page, start, end });

describe('ownTitle', () => {
  it('prefers the title in the metadata to one made from the file name', () => {
    expect(ownTitle('Idéskrift för Lokal Näringslivsutveckling', 'lnu_ideskrift.pdf')).toBe('Idéskrift för Lokal Näringslivsutveckling');
    expect(ownTitle('  Slutrapport\n  Smart upphandling ', 'MB-2022-03.docx')).toBe('Slutrapport Smart upphandling');
  });

  it.each([
    ['empty', ''],
    ['white space', '   '],
    ['no letters', '2023-09-30 / 4'],
    ['Word’s export prefix', 'Microsoft Word - x.doc'],
    ['Untitled', 'Untitled'],
    ['Namnlöst dokument', 'Namnlöst dokument'],
    ['Dokument1', 'Dokument1'],
    ['a bare kind of document', 'Delrapport'],
    ['a bare kind of document in English', 'Final report'],
    ['a file name', 'Slutrapport_v3.docx'],
    ['the file name itself', 'lnu ideskrift'],
    ['the file name with dashes', 'Lnu-Ideskrift'],
  ])('ignores a junk title: %s', (_what, title) => {
    expect(isJunkTitle(title, 'lnu_ideskrift.pdf')).toBe(true);
    expect(ownTitle(title, 'lnu_ideskrift.pdf')).toBeNull();
  });

  it('gives none when there is no title', () => {
    expect(ownTitle(null, 'rapport.pdf')).toBeNull();
  });
});

describe('statedDate and ownDate', () => {
  it('reads ISO and written-out dates in Swedish and English', () => {
    expect(statedDate('Slutrapport\n\n2023-09-30')).toEqual({ date: '2023-09-30', labelled: false });
    expect(statedDate('Slutrapport\n\nVäxjö 30 september 2023')).toEqual({ date: '2023-09-30', labelled: false });
    expect(statedDate('Final report\n\nSeptember 5, 2023')).toEqual({ date: '2023-09-05', labelled: false });
    expect(statedDate('Rapport\n\nDatum: 5 okt. 2024')).toEqual({ date: '2024-10-05', labelled: true });
  });

  it('skips the ends of a period and impossible dates, and reads no day-first numbers', () => {
    expect(statedDate('Projektperiod: 2021-01-01 – 2023-06-30\n\nText')).toBeNull();
    expect(statedDate('Genomförd 2021-01-01 till 2023-06-30. Rapporten skrevs 2023-09-30.')).toEqual({ date: '2023-09-30', labelled: false });
    expect(statedDate('Rapport 2023-02-30 och 05/03/2024')).toBeNull();
  });

  it('prefers a labelled date anywhere in the opening to an earlier unlabelled one', () => {
    expect(statedDate('Beslut 2022-05-01 om stöd\n\nDatum: 2023-09-30')).toEqual({ date: '2023-09-30', labelled: true });
  });

  it('takes the document’s labelled date first, then an HTML page’s own date, then the file name’s, then the title page’s', () => {
    expect(ownDate(doc('Datum: 2023-09-30'), 'rapport-2022-01-01.pdf')).toBe('2023-09-30');
    expect(ownDate(doc('Text', 'html', '2024-03-31'), 'sida-2022-01-01.html')).toBe('2024-03-31');
    expect(ownDate(doc('Rapport 2023-09-30'), 'rapport-2022-01-01.pdf')).toBe('2022-01-01');
    expect(ownDate(doc('Rapport\n\n30 september 2023'), 'rapport.pdf')).toBe('2023-09-30');
  });

  it('looks for an unlabelled date on the first page of a paged document only', () => {
    const text = 'Slutrapport\n\nBeslut om stöd 2022-05-01.';
    expect(ownDate(doc(text, 'pdf', null, [block(0, 11, '1'), block(13, text.length, '2')]), 'rapport.pdf')).toBeNull();
    expect(ownDate(doc(text, 'pdf', null, [block(0, 11, '1'), block(13, text.length, '1')]), 'rapport.pdf')).toBe('2022-05-01');
  });

  it('leaves the date empty when nothing in the document gives it, never the created or modified time of the file', () => {
    // A DOCX's or PDF's metadata date is when a program saved the file, perhaps on this machine.
    expect(ownDate(doc('Slutrapport utan datum', 'docx', '2026-12-07'), 'Slutrapport.docx')).toBeNull();
    expect(ownDate(doc('Slutrapport utan datum', 'pdf', '2026-12-07'), 'Slutrapport.pdf')).toBeNull();
    expect(ownDate(doc('Slutrapport utan datum', 'odt', '2026-12-07'), 'Slutrapport.odt')).toBeNull();
  });

  it('reads a date in the file name only where it is a real date', () => {
    expect(fileNameDate('kompetens-delrapport-2023-09-30.txt')).toBe('2023-09-30');
    expect(fileNameDate('rapport-2023-02-30.txt')).toBeNull();
    expect(fileNameDate('rapport.txt')).toBeNull();
  });
});
