// The PDF importer on every PDF of ../shared/corpus/pdf (see its SOURCES.md): what each file must yield,
// checked once by reading the file. Skipped where the corpus is not beside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportedDocument } from '../../shared/ingest/documents/importTypes';
import { DEFAULT_IMPORT_LIMITS } from '../../shared/domain/importLimits';
import { ImportError } from '../../shared/domain/importError';
import { importPdf } from '../../shared/ingest/documents/pdf/importPdf';
import { createNodePdfLoader } from '../support/nodePdfLoader';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS_PDF = path.resolve(repoRoot, '..', 'shared', 'corpus', 'pdf');
const exists = existsSync(CORPUS_PDF);
const TIMEOUT = 30_000;
const loader = createNodePdfLoader();

type Outcome = ImportedDocument | ImportError;

async function run(file: string, password?: string): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS_PDF, file)));
  try {
    return await importPdf(bytes, { fileName: file, password, limits: DEFAULT_IMPORT_LIMITS, pdf: loader });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

async function imported(file: string, password?: string): Promise<ImportedDocument> {
  const outcome = await run(file, password);
  if (outcome instanceof ImportError) throw new Error(`${file} did not import: ${outcome.message}`);
  return outcome;
}

async function refused(file: string, password?: string): Promise<string> {
  const outcome = await run(file, password);
  return outcome instanceof ImportError ? outcome.code : 'imported';
}

function texts(document: ImportedDocument): string[] {
  return document.blocks.map((block) => document.text.slice(block.start, block.end));
}

/** What every file must come out as. A new file in the corpus fails the suite until it gets a line here. */
const EXPECTATIONS: Record<string, () => Promise<void>> = {
  'tracemonkey.pdf': async () => {
    const document = await imported('tracemonkey.pdf');
    expect(document.pageCount).toBe(14);
    expect(document.warnings).toEqual([]);
    expect(document.metadata.date).toBe('2009-04-01');
    const [title] = document.blocks;
    expect([title?.kind, title?.level, texts(document)[0]]).toEqual(['heading', 1, 'Trace-based Just-in-Time Type Specialization for Dynamic Languages']);
    const paragraphs = texts(document);
    expect(paragraphs).toContain('Abstract');
    // "com-" + "pile" rejoined; the abstract is read down the left column, not across into the right one.
    expect(paragraphs.find((text) => text.startsWith('Dynamic languages such as JavaScript are more difficult'))).toMatch(
      /^Dynamic languages such as JavaScript are more difficult to compile than statically typed ones\. .* benchmark programs\.$/,
    );
    // Page 2 starts with the left column's continued paragraph; the right column's listing comes after the left column.
    const page2 = document.blocks.filter((block) => block.page === '2').map((block) => document.text.slice(block.start, block.end));
    expect(page2[0]).toBe('Hence, recording and compiling a trace speculates that the path and typing will be exactly as they were during recording for subsequent iterations of the loop.');
    expect(page2.indexOf('1 for (var i = 2; i < 100; ++i) {')).toBeGreaterThan(page2.findIndex((text) => text.startsWith('The remainder of this paper')));
    // TeX's composed accent: "na¨" + "ıve".
    expect(document.text).toContain('In a naïve implementation, inner loops would become hot first');
    expect(document.blocks.every((block) => block.page !== null && Number(block.page) >= 1 && Number(block.page) <= 14)).toBe(true);
    // The last reference runs over into the right column with its hanging indent and stays one block.
    expect(paragraphs.at(-1)).toMatch(/^\[19\] M\. Zaleski, .* YETI: A graduallY Extensible Trace Interpreter\. .* 2007\.$/);
  },
  'bug1937438_from_word.pdf': async () => {
    const document = await imported('bug1937438_from_word.pdf');
    expect(document.pageCount).toBe(1);
    expect(document.metadata).toEqual({ title: null, author: 'Calixte Denizet', organisation: null, date: '2025-10-21' });
    expect(texts(document)[0]).toBe('Here’s a simple formula to compute the square of 𝜋:');
  },
  'structure_simple.pdf': async () => {
    const document = await imported('structure_simple.pdf');
    expect(document.blocks.map((block) => [block.kind, block.level])).toEqual([
      ['heading', 1],
      ['paragraph', null],
      ['heading', 2],
      ['paragraph', null],
    ]);
    expect(texts(document)).toEqual(['Heading 1', 'This paragraph 1.', 'Heading 2', 'This paragraph 2.']);
  },
  'issue7580.pdf': async () => {
    expect((await imported('issue7580.pdf')).text).toBe('Issue 7580: ae,æ - o,ø.');
  },
  'bug893730.pdf': async () => {
    expect((await imported('bug893730.pdf')).text).toBe('ðöéáþæíúý');
  },
  'issue2074.pdf': async () => {
    const document = await imported('issue2074.pdf');
    for (const line of ['German Ae: Ä', 'German Oe: Ö', 'German Ue: Ü', 'German ae: ä', 'German oe: ö', 'German ue: ü', 'German Sz: ß']) {
      expect(document.text).toContain(line);
    }
    expect(document.metadata.date).toBe('2012-09-04');
  },
  'german-umlaut-r.pdf': async () => {
    expect((await imported('german-umlaut-r.pdf')).text).toBe('ö„üä“Äß');
  },
  'french_diacritics.pdf': async () => {
    const document = await imported('french_diacritics.pdf');
    expect(texts(document)).toEqual(['à À â Â ä Ä ç Ç é É è È ê Ê ë Ë î Î ï Ï ô Ô ù Ù û Û ü Ü', '1']);
    // TeX's page number at the foot of the page.
    expect(document.blocks[1]?.running).toBe('footer');
    expect(document.warnings).toEqual([{ code: 'runningTextHidden', values: { count: 1 } }]);
  },
  'ArabicCIDTrueType.pdf': async () => {
    const document = await imported('ArabicCIDTrueType.pdf');
    // Four lines of "انواع الخطوط العربية" in four fonts (presentation forms as the file has them), read right to left.
    expect(document.text.startsWith('اﻧﻮاع اخلﻄﻮط اﻟﻌﺮﺑﻴﺔ')).toBe(true);
    expect(document.text.split('اﻧﻮاع').length - 1).toBe(4);
  },
  'TrueType_without_cmap.pdf': async () => {
    // The font has no cmap, so the characters mean nothing; the file still imports as one block.
    const document = await imported('TrueType_without_cmap.pdf');
    expect(document.pageCount).toBe(1);
    expect(document.blocks).toHaveLength(1);
    expect(document.text.trim()).not.toBe('');
  },
  'noembed-sjis.pdf': async () => {
    const document = await imported('noembed-sjis.pdf');
    expect(document.text).toBe('あいうえお');
    expect(document.metadata).toEqual({ title: 'Jaoanese noembed test PDF', author: 'vyv03354', organisation: null, date: '2013-01-16' });
  },
  'issue13372.pdf': async () => {
    expect(await refused('issue13372.pdf')).toBe('noTextLayer');
  },
  'issue4684.pdf': async () => {
    expect((await imported('issue4684.pdf')).text).toBe('A broken TrueType font, missing the "glyf" table, used by OCR software to enable text-selection.');
  },
  'pr6531_1.pdf': async () => {
    expect(await refused('pr6531_1.pdf')).toBe('passwordRequired');
    expect(await refused('pr6531_1.pdf', 'fel')).toBe('passwordWrong');
    // The right password opens it: a scanned image without a text layer.
    expect(await refused('pr6531_1.pdf', 'asdfasdf')).toBe('noTextLayer');
  },
  'pr6531_2.pdf': async () => {
    expect(await refused('pr6531_2.pdf')).toBe('passwordRequired');
    expect(await refused('pr6531_2.pdf', 'fel')).toBe('passwordWrong');
    expect(await refused('pr6531_2.pdf', 'asdfasdf')).toBe('noTextLayer');
  },
  'issue6010_2.pdf': async () => {
    expect(await refused('issue6010_2.pdf')).toBe('passwordRequired');
    expect(await refused('issue6010_2.pdf', 'aoa')).toBe('passwordWrong');
    expect((await imported('issue6010_2.pdf', 'æøå')).text).toBe('Issue 6010');
  },
  'saslprep-r6.pdf': async () => {
    expect(await refused('saslprep-r6.pdf')).toBe('passwordRequired');
    expect(await refused('saslprep-r6.pdf', 'SASLprep')).toBe('passwordWrong');
    // As published (with ª and a soft hyphen); it opens once SASLprep has prepared it.
    expect((await imported('saslprep-r6.pdf', 'S\u00AASL\u00ADprep')).text).toBe('Hello pdf.js world');
  },
  'empty_protected.pdf': async () => {
    // Encrypted with an empty user password: it opens without asking, and its one page is empty.
    expect(await refused('empty_protected.pdf')).toBe('noTextLayer');
  },
  'bug900822.pdf': async () => {
    const document = await imported('bug900822.pdf');
    expect(document.metadata).toEqual({ title: 'PDF Browser test', author: 'ME', organisation: null, date: '2013-08-01' });
    // Five lines of the same words; the fourth is drawn four times a hair apart (fake bold) and reads once.
    expect(texts(document).filter((text) => text === 'Test test test test test test')).toHaveLength(4);
    expect(document.text).not.toMatch(/T es t|Tee|ess|stt/);
    expect(document.text).toContain('01/08/2013 12:56:45');
  },
  'bug1020226.pdf': async () => {
    expect(await refused('bug1020226.pdf')).toBe('corrupt');
  },
  'issue15590.pdf': async () => {
    // pdf.js repairs the missing trailer into one empty page.
    expect(await refused('issue15590.pdf')).toBe('noTextLayer');
  },
  'helloworld-bad.pdf': async () => {
    expect((await imported('helloworld-bad.pdf')).text).toBe('Hello, world!');
  },
  'xref_command_missing.pdf': async () => {
    expect((await imported('xref_command_missing.pdf')).text).toBe('Reduced test-case');
  },
  'poppler-85140-0.pdf': async () => {
    // pdf.js repairs the bad /Count into one page, which has no text.
    expect(await refused('poppler-85140-0.pdf')).toBe('noTextLayer');
  },
};

describe.skipIf(!exists)('real-world PDFs in ../shared/corpus/pdf', () => {
  const files = exists ? readdirSync(CORPUS_PDF).filter((name) => name.toLowerCase().endsWith('.pdf')).sort() : [];

  it('has an expectation for every PDF in the corpus', () => {
    expect(files).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  for (const file of files) {
    const check = EXPECTATIONS[file];
    it.skipIf(check === undefined)(file, async () => check!(), TIMEOUT);
  }
});
