import type { TextRun } from './pdfTypes';

/** A gap wider than this share of the font size between two runs is a word space pdf.js left out. */
const SPACE_GAP = 0.15;
/** Runs that overlap by more than this share of the font size are checked for overprinted text. */
const OVERLAP = 0.15;

const SPACES = / {2,}/g;
const STARTS_WITH_SPACE = /^\s/;
const ENDS_WITH_SPACE = /\s$/;
/**
 * TeX's Type 1 fonts compose accented letters from a spacing accent and a base letter (`na¨ıve`). The accents
 * that never occur alone in prose are put back onto their letter; ´ and ` are left, as they double as
 * apostrophes.
 */
const SPACING_ACCENT = /([\u00A8\u02C6\u02DC\u02DA\u02C7])([A-Za-z\u0131\u0237])/g;
const COMBINING: Record<string, string> = {
  '\u00A8': '\u0308',
  '\u02C6': '\u0302',
  '\u02DC': '\u0303',
  '\u02DA': '\u030A',
  '\u02C7': '\u030C',
};
const DOTLESS: Record<string, string> = { '\u0131': 'i', '\u0237': 'j' };

function composeAccent(_match: string, accent: string, letter: string): string {
  return (DOTLESS[letter] ?? letter) + (COMBINING[accent] ?? '');
}

/** Characters of the runs set right to left outnumber the others. */
export function isRightToLeft(runs: readonly TextRun[]): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const run of runs) {
    if (run.rtl) rtl += run.str.length;
    else ltr += run.str.length;
  }
  return rtl > ltr;
}

/**
 * Appends a run that overlaps the text so far. Fake bold and shadow effects draw the same glyphs twice, a hair
 * apart: the part of the run that repeats the end of the text is dropped.
 */
function appendOverlapping(text: string, end: number, run: TextRun): string {
  const length = run.str.length;
  if (run.width <= 0 || length === 0) return text + run.str;
  const covered = Math.min(end, run.x + run.width) - run.x;
  const repeated = Math.round(covered / (run.width / length));
  if (repeated >= length) {
    // Entirely under text already there: a duplicate if the same characters are at the end of the text.
    const tail = text.slice(-(length + 4));
    return tail.includes(run.str.trim()) ? text : text + run.str;
  }
  if (repeated > 0 && text.endsWith(run.str.slice(0, repeated))) return text + run.str.slice(repeated);
  return text + run.str;
}

/**
 * The text of runs on one line, ordered left to right (right to left for Arabic or Hebrew lines). A space is
 * put where the runs have a gap and neither brings its own, overprinted duplicates are dropped and runs of
 * spaces collapsed.
 */
export function lineText(runs: readonly TextRun[]): string {
  const rtl = isRightToLeft(runs);
  const ordered = [...runs].sort(rtl ? (p, q) => q.x + q.width - (p.x + p.width) : (p, q) => p.x - q.x);
  let text = '';
  let edge = 0;
  for (const run of ordered) {
    if (text === '') {
      text = run.str;
      edge = rtl ? run.x : run.x + run.width;
      continue;
    }
    const gap = rtl ? edge - (run.x + run.width) : run.x - edge;
    if (!rtl && gap < -OVERLAP * run.size) {
      text = appendOverlapping(text, edge, run);
    } else if (gap > SPACE_GAP * run.size && !ENDS_WITH_SPACE.test(text) && !STARTS_WITH_SPACE.test(run.str)) {
      text += ` ${run.str}`;
    } else {
      text += run.str;
    }
    edge = rtl ? Math.min(edge, run.x) : Math.max(edge, run.x + run.width);
  }
  return text.replace(SPACING_ACCENT, composeAccent).replace(SPACES, ' ').trim();
}
