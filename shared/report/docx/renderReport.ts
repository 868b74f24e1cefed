import { AlignmentType, Document, LevelFormat, Packer, Paragraph, SectionType, type ISectionOptions } from 'docx';
import { catalogFor, translate } from '../../i18n';
import type { ReportBlock, ReportDocument } from '../document/reportDocument';
import type { RasterImage, SvgRasterizer } from '../charts/svgRasterizer';
import { bodyBlock, headingBookmark, NUMBERED_LIST, type BodyChild } from './bodyBlocks';
import { fittedSize, TWIPS_PER_PIXEL } from './chartBlock';
import { estimateHeadingPages } from './pageEstimate';
import { emptyFooter, emptyHeader, PAGE_PROPERTIES, pageNumberFooter, runningHeader } from './pageFrame';
import { characterStyles, LANGUAGE_TAGS, paragraphStyles, reportStyles } from './reportStyles';
import { templateStyleIds, withDefaultLanguage } from './templateStyles';
import { titlePage } from './titlePage';
import { xmlSafeDocument } from './xmlSafeDocument';

/** What the caller's AbortSignal is to the rendering (shared/ has no DOM types; a real AbortSignal fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

export interface RenderReportOptions {
  /** Draws each chart's SVG as a PNG (resvg in Node or in the report worker). */
  rasterize: SvgRasterizer;
  /** A Word template's `word/styles.xml` (templateStylesFrom): its fonts and colours replace the house's. */
  templateStylesXml?: string | null;
  /** Called after each group of blocks (its charts drawn) and once packed: `done` of `total` steps. */
  onProgress?: (done: number, total: number) => void;
  /** When aborted, the rendering stops at the next group with a DOMException named `AbortError`. */
  signal?: AbortSignalLike;
}

/** Blocks rendered between two looks at the signal and two progress reports. */
const GROUP_SIZE = 40;

/** Groups of blocks: a new one at each level-1 heading, and after GROUP_SIZE blocks. */
export function blockGroups(blocks: readonly ReportBlock[]): ReportBlock[][] {
  const groups: ReportBlock[][] = [];
  let group: ReportBlock[] = [];
  for (const block of blocks) {
    const opensSection = block.kind === 'heading' && block.level === 1;
    if (group.length >= GROUP_SIZE || (opensSection && group.length > 0)) {
      groups.push(group);
      group = [];
    }
    group.push(block);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

interface DomExceptionConstructor {
  new (message: string, name: string): Error;
}

function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted !== true) return;
  const DomException = (globalThis as unknown as { DOMException?: DomExceptionConstructor }).DOMException;
  if (DomException !== undefined) throw new DomException('The report was cancelled.', 'AbortError');
  const error = new Error('The report was cancelled.');
  error.name = 'AbortError';
  throw error;
}

/** Lets the worker's event loop run (a cancel message) between groups. */
function nextTask(): Promise<void> {
  const later = (globalThis as unknown as { setTimeout?: (run: () => void, ms: number) => unknown }).setTimeout;
  return new Promise((resolve) => (later === undefined ? resolve() : later(resolve, 0)));
}

function styleOptions(doc: ReportDocument, templateXml: string | null) {
  if (templateXml === null) {
    return { styles: reportStyles(doc.language) };
  }
  // The template's own styles win; the house's fill in only the ids it lacks (Quote, Caption, Note, TOC…).
  const ids = templateStyleIds(templateXml);
  return {
    externalStyles: withDefaultLanguage(templateXml, LANGUAGE_TAGS[doc.language]),
    styles: {
      paragraphStyles: paragraphStyles(null).filter((style) => !ids.has(style.id)),
      characterStyles: characterStyles().filter((style) => !ids.has(style.id)),
    },
  };
}

/**
 * The report as a Word document (.docx bytes): the title page on its own page without header or footer,
 * then the blocks under a running header (the title) and a footer with the page number (`Sida 3`). Headings
 * are Word's Heading 1-3 (level 1 on a new page), quotes the Quote style with their citations in footnotes,
 * tables native with a repeated header row, charts PNGs with alt text, the table of contents a real TOC
 * field (updated by Word on opening) whose cached entries carry estimated page numbers, so LibreOffice shows
 * them too. Runs in Node and in a Web Worker: no DOM, no Node.
 */
export async function renderReportDocx(report: ReportDocument, options: RenderReportOptions): Promise<Uint8Array> {
  const doc = xmlSafeDocument(report);
  const { rasterize, onProgress, signal } = options;
  const catalog = catalogFor(doc.language);
  const marks = (text: string) => translate(catalog, 'report.quote', { text });
  const groups = blockGroups(doc.blocks);
  const total = groups.length + 1;
  throwIfAborted(signal);

  // First the charts, drawn group by group (the slow part), so the page estimate knows their heights.
  const images = new Map<number, RasterImage>();
  const chartHeights = new Map<number, number>();
  let index = 0;
  for (const [step, group] of groups.entries()) {
    for (const block of group) {
      if (block.kind === 'chart') {
        const image = await rasterize(block.svg);
        images.set(index, image);
        chartHeights.set(index, fittedSize(image.width, image.height).height * TWIPS_PER_PIXEL);
      }
      index += 1;
    }
    onProgress?.(step + 1, total);
    await nextTask();
    throwIfAborted(signal);
  }

  const pages = estimateHeadingPages(doc.blocks, doc.titlePage === null ? 1 : 2, chartHeights);
  const headings = doc.blocks.filter((block) => block.kind === 'heading');
  const contents = headings.map((heading, n) => ({ title: heading.text, level: heading.level, page: pages[n] ?? 1, href: headingBookmark(n) }));
  const children: BodyChild[] = [];
  let atPageStart = true;
  let listInstance = 0;
  let headingIndex = 0;
  for (const [i, block] of doc.blocks.entries()) {
    if (block.kind === 'bullets' && block.numbered === true) listInstance += 1;
    const bookmark = block.kind === 'heading' ? headingBookmark(headingIndex++) : '';
    children.push(...bodyBlock(block, { atPageStart, marks, image: images.get(i) ?? null, listInstance, bookmark, contents }));
    atPageStart = block.kind === 'pageBreak';
  }
  // Word wants a paragraph in every section.
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  throwIfAborted(signal);

  const body: ISectionOptions = {
    properties: { ...PAGE_PROPERTIES, type: SectionType.NEXT_PAGE },
    headers: { default: runningHeader(doc.title) },
    footers: { default: pageNumberFooter(doc.words.page) },
    children,
  };
  const sections: ISectionOptions[] =
    doc.titlePage === null
      ? [body]
      : [
          {
            properties: PAGE_PROPERTIES,
            headers: { default: emptyHeader() },
            footers: { default: emptyFooter() },
            children: titlePage(doc.titlePage),
          },
          body,
        ];
  const appName = translate(catalog, 'app.name');
  const document = new Document({
    title: doc.title,
    creator: appName,
    lastModifiedBy: appName,
    ...styleOptions(doc, options.templateStylesXml ?? null),
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    features: { updateFields: true },
    sections,
  });
  const bytes = await Packer.pack(document, 'uint8array');
  throwIfAborted(signal);
  onProgress?.(total, total);
  return bytes;
}
