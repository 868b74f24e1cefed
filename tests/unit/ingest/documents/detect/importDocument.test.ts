import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type ImportedDocument, type ImportOptions } from '../../../../../shared/ingest/documents/importTypes';
import { type PdfLoader } from '../../../../../shared/ports/pdfLoader';
import { DEFAULT_IMPORT_LIMITS } from '../../../../../shared/domain/importLimits';
import { ImportError } from '../../../../../shared/domain/importError';
import { docxBytes, odfBytes, pdfBytes, utf8 } from './formatSamples';

// The dispatcher is tested on its own: the PDF, Word and OpenDocument importers (tested in their own
// folders) are replaced by stand-ins that record what they were given.
const calls = vi.hoisted(() => [] as Array<{ importer: string; fileName: string; size: number }>);
function standIn(importer: string, bytes: Uint8Array, options: ImportOptions): ImportedDocument {
  calls.push({ importer, fileName: options.fileName, size: bytes.byteLength });
  return { format: importer === 'pdf' ? 'pdf' : importer === 'docx' ? 'docx' : 'odt', text: importer, blocks: [], pageCount: null, warnings: [{ code: 'imagesIgnored', values: { count: 1 } }], metadata: { title: null, author: null, organisation: null, date: null } };
}
vi.mock('../../../../../shared/ingest/documents/pdf/importPdf', () => ({ importPdf: async (bytes: Uint8Array, options: ImportOptions) => standIn('pdf', bytes, options) }));
vi.mock('../../../../../shared/ingest/documents/docx/importDocx', () => ({ importDocx: (bytes: Uint8Array, options: ImportOptions) => standIn('docx', bytes, options) }));
vi.mock('../../../../../shared/ingest/documents/odt/importOdt', () => ({ importOdt: (bytes: Uint8Array, options: ImportOptions) => standIn('odt', bytes, options) }));

const { importDocument, wordCount } = await import('../../../../../shared/ingest/documents/importDocument');

const noPdf: PdfLoader = () => Promise.reject(new Error('no pdf.js here'));
const options = (fileName: string, maxFileBytes = DEFAULT_IMPORT_LIMITS.maxFileBytes): ImportOptions => ({
  fileName,
  limits: { ...DEFAULT_IMPORT_LIMITS, maxFileBytes },
  pdf: noPdf,
});

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('accepted');
}

beforeEach(() => {
  calls.length = 0;
});

describe('importDocument', () => {
  it('reads text, Markdown and HTML itself', async () => {
    expect((await importDocument(utf8('Bakgrund\n\nText om bakgrunden.'), options('a.txt'))).blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect((await importDocument(utf8('# Rubrik'), options('a.md'))).format).toBe('md');
    expect((await importDocument(utf8('<!doctype html><h1>Rubrik</h1>'), options('a.html'))).format).toBe('html');
    expect(calls).toEqual([]);
  });

  it('hands PDF, Word and OpenDocument to their importers, by content', async () => {
    await importDocument(pdfBytes(), options('a.pdf'));
    await importDocument(docxBytes(), options('b.docx'));
    await importDocument(odfBytes('application/vnd.oasis.opendocument.text'), options('c.odt'));
    expect(calls.map((call) => [call.importer, call.fileName])).toEqual([['pdf', 'a.pdf'], ['docx', 'b.docx'], ['odt', 'c.odt']]);
  });

  it('adds the mislabelled warning first, keeping the importer’s warnings', async () => {
    const document = await importDocument(pdfBytes(), options('rapport.docx'));
    expect(document.format).toBe('pdf');
    expect(document.warnings).toEqual([
      { code: 'mislabelled', values: { extension: 'docx', format: 'PDF' } },
      { code: 'imagesIgnored', values: { count: 1 } },
    ]);
  });

  it('refuses a file over the size limit before reading it, with the sizes in the detail', async () => {
    const error = await refusal(importDocument(utf8('x'.repeat(101)), options('a.txt', 100)));
    expect(error.code).toBe('tooLarge');
    expect(error.detail).toContain('101');
    expect(error.detail).toContain('100');
    expect((await importDocument(utf8('x'.repeat(100)), options('a.txt', 100))).text).toBe('x'.repeat(100));
  });

  it('refuses empty files and passes on detection refusals', async () => {
    expect((await refusal(importDocument(new Uint8Array(0), options('a.pdf')))).code).toBe('empty');
    expect((await refusal(importDocument(Uint8Array.from([1, 0, 2]), options('a.bin')))).code).toBe('binary');
    expect((await refusal(importDocument(utf8('{\\rtf1 x}'), options('a.rtf')))).code).toBe('unsupportedFormat');
  });
});

describe('wordCount', () => {
  it('counts runs of letters and digits in any script', () => {
    expect(wordCount('Nätverket i Åmål växer: 40 företag, 3 kommuner!')).toBe(8);
    expect(wordCount('  ')).toBe(0);
    expect(wordCount('Привет мир 你好')).toBe(3);
  });
});
