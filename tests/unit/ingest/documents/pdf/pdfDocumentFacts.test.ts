import { describe, expect, it } from 'vitest';
import { createSizeStats } from '../../../../../shared/ingest/documents/pdf/headingSizes';
import { formatPageRanges, pageLabelOf, readPageLabels } from '../../../../../shared/ingest/documents/pdf/pageLabels';
import { loadError } from '../../../../../shared/ingest/documents/pdf/pdfErrors';
import { parsePdfDate, readPdfMetadata, xmpTitle } from '../../../../../shared/ingest/documents/pdf/pdfMetadata';
import { openPdf, saslPrep } from '../../../../../shared/ingest/documents/pdf/pdfPassword';
import type { PdfDocumentLike, PdfLoader } from '../../../../../shared/ports/pdfLoader';

describe('parsePdfDate', () => {
  it.each([
    ["D:20230930120000+02'00'", '2023-09-30'],
    ['D:20090401163925-07\'00\'', '2009-04-01'],
    ['D:20130116', '2013-01-16'],
    ['20231002080000Z', '2023-10-02'],
    ['D:2023', null],
    ['D:20230231', null],
    ['D:00000101', null],
    ['igår', null],
    [20230930, null],
  ])('%s → %s', (value, iso) => {
    expect(parsePdfDate(value)).toBe(iso);
  });
});

describe('readPdfMetadata', () => {
  it('reads Title, Author, Company (pdf.js puts it under Custom) and the creation date before the modification date', () => {
    const info = { Title: '  Delrapport 2023 ', Author: 'Åsa Öberg', Custom: { Company: 'Region Norrbotten' }, CreationDate: 'D:20230930', ModDate: 'D:20231001' };
    expect(readPdfMetadata(info)).toEqual({ title: 'Delrapport 2023', author: 'Åsa Öberg', organisation: 'Region Norrbotten', date: '2023-09-30' });
    expect(readPdfMetadata({ Company: 'Kommunen', ModDate: 'D:20231001' })).toMatchObject({ organisation: 'Kommunen', date: '2023-10-01' });
  });

  it('drops Word\'s "Microsoft Word - name.docx" titles (a file name, not a title) and empty or non-string values', () => {
    expect(readPdfMetadata({ Title: 'Microsoft Word - Slutrapport Projekt X.docx', Author: '  ', CreationDate: 5 })).toEqual({
      title: null,
      author: null,
      organisation: null,
      date: null,
    });
    expect(readPdfMetadata(null)).toEqual({ title: null, author: null, organisation: null, date: null });
  });

  it('takes the XMP dc:title where the information dictionary has no title worth keeping', () => {
    const xmp = { get: (name: string) => (name === 'dc:title' ? 'Idéskrift för Lokal Näringslivsutveckling' : null) };
    expect(readPdfMetadata({ Title: 'Microsoft Word - lnu_ideskrift.docx' }, xmpTitle(xmp)).title).toBe('Idéskrift för Lokal Näringslivsutveckling');
    expect(readPdfMetadata({ Title: 'Delrapport 2023' }, xmpTitle(xmp)).title).toBe('Delrapport 2023');
    expect(xmpTitle(null)).toBeNull();
    expect(xmpTitle({ get: () => { throw new Error('bad packet'); } })).toBeNull();
  });
});

describe('page labels', () => {
  it('uses the printed label where there is one, else the physical number', () => {
    expect(pageLabelOf(['i', 'ii', '1'], 1)).toBe('ii');
    expect(pageLabelOf(['i', '', '1'], 1)).toBe('2');
    expect(pageLabelOf(null, 4)).toBe('5');
  });

  it('accepts pdf.js\'s labels only when there is one per page', () => {
    expect(readPageLabels(['i', 'ii'], 2)).toEqual(['i', 'ii']);
    expect(readPageLabels(['i'], 2)).toBeNull();
    expect(readPageLabels(null, 2)).toBeNull();
    expect(readPageLabels(['i', 7], 2)).toEqual(['i', '']);
  });

  it('writes pages as ranges', () => {
    expect(formatPageRanges([3, 5, 6, 7], String)).toBe('3, 5–7');
    expect(formatPageRanges([1, 2], (page) => ['i', 'ii'][page - 1]!)).toBe('i–ii');
    expect(formatPageRanges([], String)).toBe('');
  });
});

describe('heading sizes', () => {
  it('takes the size with most characters as body and ranks bigger sizes into levels 1 and 2', () => {
    const stats = createSizeStats();
    stats.add(11, 5000);
    stats.add(24, 20);
    stats.add(16, 60);
    stats.add(13, 40);
    stats.add(11.5, 30);
    const levelOf = stats.headingLevels();
    expect(stats.bodySize()).toBe(11);
    expect([24, 16, 13, 11.5, 11, 9].map(levelOf)).toEqual([1, 2, 2, null, null, null]);
  });

  it('has no headings in an empty document', () => {
    expect(createSizeStats().headingLevels()(20)).toBeNull();
  });
});

describe('loadError', () => {
  it('maps pdf.js exceptions by name and code', () => {
    const password = (code: number) => ({ name: 'PasswordException', message: 'x', code });
    expect(loadError(password(1), undefined).code).toBe('passwordRequired');
    expect(loadError(password(2), undefined).code).toBe('passwordRequired');
    expect(loadError(password(2), 'fel').code).toBe('passwordWrong');
    expect(loadError({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' }, undefined).detail).toBe('InvalidPDFException: Invalid PDF structure.');
    expect(loadError('boom', undefined).code).toBe('corrupt');
  });
});

describe('passwords', () => {
  it('prepares passwords as SASLprep does', () => {
    expect(saslPrep('S\u00AASL\u00ADprep')).toBe('SaSLprep');
    expect(saslPrep('æøå')).toBe('æøå');
    expect(saslPrep('a\u00A0b')).toBe('a b');
  });

  it('tries the prepared password, then none, before calling the password wrong', async () => {
    const tried: (string | undefined)[] = [];
    const opens = (good: string | undefined): PdfLoader => async (_bytes, password) => {
      tried.push(password);
      if (password !== good) throw Object.assign(new Error('Incorrect Password'), { name: 'PasswordException', code: 2 });
      return {} as PdfDocumentLike;
    };
    await openPdf(new Uint8Array([1]), { pdf: opens('SaSLprep'), password: 'S\u00AASL\u00ADprep' });
    expect(tried).toEqual(['S\u00AASL\u00ADprep', 'SaSLprep']);
    tried.length = 0;
    await openPdf(new Uint8Array([1]), { pdf: opens(undefined), password: 'onödigt' });
    expect(tried).toEqual(['onödigt', undefined]);
    tried.length = 0;
    await expect(openPdf(new Uint8Array([1]), { pdf: opens('rätt'), password: 'fel' })).rejects.toMatchObject({ code: 'passwordWrong' });
    expect(tried).toEqual(['fel', undefined]);
  });
});
