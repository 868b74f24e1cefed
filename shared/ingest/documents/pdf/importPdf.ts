import { createLimitGuard, type LimitGuard } from '../../../domain/importLimits';
import { createTextModelBuilder, type TextModelBuilder } from '../textModelBuilder';
import type { ImportedDocument, ImportOptions } from '../importTypes';
import type { PdfDocumentLike, PdfPageLike } from '../../../ports/pdfLoader';
import { ImportError } from '../../../domain/importError';
import type { ImportWarning } from '../../../domain/importWarning';
import { createSizeStats } from './headingSizes';
import { carryBrokenWord, removeSoftHyphens } from './hyphenation';
import { formatPageRanges, pageLabelOf, readPageLabels } from './pageLabels';
import { loadError } from './pdfErrors';
import { openPdf } from './pdfPassword';
import { buildLines } from './pdfLines';
import { readPdfMetadata, xmpTitle } from './pdfMetadata';
import { buildParagraphs, type HeadingLevelOf, type Paragraph } from './pdfParagraphs';
import { readTextRuns, type PageBox } from './pdfTextItems';
import type { PdfLine, PdfPageText } from './pdfTypes';
import { findRunningText, type RunningKind } from './runningText';

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The page's box in user space: pdf.js's viewport carries it as `viewBox` (the interface only promises the size). */
function pageBox(page: PdfPageLike): PageBox {
  const viewport: unknown = page.getViewport({ scale: 1 });
  const record = typeof viewport === 'object' && viewport !== null ? (viewport as Record<string, unknown>) : {};
  const box = record.viewBox;
  if (Array.isArray(box) && box.length === 4) {
    const [x0, y0, x1, y1] = box as unknown[];
    if (finite(x0) && finite(y0) && finite(x1) && finite(y1)) return [x0, y0, x1, y1];
  }
  const width = finite(record.width) ? record.width : 0;
  const height = finite(record.height) ? record.height : 0;
  return [0, 0, width, height];
}

interface PageRead {
  page: PdfPageText;
  failure: unknown;
}

/** One page's lines; pdf.js's text items are dropped as soon as the lines are built. */
async function readPage(doc: PdfDocumentLike, number: number, label: string): Promise<PageRead> {
  const empty: PdfPageText = { number, label, top: 0, bottom: 0, lines: [], offAxis: [] };
  let page: PdfPageLike;
  try {
    page = await doc.getPage(number);
  } catch (error) {
    return { page: empty, failure: error };
  }
  try {
    let items: unknown[];
    try {
      items = (await page.getTextContent()).items;
    } catch (error) {
      return { page: empty, failure: error };
    }
    const runs = readTextRuns(Array.isArray(items) ? items : [], pageBox(page));
    return { page: { number, label, top: runs.top, bottom: runs.bottom, lines: buildLines(runs.runs), offAxis: runs.offAxis }, failure: null };
  } finally {
    page.cleanup();
  }
}

interface PageBlocks {
  page: PdfPageText;
  headers: string[];
  body: Paragraph[];
  footers: string[];
}

function splitPage(page: PdfPageText, marks: readonly (RunningKind | null)[], levelOf: HeadingLevelOf): PageBlocks {
  const headers: string[] = [];
  const footers: string[] = [];
  const body: PdfLine[] = [];
  page.lines.forEach((line, index) => {
    const mark = marks[index] ?? null;
    if (mark === 'header') headers.push(line.text);
    else if (mark === 'footer') footers.push(line.text);
    else body.push(line);
  });
  const paragraphs = buildParagraphs(body, levelOf);
  for (const text of page.offAxis) paragraphs.push({ kind: 'paragraph', level: null, text });
  return { page, headers, body: paragraphs, footers };
}

/** Moves the rest of a word broken at the bottom of one page back from the top of the next. */
function healPageBreak(current: PageBlocks, next: PageBlocks): void {
  const last = current.body[current.body.length - 1];
  const first = next.body[0];
  if (last?.kind !== 'paragraph' || first?.kind !== 'paragraph') return;
  const carried = carryBrokenWord(last.text, first.text);
  if (carried === null) return;
  last.text = carried.previous;
  first.text = carried.next;
}

function addPage(builder: TextModelBuilder, blocks: PageBlocks): number {
  const page = blocks.page.label;
  for (const text of blocks.headers) builder.add('paragraph', removeSoftHyphens(text), { page, running: 'header' });
  for (const paragraph of blocks.body) {
    builder.add(paragraph.kind, removeSoftHyphens(paragraph.text), { page, level: paragraph.level });
  }
  for (const text of blocks.footers) builder.add('paragraph', removeSoftHyphens(text), { page, running: 'footer' });
  return blocks.headers.length + blocks.footers.length;
}

async function readDocument(doc: PdfDocumentLike, options: ImportOptions, guard: LimitGuard): Promise<ImportedDocument> {
  const pageCount = doc.numPages;
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new ImportError('corrupt', 'the PDF has no pages');
  guard.check('pdfPages', pageCount);
  const labels = readPageLabels(await doc.getPageLabels().catch(() => null), pageCount);
  const { info, xmp } = await doc.getMetadata().then(
    (metadata) => ({ info: metadata.info, xmp: metadata.metadata ?? null }),
    () => ({ info: null, xmp: null }),
  );

  const pages: PdfPageText[] = [];
  let firstFailure: unknown = null;
  let failures = 0;
  let characters = 0;
  for (let number = 1; number <= pageCount; number++) {
    guard.tick();
    const read = await readPage(doc, number, pageLabelOf(labels, number - 1));
    for (const line of read.page.lines) characters += line.text.length;
    for (const text of read.page.offAxis) characters += text.length;
    guard.check('characters', characters);
    if (read.failure !== null) {
      failures++;
      firstFailure ??= read.failure;
    }
    pages.push(read.page);
    options.onProgress?.(number / pageCount);
  }
  if (failures === pageCount) throw loadError(firstFailure, options.password);

  const marks = findRunningText(pages);
  // A page with nothing but a running header or a page number (a scan with a stamped number) has no text either.
  const withoutText = pages
    .filter((page, index) => page.offAxis.length === 0 && page.lines.every((_, line) => marks[index]?.[line] != null))
    .map((page) => page.number);
  if (withoutText.length === pageCount) throw new ImportError('noTextLayer', `${pageCount} page(s) without text`);

  const sizes = createSizeStats();
  pages.forEach((page, index) => {
    page.lines.forEach((line, lineIndex) => {
      if (marks[index]?.[lineIndex] == null) sizes.add(line.size, line.text.length);
    });
  });
  const levelOf = sizes.headingLevels();

  const builder = createTextModelBuilder(guard);
  let running = 0;
  let pending: PageBlocks | null = null;
  pages.forEach((page, index) => {
    const blocks = splitPage(page, marks[index] ?? [], levelOf);
    if (pending !== null) {
      healPageBreak(pending, blocks);
      running += addPage(builder, pending);
    }
    pending = blocks;
  });
  if (pending !== null) running += addPage(builder, pending);

  const warnings: ImportWarning[] = [];
  if (running > 0) warnings.push({ code: 'runningTextHidden', values: { count: running } });
  if (withoutText.length > 0) {
    warnings.push({ code: 'pagesWithoutText', values: { pages: formatPageRanges(withoutText, (number) => pageLabelOf(labels, number - 1)) } });
  }
  const { text, blocks } = builder.build();
  return { format: 'pdf', text, blocks, pageCount, warnings, metadata: readPdfMetadata(info, xmpTitle(xmp)) };
}

/**
 * Imports a PDF's text layer: lines in reading order (two-column pages column by column), joined into
 * paragraphs and headings per page, words broken at line ends put back together, running headers and
 * footers marked, each block labelled with its printed page. pdf.js comes in through `options.pdf`.
 * The limits hold as it reads: the number of pages before any page is read, characters page by page.
 */
export async function importPdf(bytes: Uint8Array, options: ImportOptions): Promise<ImportedDocument> {
  if (bytes.length === 0) throw new ImportError('empty');
  if (bytes.length > options.limits.maxFileBytes) throw new ImportError('tooLarge', `${bytes.length} bytes`);
  const guard = createLimitGuard(options.limits, options.clock);
  const doc = await openPdf(bytes, options);
  try {
    return await readDocument(doc, options, guard);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
