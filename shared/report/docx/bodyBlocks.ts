import { Bookmark, HeadingLevel, PageBreak, Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import type { ReportBlock } from '../document/reportDocument';
import type { RasterImage } from '../charts/svgRasterizer';
import { chartBlock } from './chartBlock';
import { inlineRuns } from './inlineRuns';
import { quoteBlock } from './quoteBlock';
import { STYLE } from './reportStyles';
import { tableBlock } from './tableBlock';

export type BodyChild = Paragraph | Table | TableOfContents;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** The numbering definition numbered lists use (see renderReport's `numbering`). */
export const NUMBERED_LIST = 'report-numbered';

/** What a block needs besides itself: where it is, the quotation marks, its chart's image, the list count. */
export interface BlockContext {
  /** Whether the block opens a page anyway (first of the body, or after a page break). */
  atPageStart: boolean;
  marks: (text: string) => string;
  image: RasterImage | null;
  /** A numbered list's own instance, so each list counts from 1. */
  listInstance: number;
  /** A heading's bookmark, which its entry in the table of contents links to. */
  bookmark: string;
  /** The table of contents' entries, with their estimated pages (see pageEstimate.ts). */
  contents: ContentsEntry[];
}

/** An entry of the table of contents: a heading, its level, its estimated page and its bookmark. */
export interface ContentsEntry {
  title: string;
  level: number;
  page: number;
  href: string;
}

/** The bookmark of the n-th heading (from 0), the target of its entry in the table of contents. */
export const headingBookmark = (n: number) => `_TocReport${n + 1}`;

/** One block of the report as Word paragraphs, tables or the table of contents. */
export function bodyBlock(block: ReportBlock, context: BlockContext): BodyChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: block.level === 1 && !context.atPageStart,
          children: [new Bookmark({ id: context.bookmark, children: [new TextRun(block.text)] })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ style: block.style === 'note' ? STYLE.note : undefined, children: inlineRuns(block.inlines) })];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            ...(block.numbered === true
              ? { numbering: { reference: NUMBERED_LIST, level: 0, instance: context.listInstance } }
              : { bullet: { level: 0 } }),
            spacing: { after: 60 },
            children: inlineRuns(item),
          }),
      );
    case 'quote':
      return quoteBlock(block, context.marks);
    case 'table':
      return tableBlock(block);
    case 'chart':
      return context.image === null ? [] : chartBlock(block, context.image);
    case 'contents':
      return [
        new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: !context.atPageStart, children: [new TextRun(block.title)] }),
        // The cached entries are what LibreOffice shows, and Word until it updates the field on opening.
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-3', cachedEntries: context.contents }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
