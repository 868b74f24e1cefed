import { CONTENTS_LEVELS } from './contentsLevels';
import type { ReportBlock, ReportInline, ReportTableCell } from '../document/reportDocument';
import { columnWidths } from './tableBlock';
import { PAGE, TEXT_WIDTH } from './reportStyles';

/**
 * Which page each heading of the report lands on, estimated from the blocks without laying out a line: the
 * cached page numbers of the table of contents, which LibreOffice shows as they are and Word shows until it
 * updates the field. Text is measured by its number of characters in the house's Calibri (an average
 * width per point of size), lines by Word's line height, with the house's spacing; headings and captions
 * keep with what follows, table rows are never split, a paragraph leaves at least two lines on either
 * side of a break, a table repeats its header row, footnotes take their room at the page's foot.
 */

/** Twips per point, Calibri's line height per point of size, and its average character width per point. */
const TWIPS = 20;
const LINE_HEIGHT = 1.22;
const CHAR_WIDTH = 0.42;
const BOLD_CHAR_WIDTH = 0.48;
const PAGE_TEXT_HEIGHT = PAGE.height - 2 * PAGE.margin;
/** The footnote separator's line and the space around it. */
const FOOTNOTE_SEPARATOR = 300;

interface Font {
  size: number;
  spacing: number;
  bold?: boolean;
}
const BODY: Font = { size: 11, spacing: 1.15 };
const SMALL: Font = { size: 9.5, spacing: 1.15 };
const FOOTNOTE: Font = { size: 10, spacing: 1 };
const CONTENTS_LINE: Font = { size: 11, spacing: 1 };
const HEADING: Record<1 | 2 | 3, { font: Font; before: number; after: number }> = {
  1: { font: { size: 16, spacing: 1.15, bold: true }, before: 0, after: 240 },
  2: { font: { size: 13, spacing: 1.15, bold: true }, before: 360, after: 120 },
  3: { font: { size: 11, spacing: 1.15, bold: true }, before: 240, after: 120 },
};
const QUOTE_INDENT = 2 * 567;
const LIST_INDENT = 720;
const CELL_PADDING = 160;

/** Something placed whole: its height, the footnotes it brings to its page, and whether it keeps with the next. */
interface Atom {
  height: number;
  /** The space after it, within `height`: not needed at the foot of a page. */
  after?: number;
  /** The space before it, within `height`: between two paragraphs the larger of this and `after` counts. */
  before?: number;
  footnotes: number;
  keepNext: boolean;
  /** Starts a new page (a level-1 heading, the contents, after a page break). */
  newPage?: boolean;
  /** The index of the heading it is, among the report's headings. */
  heading?: number;
  /** Placed again at the top of a page a table continues on (its header row). */
  repeat?: Atom;
  /** Whether it continues a table whose header `repeat` is. */
  inTable?: boolean;
}

const lineHeight = (font: Font) => font.size * LINE_HEIGHT * font.spacing * TWIPS;

/** How many lines a text takes in a width (twips) in a font, each line break starting a line. */
export function lineCount(text: string, width: number, font: Font): number {
  const perLine = Math.max(8, Math.floor(width / (font.size * TWIPS * (font.bold === true ? BOLD_CHAR_WIDTH : CHAR_WIDTH))));
  // Words do not break to fill a line exactly: a line holds about 95 % of the characters that would fit.
  const usable = Math.max(4, Math.floor(perLine * 0.95));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / usable)), 0);
}

const textOf = (inlines: readonly ReportInline[]) => inlines.map((inline) => ('text' in inline ? inline.text : '9')).join('');
const footnotesOf = (inlines: readonly ReportInline[]) =>
  inlines.reduce((sum, inline) => sum + ('footnote' in inline ? footnoteHeight(inline.footnote) : 0), 0);
const footnoteHeight = (text: string) => lineCount(text, TEXT_WIDTH, FOOTNOTE) * lineHeight(FOOTNOTE);

/** A paragraph as one atom per line: the first two and last two lines kept together (widows and orphans). */
function paragraphAtoms(text: string, width: number, font: Font, after: number, footnotes: number, keepNext = false): Atom[] {
  const lines = lineCount(text, width, font);
  const line = lineHeight(font);
  if (lines <= 3) return [{ height: lines * line + after, after, footnotes, keepNext }];
  return Array.from({ length: lines }, (_, i) => ({
    height: line + (i === lines - 1 ? after : 0),
    after: i === lines - 1 ? after : 0,
    footnotes: i === 0 ? footnotes : 0,
    keepNext: i === 0 || i === lines - 2 || (i === lines - 1 && keepNext),
  }));
}

function rowAtom(cells: readonly string[], widths: readonly number[], bold: boolean): Atom {
  const lines = Math.max(1, ...cells.map((text, i) => lineCount(text, (widths[i] ?? TEXT_WIDTH) - CELL_PADDING, { ...SMALL, bold })));
  return { height: lines * lineHeight(SMALL) + 90, footnotes: 0, keepNext: false, inTable: true };
}

const cellText = (cell: ReportTableCell | undefined) => (cell === undefined ? '' : textOf(cell.inlines));

/** The atoms of one block; `chartHeight` is the height in twips its chart takes on the page. */
function blockAtoms(block: ReportBlock, heading: () => number, chartHeight: number, contentsLevels: readonly number[]): Atom[] {
  switch (block.kind) {
    case 'heading': {
      const { font, before, after } = HEADING[block.level];
      const height = before + lineCount(block.text, TEXT_WIDTH, font) * lineHeight(font) + after;
      return [{ height, before, after, footnotes: 0, keepNext: true, newPage: block.level === 1, heading: heading() }];
    }
    case 'paragraph':
      return paragraphAtoms(textOf(block.inlines), block.style === 'note' ? TEXT_WIDTH - QUOTE_INDENT : TEXT_WIDTH, block.style === 'note' ? SMALL : BODY, block.style === 'note' ? 200 : 120, footnotesOf(block.inlines));
    case 'bullets':
      return block.items.flatMap((item) => paragraphAtoms(textOf(item), TEXT_WIDTH - LIST_INDENT, BODY, 60, footnotesOf(item)));
    case 'quote': {
      // Word keeps a quote's lines together; LibreOffice, which shows these numbers, breaks a quote whose
      // footnote does not fit beside it, the footnote going with the line that holds its reference.
      const hasMemo = block.memo !== null && block.memo.trim() !== '';
      const lines = lineCount(`”${block.text}”9`, TEXT_WIDTH - QUOTE_INDENT, BODY);
      const after = hasMemo ? 60 : 200;
      const quote: Atom[] = Array.from({ length: lines }, (_, i) => ({
        height: lineHeight(BODY) + (i === 0 ? 60 : 0) + (i === lines - 1 ? after : 0),
        before: i === 0 ? 60 : 0,
        after: i === lines - 1 ? after : 0,
        footnotes: i === lines - 1 ? footnoteHeight(block.citation) : 0,
        keepNext: i === lines - 1 && hasMemo,
      }));
      if (!hasMemo) return quote;
      return [...quote, { height: lineCount(block.memo as string, TEXT_WIDTH - QUOTE_INDENT, SMALL) * lineHeight(SMALL) + 200, footnotes: 0, keepNext: false }];
    }
    case 'table': {
      const widths = columnWidths(block.columns.map((column) => column.widthPercent));
      const header = rowAtom(block.columns.map((column) => column.header), widths, true);
      const caption: Atom = { height: 240 + lineCount(block.caption, TEXT_WIDTH, { ...SMALL, bold: true }) * lineHeight(SMALL), footnotes: 0, keepNext: true };
      const rows = block.rows.map((row) => ({ ...rowAtom(block.columns.map((_, i) => cellText(row[i])), widths, false), repeat: header }));
      const after: Atom =
        block.note === undefined || block.note === ''
          ? { height: lineHeight(BODY) + 120, footnotes: 0, keepNext: false }
          : { height: 80 + lineCount(block.note, TEXT_WIDTH, SMALL) * lineHeight(SMALL) + 200, footnotes: 0, keepNext: false };
      // The caption, the header row and the first row stay together.
      return [caption, { ...header, keepNext: rows.length > 0 }, ...rows, after];
    }
    case 'chart':
      return [
        { height: 120 + chartHeight, footnotes: 0, keepNext: true },
        { height: 300 + lineCount(block.caption, TEXT_WIDTH, { ...SMALL, bold: true }) * lineHeight(SMALL), footnotes: 0, keepNext: false },
      ];
    case 'contents': {
      const title: Atom = { height: lineHeight(HEADING[1].font) + 240, footnotes: 0, keepNext: true, newPage: true };
      // A contents line is single-spaced (the toc styles), 60 after; a section's line has 120 before it.
      const line = (level: number): Atom => ({ height: lineHeight(CONTENTS_LINE) + 60 + (level === 1 ? 120 : 0), footnotes: 0, keepNext: false });
      return [title, ...contentsLevels.map(line)];
    }
    case 'pageBreak':
      return [{ height: 0, footnotes: 0, keepNext: false, newPage: true }];
  }
}

/** The atoms from `start` that must go on one page with it (a chain of keep-with-next), and their footnotes. */
function chainFrom(atoms: readonly Atom[], start: number): { height: number; footnotes: number; end: number } {
  let height = 0;
  let footnotes = 0;
  let i = start;
  let last: Atom | undefined;
  for (; i < atoms.length; i += 1) {
    const atom = atoms[i] as Atom;
    if (i > start && atom.newPage === true) break;
    height += atom.height;
    footnotes += atom.footnotes;
    last = atom;
    if (!atom.keepNext) break;
  }
  return { height: height - (last?.after ?? 0), footnotes, end: Math.min(i, atoms.length - 1) };
}

/**
 * The page each heading of `blocks` starts on, in order, counted from 1 for the document's first page:
 * `firstPage` is the page the blocks start on (2 after a title page). `chartHeights` gives, per block index
 * of a chart, its height on the page in twips.
 */
export function estimateHeadingPages(blocks: readonly ReportBlock[], firstPage: number, chartHeights: ReadonlyMap<number, number>): number[] {
  const contentsLevels = blocks.flatMap((block) => (block.kind === 'heading' && block.level <= CONTENTS_LEVELS ? [block.level] : []));
  let next = 0;
  const atoms = blocks.flatMap((block, i) => blockAtoms(block, () => next++, chartHeights.get(i) ?? 0, contentsLevels));
  const pages: number[] = [];
  let page = firstPage;
  let used = 0;
  let notes = 0;
  const room = () => PAGE_TEXT_HEIGHT - used - (notes > 0 ? notes + FOOTNOTE_SEPARATOR : 0);
  const newPage = () => {
    page += 1;
    used = 0;
    notes = 0;
  };
  let chainEnd = -1;
  let lastAfter = 0;
  for (const [i, atom] of atoms.entries()) {
    if (atom.newPage === true && used > 0) newPage();
    if (i > chainEnd) {
      // A chain that does not fit goes to the next page, unless it would not fit on an empty one either.
      const chain = chainFrom(atoms, i);
      chainEnd = chain.end;
      const extra = chain.footnotes > 0 && notes === 0 ? FOOTNOTE_SEPARATOR : 0;
      if (used > 0 && chain.height + chain.footnotes + extra > room() && chain.height + chain.footnotes + FOOTNOTE_SEPARATOR <= PAGE_TEXT_HEIGHT) newPage();
    }
    const extra = atom.footnotes > 0 && notes === 0 ? FOOTNOTE_SEPARATOR : 0;
    if (used > 0 && atom.height - (atom.after ?? 0) + atom.footnotes + extra > room()) {
      newPage();
      if (atom.inTable === true && atom.repeat !== undefined) used += atom.repeat.height;
    }
    if (atom.heading !== undefined) pages[atom.heading] = page;
    // Between two paragraphs LibreOffice, like Word, leaves the larger of the space after and before.
    used += atom.height - (used > 0 ? Math.min(atom.before ?? 0, lastAfter) : 0);
    lastAfter = atom.after ?? 0;
    notes += atom.footnotes;
  }
  return pages;
}
