import type { PdfLine } from './pdfTypes';

export type RunningKind = 'header' | 'footer';

/** What running-text detection needs of a page. */
export interface RunningPage {
  lines: readonly Pick<PdfLine, 'text' | 'y' | 'size'>[];
  top: number;
  bottom: number;
}

/** Lines this close to the top or bottom edge (share of the page height) may be running text. */
const BAND = 0.15;
/** A lone page number may sit a little further in (TeX puts it well above the bottom edge). */
const PAGE_NUMBER_BAND = 0.2;
/** How many lines from each edge are looked at. */
const EDGE_LINES = 3;
/** Running text stands apart from the body: a baseline step of more than this many font sizes. */
const DETACHED = 1.8;
/** Repeated text must be on this share of the pages with text, and on at least MIN_PAGES pages. */
const MIN_SHARE = 0.4;
const MIN_PAGES = 3;
/**
 * A document with text on fewer than MIN_PAGES pages (a report whose fonts made it two pages, not three):
 * its running text is on every one of them at the same place, within this share of the page height. Only
 * text and place are compared, never fonts or their metrics, which differ from machine to machine.
 */
const SAME_PLACE = 0.01;

/** "12", "- 4 -", "Sida 3 av 10", "Page 3 of 10", "3 (10)", "iv", "3/10". */
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:sida|sid\.|s\.|page|p\.|seite|side|sivu)\s*)?(?:\d{1,5}|[ivxlcdm]{1,8})(?:\s*(?:(?:av|of|von|af|\/|\|)\s*\d{1,5}|\(\d{1,5}\)))?(?:\s*[-–—])?$/iu;
const DIGITS = /\d+/g;
const TRAILING_ROMAN = /(^|\s)[ivxlcdm]{1,8}$/u;
const WHITE = /\s+/g;

/** True for a line that is only a page number, in any of the usual forms. */
export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** The text with page numbers taken out, so that "Sida 3 av 10" and "Sida 4 av 10" compare equal. */
export function runningKey(text: string): string {
  return text.toLowerCase().replace(DIGITS, '#').replace(WHITE, ' ').trim().replace(TRAILING_ROMAN, '$1#');
}

interface Candidate {
  page: number;
  line: number;
  kind: RunningKind;
  key: string;
  pageNumber: boolean;
  /** The line's distance from its edge, as a share of the page height. */
  place: number;
}

type RunningLine = RunningPage['lines'][number];

/** A line and its place in the page's reading order. */
interface Entry {
  line: RunningLine;
  index: number;
}

/**
 * The lines at one edge of a page that stand apart from the body: up to three lines nearest the edge, within
 * the band, followed by a wider gap than line spacing. Body text that reaches the edge has no such gap.
 */
function edgeGroup(order: readonly Entry[], inBand: (y: number) => boolean): Entry[] {
  const group: Entry[] = [];
  for (const entry of order) {
    const last = group[group.length - 1];
    if (last !== undefined && Math.abs(last.line.y - entry.line.y) > DETACHED * Math.max(last.line.size, entry.line.size)) return group;
    if (group.length === EDGE_LINES || !inBand(entry.line.y)) return [];
    group.push(entry);
  }
  // Every line of the page is at the edge (a page with a line or two): nothing sets them apart.
  return group.length < order.length ? group : group.filter((entry) => isPageNumberLine(entry.line.text));
}

/** Lines near the top and the bottom edge of a page, nearest the edge first. */
function candidatesOf(page: RunningPage, pageIndex: number): Candidate[] {
  const height = page.top - page.bottom;
  if (!(height > 0) || page.lines.length === 0) return [];
  const byHeight: Entry[] = page.lines.map((line, index) => ({ line, index })).sort((p, q) => q.line.y - p.line.y);
  const candidates: Candidate[] = [];
  const taken = new Set<number>();
  const look = (kind: RunningKind, order: readonly Entry[]) => {
    const distance = (y: number) => (kind === 'header' ? page.top - y : y - page.bottom);
    const group = edgeGroup(order, (y) => distance(y) <= PAGE_NUMBER_BAND * height);
    group.forEach(({ line, index }, rank) => {
      if (taken.has(index)) return;
      const pageNumber = rank < 2 && isPageNumberLine(line.text);
      if (distance(line.y) > BAND * height && !pageNumber) return;
      taken.add(index);
      candidates.push({ page: pageIndex, line: index, kind, key: `${kind}:${runningKey(line.text)}`, pageNumber, place: distance(line.y) / height });
    });
  };
  look('header', byHeight);
  look('footer', [...byHeight].reverse());
  return candidates;
}

/**
 * The keys repeated often enough to be running text: on at least 40 % of the pages with text and at least
 * three pages; in a document with text on two pages, on both at the same place.
 */
function repeatedKeys(all: readonly Candidate[], withText: number): Set<string> {
  const byKey = new Map<string, { pages: Set<number>; nearest: number; farthest: number }>();
  for (const { key, page, place } of all) {
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { pages: new Set([page]), nearest: place, farthest: place });
    else {
      seen.pages.add(page);
      seen.nearest = Math.min(seen.nearest, place);
      seen.farthest = Math.max(seen.farthest, place);
    }
  }
  const needed = Math.max(MIN_PAGES, Math.ceil(MIN_SHARE * withText));
  const short = withText >= 2 && withText < MIN_PAGES;
  const repeated = new Set<string>();
  for (const [key, { pages, nearest, farthest }] of byKey) {
    if (pages.size >= needed || (short && pages.size === withText && farthest - nearest <= SAME_PLACE)) repeated.add(key);
  }
  return repeated;
}

/**
 * Finds running headers and footers: lines in the top or bottom band of a page whose text, page numbers
 * aside, comes back on at least 40 % of the pages with text (and at least three pages, or both pages of a
 * two-page document at the same place), and lines at the very top or bottom that are only a page number.
 * Returns, per page, the running kind of each line or null.
 */
export function findRunningText(pages: readonly RunningPage[]): (RunningKind | null)[][] {
  const marks = pages.map((page) => page.lines.map((): RunningKind | null => null));
  const all = pages.flatMap((page, index) => candidatesOf(page, index));
  const withText = pages.filter((page) => page.lines.length > 0).length;
  const repeated = repeatedKeys(all, withText);
  for (const candidate of all) {
    if (repeated.has(candidate.key) || candidate.pageNumber) marks[candidate.page]![candidate.line] = candidate.kind;
  }
  return marks;
}
