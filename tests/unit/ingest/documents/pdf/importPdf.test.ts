// The PDF importer end to end on generated fixtures, with pdf.js's Node build as the loader.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../shared/domain/document';
import { type ImportedDocument, type ImportOptions } from '../../../../../shared/ingest/documents/importTypes';
import { type PdfLoader } from '../../../../../shared/ports/pdfLoader';
import { DEFAULT_IMPORT_LIMITS } from '../../../../../shared/domain/importLimits';
import { ImportError } from '../../../../../shared/domain/importError';
import { importPdf } from '../../../../../shared/ingest/documents/pdf/importPdf';
import {
  expectedText,
  footerPdf,
  gapsPdf,
  HYPHENATION,
  hyphenationPdf,
  noTextPdf,
  pageBreakHyphenPdf,
  REPORT,
  REPORT_HEADER,
  REPORT_TITLE,
  reportPdf,
  rotatedPdf,
} from '../../../../fixtures/pdf/fixtures';
import { writePdf } from '../../../../fixtures/pdf/pdfWriter';
import { createNodePdfLoader } from '../../../../support/nodePdfLoader';

const loader = createNodePdfLoader();

function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  return { fileName: 'rapport.pdf', limits: DEFAULT_IMPORT_LIMITS, pdf: loader, ...extra };
}

const textOf = (document: ImportedDocument, block: Block) => document.text.slice(block.start, block.end);
const body = (document: ImportedDocument) => document.blocks.filter((block) => block.running === undefined);

async function importError(bytes: Uint8Array, extra: Partial<ImportOptions> = {}): Promise<ImportError> {
  const error = await importPdf(bytes, options(extra)).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importPdf on a five-page report', async () => {
  const fixture = reportPdf();
  const progress: number[] = [];
  const document = await importPdf(fixture.bytes, options({ onProgress: (fraction) => progress.push(fraction) }));
  const blocksOn = (page: string) => document.blocks.filter((block) => block.page === page);
  const bodyText = (page: string) => body(document).filter((block) => block.page === page).map((block) => textOf(document, block));

  it('is a PDF of five pages whose blocks carry the printed page labels i, ii, 1, 2, 3', () => {
    expect(document.format).toBe('pdf');
    expect(document.pageCount).toBe(5);
    expect([...new Set(document.blocks.map((block) => block.page))]).toEqual(['i', 'ii', '1', '2', '3']);
  });

  it('reports progress after every page', () => {
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('reads the metadata of the Info dictionary', () => {
    expect(document.metadata).toEqual({ title: REPORT_HEADER, author: 'Åsa Öberg', organisation: 'Region Norrbotten', date: '2023-09-30' });
  });

  it('marks the running header and the "Sida N av 5" footer on every page, and says how many lines it hides', () => {
    for (const [index, page] of ['i', 'ii', '1', '2', '3'].entries()) {
      const blocks = blocksOn(page);
      expect(blocks[0]?.running).toBe('header');
      expect(textOf(document, blocks[0]!)).toBe(REPORT_HEADER);
      expect(blocks.at(-1)?.running).toBe('footer');
      expect(textOf(document, blocks.at(-1)!)).toBe(`Sida ${index + 1} av 5`);
      expect(blocks.slice(1, -1).every((block) => block.running === undefined)).toBe(true);
    }
    expect(document.warnings).toContainEqual({ code: 'runningTextHidden', values: { count: 10 } });
  });

  it('makes headings of the bigger lines: the title level 1, section headings level 2', () => {
    const headings = document.blocks.filter((block) => block.kind === 'heading').map((block) => [textOf(document, block), block.level, block.page]);
    expect(headings).toEqual([
      [REPORT_TITLE, 1, 'i'],
      ['Sammanfattning', 2, 'ii'],
      ['1 Inledning', 2, '1'],
      ['1.1 Bakgrund', 2, '1'],
      ['2 Resultat', 2, '2'],
      ['3 Analys', 2, '3'],
    ]);
  });

  it('joins justified lines set word by word into the paragraphs as written, Swedish letters, quotes and dashes included', () => {
    expect(bodyText('ii')).toEqual(['Sammanfattning', expectedText(REPORT.summary)]);
    expect(bodyText('1').slice(0, 4)).toEqual(['1 Inledning', expectedText(REPORT.intro), '1.1 Bakgrund', expectedText(REPORT.background)]);
    expect(bodyText('2').at(-1)).toBe(expectedText(REPORT.results));
    expect(document.text).toContain('Inom EU-projektet “Kompetens i norr” – som startade 2021 – deltar Åre, Älvsbyn och Östersund.');
    expect(document.text).toContain('ÅÄÖ och åäö');
  });

  it('puts words back together at soft hyphens, which pdf.js drops from its text', () => {
    const soft = fixture.breaks.filter((item) => item.before.endsWith('\u00AD'));
    expect(soft.length).toBeGreaterThan(0);
    for (const { before, after } of soft) expect(document.text).toContain(before.slice(0, -1) + after);
    expect(document.text).not.toContain('\u00AD');
  });

  it('splits the paragraph that runs over the page break into one block per page', () => {
    const onFirst = bodyText('1').at(-1)!;
    const onSecond = bodyText('2')[0]!;
    expect(expectedText(REPORT.crossing).startsWith(onFirst)).toBe(true);
    expect(`${onFirst} ${onSecond}`).toBe(expectedText(REPORT.crossing));
    expect(onSecond.length).toBeGreaterThan(20);
  });

  it('reads the two-column page column by column', () => {
    expect(bodyText('3')).toEqual(['3 Analys', ...REPORT.left.map(expectedText), ...REPORT.right.map(expectedText)]);
  });

  it('follows the text model contract: offsets into NFC text, blocks separated by a blank line', () => {
    expect(document.text).toBe(document.text.normalize('NFC'));
    const joined = document.blocks.map((block) => textOf(document, block)).join('\n\n');
    expect(joined).toBe(document.text);
    expect(document.blocks.every((block) => block.page !== null)).toBe(true);
  });
});

describe('importPdf on line-end hyphens', async () => {
  const fixture = hyphenationPdf();
  const document = await importPdf(fixture.bytes, options());

  it('rejoins broken words and keeps the hyphen of compounds', () => {
    expect(fixture.breaks.map((item) => item.before)).toEqual(expect.arrayContaining(['utveck-', 'EU-', '2020-', 'Skåne-', 'sjuk-']));
    expect(body(document).map((block) => textOf(document, block))).toEqual(HYPHENATION.map(expectedText));
  });

  it('takes no title from "Microsoft Word - name.docx": a file name, not a title', () => {
    expect(document.metadata.title).toBeNull();
  });
});

describe('importPdf on a word broken over a page break', () => {
  it('moves the rest of the word back to the page where it starts', async () => {
    const document = await importPdf(pageBreakHyphenPdf(), options());
    expect(document.blocks.map((block) => [block.page, textOf(document, block)])).toEqual([
      ['1', 'Ett stycke som börjar på första sidan och handlar om hur den regionala utvecklingen'],
      ['2', 'har gått under året, och som slutar här.'],
      ['2', 'Nästa stycke.'],
    ]);
  });
});

describe('importPdf on pages without text', () => {
  it('names the pages without text in a warning', async () => {
    const document = await importPdf(gapsPdf(), options());
    expect(document.pageCount).toBe(5);
    expect(document.blocks.map((block) => [block.page, textOf(document, block)])).toEqual([
      ['1', 'Första sidan har text.'],
      ['3', 'Tredje sidan har text.'],
    ]);
    expect(document.warnings).toEqual([{ code: 'pagesWithoutText', values: { pages: '2, 4–5' } }]);
  });

  it('refuses a PDF without any text: noTextLayer', async () => {
    expect((await importError(noTextPdf())).code).toBe('noTextLayer');
  });

  it('counts pages with nothing but a page number as pages without text', async () => {
    const numbered = (n: number) => ({ runs: [{ text: `Sida ${n} av 3`, x: 280, y: 40, size: 9 }] });
    expect((await importError(writePdf({ pages: [numbered(1), numbered(2), numbered(3)] }))).code).toBe('noTextLayer');
    const text = { runs: [{ text: 'En sida med text.', x: 72, y: 700, size: 11 }, ...numbered(1).runs] };
    const document = await importPdf(writePdf({ pages: [text, numbered(2), numbered(3)] }), options());
    expect(document.warnings).toContainEqual({ code: 'pagesWithoutText', values: { pages: '2–3' } });
  });
});

describe('importPdf on text at an angle', () => {
  it('reads a page set at 90° in its own direction and keeps a diagonal stamp apart', async () => {
    const document = await importPdf(rotatedPdf(), options());
    const page = (label: string) => document.blocks.filter((block) => block.page === label).map((block) => textOf(document, block));
    expect(page('1').join(' ')).toBe('Första raden på den vridna sidan. Andra raden kommer sedan. Tredje raden sist.');
    expect(page('2')).toEqual(['Vanlig text på en stående sida.', 'Mer vanlig text under stämpeln.', 'UTKAST']);
  });
});

describe('importPdf on page-number footers', () => {
  it.each([
    ['- 1 -', '- 2 -'],
    ['1', '2'],
    ['Sida 1 av 2', 'Sida 2 av 2'],
  ])('marks %s / %s as a running footer even on two pages', async (...footers) => {
    const document = await importPdf(footerPdf(footers), options());
    const marked = document.blocks.filter((block) => block.running === 'footer').map((block) => textOf(document, block));
    expect(marked).toEqual(footers);
  });
});

describe('importPdf on files it cannot read', () => {
  it('calls garbage and a truncated file corrupt', async () => {
    const garbage = new Uint8Array(4000).map((_, index) => (index * 7919) % 251);
    expect((await importError(garbage)).code).toBe('corrupt');
    const report = reportPdf().bytes;
    const truncated = await importError(report.slice(0, Math.floor(report.length / 2)));
    expect(truncated.code).toBe('corrupt');
    expect(truncated.detail).toMatch(/InvalidPDFException/);
  });

  it('refuses empty input and files over the size limit', async () => {
    expect((await importError(new Uint8Array())).code).toBe('empty');
    const small = { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 100 };
    expect((await importError(noTextPdf(), { limits: small })).code).toBe('tooLarge');
  });

  it('tells a missing password from a wrong one', async () => {
    const refuse = (code: number): PdfLoader => async () => {
      throw Object.assign(new Error(code === 1 ? 'No password given' : 'Incorrect Password'), { name: 'PasswordException', code });
    };
    const bytes = noTextPdf();
    expect((await importError(bytes, { pdf: refuse(1) })).code).toBe('passwordRequired');
    expect((await importError(bytes, { pdf: refuse(2) })).code).toBe('passwordRequired');
    expect((await importError(bytes, { pdf: refuse(2), password: '' })).code).toBe('passwordRequired');
    expect((await importError(bytes, { pdf: refuse(2), password: 'fel' })).code).toBe('passwordWrong');
    expect((await importError(bytes, { pdf: refuse(1), password: 'fel' })).code).toBe('passwordWrong');
  });

  it('calls other load failures corrupt, with pdf.js\'s message as the detail', async () => {
    const broken: PdfLoader = async () => {
      throw Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' });
    };
    const error = await importError(noTextPdf(), { pdf: broken });
    expect([error.code, error.detail]).toEqual(['corrupt', 'InvalidPDFException: Invalid PDF structure.']);
  });
});

describe('importPdf and pdf.js resources', () => {
  /** The Node loader, counting cleanup() of pages and destroy() of documents, optionally failing some pages. */
  function counting(failPages: number[] = []) {
    const counts = { cleanups: 0, destroys: 0, pages: 0 };
    const pdf: PdfLoader = async (bytes, password) => {
      const document = await loader(bytes, password);
      return {
        numPages: document.numPages,
        getPageLabels: () => document.getPageLabels(),
        getMetadata: () => document.getMetadata(),
        destroy: async () => {
          counts.destroys++;
          await document.destroy();
        },
        getPage: async (number) => {
          const page = await document.getPage(number);
          counts.pages++;
          return {
            getViewport: (viewport) => page.getViewport(viewport),
            getTextContent: async () => {
              if (failPages.includes(number)) throw Object.assign(new Error('bad content stream'), { name: 'FormatError' });
              return page.getTextContent();
            },
            cleanup: () => {
              counts.cleanups++;
              page.cleanup();
            },
          };
        },
      };
    };
    return { counts, pdf };
  }

  it('cleans up every page and destroys the document, also when the import fails', async () => {
    const ok = counting();
    await importPdf(reportPdf().bytes, options({ pdf: ok.pdf }));
    expect(ok.counts).toEqual({ cleanups: 5, destroys: 1, pages: 5 });
    const failing = counting();
    await importError(noTextPdf(), { pdf: failing.pdf });
    expect(failing.counts).toEqual({ cleanups: 2, destroys: 1, pages: 2 });
  });

  it('treats a page pdf.js cannot read as a page without text, and a file of such pages as corrupt', async () => {
    const one = counting([2]);
    const document = await importPdf(reportPdf().bytes, options({ pdf: one.pdf }));
    expect(document.warnings).toContainEqual({ code: 'pagesWithoutText', values: { pages: 'ii' } });
    expect(one.counts.cleanups).toBe(5);
    const all = counting([1, 2]);
    const error = await importError(noTextPdf(), { pdf: all.pdf });
    expect([error.code, error.detail]).toEqual(['corrupt', 'FormatError: bad content stream']);
    expect(all.counts.destroys).toBe(1);
  });
});
