// Issue 13's hostile files, generated: each is refused (or read) by the limits while it is parsed, with
// the message naming the limit and the file's figure.
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../../../../shared/domain/importLimits';
import { ImportError, importErrorKey } from '../../../../../shared/domain/importError';
import { catalogFor, translate } from '../../../../../shared/i18n';
import { importErrorValues } from '../../../../../shared/domain/importErrorValues';
import { importDocument, wordCount } from '../../../../../shared/ingest/documents/importDocument';
import { createNodePdfLoader } from '../../../../support/nodePdfLoader';
import { expandingDocx, hyphenatedText, manyPagesPdf, nestedDivsHtml, nestedTablesDocx, paragraphsDocx } from '../../../../fixtures/hostile/hostileDocuments';

const options = (fileName: string, limits: Partial<ImportLimits> = {}, clock?: () => number) => ({
  fileName,
  limits: { ...DEFAULT_IMPORT_LIMITS, ...limits },
  pdf: createNodePdfLoader(),
  ...(clock ? { clock } : {}),
});

async function refusal(bytes: Uint8Array, fileName: string, limits: Partial<ImportLimits> = {}, clock?: () => number): Promise<ImportError> {
  try {
    await importDocument(bytes, options(fileName, limits, clock));
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${fileName} was imported, not refused`);
}

function message(error: ImportError, language: 'sv' | 'en', name: string): string {
  return translate(catalogFor(language), importErrorKey(error.code, 'importError'), { name, ...importErrorValues(error.code, error.values, language) });
}

describe('hostile files (issue 13)', () => {
  it('refuses the 300 KB DOCX that expands to 300 million characters before inflating its text part', async () => {
    const bytes = expandingDocx();
    expect(bytes.length).toBeLessThan(400 * 1024);
    const error = await refusal(bytes, 'svälld.docx');
    expect(error.code).toBe('partTooLarge');
    expect(error.values.figure).toBeGreaterThan(300_000_000);
    expect(error.values.max).toBe(DEFAULT_IMPORT_LIMITS.maxPartBytes);
    expect(message(error, 'sv', 'svälld.docx')).toBe(
      'Texten i svälld.docx packar upp sig till 286,1 MB, mer än de 100 MB Spårbar läser ur en fil. Den kan vara skadad eller skadlig; öppna den i Word eller LibreOffice, dela upp den och spara om den. Inget har importerats.',
    );
  }, 60_000);

  it('stops a DOCX as soon as its text passes the character limit, not after building it', async () => {
    // 2,000 paragraphs of 1,000 characters against a limit of 100,000: refused within the 101st paragraph.
    const error = await refusal(paragraphsDocx('x'.repeat(1000), 2000), 'lång.docx', { maxCharacters: 100_000 });
    expect(error.code).toBe('tooManyCharacters');
    expect(error.values).toEqual({ max: 100_000, figure: 101_000 });
    expect(message(error, 'en', 'lång.docx')).toBe(
      'The document lång.docx has more text than Spårbar takes: more than 100,000 characters (reading stopped at 101,000). Split it into several files and import them one by one. Nothing was imported.',
    );
  });

  it('refuses a DOCX of more blocks than the limit while reading it', async () => {
    const error = await refusal(paragraphsDocx('ord', 5000), 'stycken.docx', { maxBlocks: 1000 });
    expect(error.code).toBe('tooManyBlocks');
    expect(error.values).toEqual({ max: 1000, figure: 1001 });
  });

  it('refuses the 10.6 KB DOCX of 100,000 nested tables at the table depth limit', async () => {
    const bytes = nestedTablesDocx();
    expect(bytes.length).toBeLessThan(16 * 1024);
    const error = await refusal(bytes, 'tabeller.docx');
    expect(error.code).toBe('tablesTooDeep');
    expect(error.values).toEqual({ max: 50, figure: 51 });
    expect(message(error, 'sv', 'tabeller.docx')).toBe(
      'Dokumentet tabeller.docx har tabeller i tabeller i fler än 50 nivåer (51). Det kan vara skadat eller skadligt; öppna det i Word eller LibreOffice, gör om de inre tabellerna till text och spara igen. Inget har importerats.',
    );
  });

  it('reads a DOCX of tables nested to the limit', async () => {
    const document = await importDocument(nestedTablesDocx(50), options('tabeller.docx'));
    expect(document.text).toBe('innerst');
  });

  it('refuses the HTML file of 200,000 nested divs at the element depth limit', async () => {
    const error = await refusal(nestedDivsHtml(), 'djup.html');
    expect(error.code).toBe('elementsTooDeep');
    expect(error.values).toEqual({ max: 1000, figure: 1001 });
    expect(message(error, 'en', 'djup.html')).toContain('more than 1,000 levels deep (1,001)');
  });

  it('reads an HTML paragraph of a million entities (its text no longer flattened at every piece)', async () => {
    const document = await importDocument(new TextEncoder().encode(`<p>${'&amp;'.repeat(1_000_000)}</p>`), options('entiteter.html'));
    expect(document.text).toBe('&'.repeat(1_000_000));
  });

  it('reads the 12 MB text of `a-a-a-…` (the word count no longer overflows its stack)', async () => {
    const document = await importDocument(hyphenatedText(), options('bindestreck.txt'));
    expect(document.text.length).toBe(12 * 1024 * 1024);
    expect(document.blocks).toHaveLength(1);
    expect(wordCount(document.text)).toBe(1);
  });

  it('refuses the 13 MB PDF of 100,000 pages before reading a page', async () => {
    const bytes = manyPagesPdf();
    expect(bytes.length).toBeGreaterThan(10 * 1024 * 1024);
    const error = await refusal(bytes, 'sidor.pdf');
    expect(error.code).toBe('tooManyPages');
    expect(error.values).toEqual({ max: 5000, figure: 100_000 });
    expect(message(error, 'sv', 'sidor.pdf')).toBe(
      'Dokumentet sidor.pdf har fler än 5\u00a0000 sidor (100\u00a0000). Dela upp det i mindre PDF-filer och importera dem var för sig. Inget har importerats.',
    );
  }, 60_000);

  it('stops a file whose reading passes the time limit on the caller’s clock', async () => {
    let now = 0;
    const clock = () => (now += 100);
    const error = await refusal(paragraphsDocx('ord', 5000), 'långsam.docx', { timeoutMs: 5_000 }, clock);
    expect(error.code).toBe('timeout');
    expect(error.values.max).toBe(5);
    expect(message(error, 'sv', 'långsam.docx')).toContain('Det tog längre än tidsgränsen (5 s) att läsa långsam.docx');
  });
});
