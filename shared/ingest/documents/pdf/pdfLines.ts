import { dominantSize, findGutter, sideOf, type Gutter } from './pdfColumns';
import { lineText } from './pdfLineText';
import type { LineColumn, PdfLine, TextRun } from './pdfTypes';

/** Runs written one after the other on a baseline, without a wide gap. */
interface Fragment {
  runs: TextRun[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  chars: number;
}

/** Fragments on one baseline, left to right; wide gaps (a column gutter, a table) split a row into segments. */
interface Row {
  y: number;
  size: number;
  segments: Fragment[];
}

/** A run may sit this share of the font size above or below the baseline and still be on the line (superscripts). */
const SAME_LINE = 0.45;
/** Fragments whose baselines differ by less than this share of the smaller font are on one row. */
const SAME_ROW = 0.3;
/** A gap wider than this share of the font size splits a line into segments. */
const WIDE_GAP = 1.0;

function newFragment(run: TextRun): Fragment {
  return { runs: [run], x0: run.x, x1: run.x + run.width, y: run.y, size: run.size, chars: run.str.length };
}

function addToFragment(fragment: Fragment, run: TextRun): void {
  fragment.runs.push(run);
  fragment.x0 = Math.min(fragment.x0, run.x);
  fragment.x1 = Math.max(fragment.x1, run.x + run.width);
  fragment.chars += run.str.length;
  // The biggest font on the line carries its baseline (a superscript does not).
  if (run.size > fragment.size) {
    fragment.size = run.size;
    fragment.y = run.y;
  }
}

/** Groups runs in content order: each following run on the same baseline, going on to the right. */
function fragmentsOf(runs: readonly TextRun[]): Fragment[] {
  const fragments: Fragment[] = [];
  let current: Fragment | null = null;
  for (const run of runs) {
    if (current !== null) {
      const size = Math.max(current.size, run.size);
      const onLine = Math.abs(run.y - current.y) <= SAME_LINE * size;
      const gap = run.rtl ? current.x0 - (run.x + run.width) : run.x - current.x1;
      if (onLine && gap >= -0.5 * size && gap <= WIDE_GAP * size) {
        addToFragment(current, run);
        continue;
      }
    }
    current = newFragment(run);
    fragments.push(current);
  }
  return fragments;
}

function mergeInto(target: Fragment, other: Fragment): void {
  target.runs.push(...other.runs);
  target.x0 = Math.min(target.x0, other.x0);
  target.x1 = Math.max(target.x1, other.x1);
  if (other.chars > target.chars) {
    target.y = other.y;
    target.size = other.size;
  }
  target.chars += other.chars;
}

/** Sorts fragments top to bottom into rows and joins the fragments of a row that touch into segments. */
function rowsOf(fragments: Fragment[]): Row[] {
  fragments.sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const rows: Row[] = [];
  let members: Fragment[] = [];
  let rowY = 0;
  let rowSize = 0;
  const close = () => {
    if (members.length === 0) return;
    members.sort((p, q) => p.x0 - q.x0);
    const segments: Fragment[] = [];
    for (const fragment of members) {
      const last = segments[segments.length - 1];
      if (last !== undefined && fragment.x0 - last.x1 <= WIDE_GAP * Math.max(last.size, fragment.size)) mergeInto(last, fragment);
      else segments.push({ ...fragment, runs: [...fragment.runs] });
    }
    rows.push({ y: rowY, size: rowSize, segments });
    members = [];
  };
  for (const fragment of fragments) {
    if (members.length > 0 && Math.abs(fragment.y - rowY) <= SAME_ROW * Math.min(fragment.size, rowSize)) {
      members.push(fragment);
      continue;
    }
    close();
    members.push(fragment);
    rowY = fragment.y;
    rowSize = fragment.size;
  }
  close();
  return rows;
}

/** The size carrying most characters of some runs. */
function mainSize(runs: readonly TextRun[]): number {
  const first = runs[0];
  if (first !== undefined && runs.every((run) => run.size === first.size)) return Math.round(first.size * 4) / 4;
  return dominantSize(runs.map((run) => ({ size: run.size, chars: run.str.length })));
}

/** The font carrying most characters of some runs. */
function mainFont(runs: readonly TextRun[]): string {
  const chars = new Map<string, number>();
  let best = '';
  let most = -1;
  for (const run of runs) {
    const count = (chars.get(run.font) ?? 0) + run.str.length;
    chars.set(run.font, count);
    if (count > most) {
      best = run.font;
      most = count;
    }
  }
  return best;
}

function toLine(parts: readonly Fragment[], column: LineColumn): PdfLine | null {
  const runs: TextRun[] = [];
  let x0 = Infinity;
  let x1 = -Infinity;
  let y = 0;
  let most = -1;
  for (const part of parts) {
    runs.push(...part.runs);
    x0 = Math.min(x0, part.x0);
    x1 = Math.max(x1, part.x1);
    if (part.chars > most) {
      most = part.chars;
      y = part.y;
    }
  }
  const text = lineText(runs);
  if (text === '') return null;
  return { text, x0, x1, y, size: mainSize(runs), font: mainFont(runs), column };
}

/** Lines of a row: one for a single-column page, else one per side (or one across both when a segment spans the gutter). */
function rowLines(row: Row, gutter: Gutter | null): { full: PdfLine[]; left: PdfLine[]; right: PdfLine[] } {
  const lines = { full: [] as PdfLine[], left: [] as PdfLine[], right: [] as PdfLine[] };
  const push = (target: PdfLine[], line: PdfLine | null) => {
    if (line !== null) target.push(line);
  };
  if (gutter === null) {
    push(lines.full, toLine(row.segments, 'full'));
    return lines;
  }
  const left: Fragment[] = [];
  const right: Fragment[] = [];
  for (const segment of row.segments) {
    const side = sideOf(gutter, segment.x0, segment.x1);
    if (side === 'full') {
      push(lines.full, toLine(row.segments, 'full'));
      return lines;
    }
    (side === 'left' ? left : right).push(segment);
  }
  if (left.length > 0) push(lines.left, toLine(left, 'left'));
  if (right.length > 0) push(lines.right, toLine(right, 'right'));
  return lines;
}

/**
 * A page's runs as lines in reading order: top to bottom and left to right, and on a two-column page the
 * left column before the right one, band by band between lines that cross both columns (titles, wide
 * figures). Lines of two columns are never joined.
 */
export function buildLines(runs: readonly TextRun[]): PdfLine[] {
  if (runs.length === 0) return [];
  const rows = rowsOf(fragmentsOf(runs));
  const gutter = findGutter(rows.flatMap((row) => row.segments));
  const lines: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    const parts = rowLines(row, gutter);
    if (parts.full.length > 0) {
      flush();
      lines.push(...parts.full);
    }
    left.push(...parts.left);
    right.push(...parts.right);
  }
  flush();
  return lines;
}
