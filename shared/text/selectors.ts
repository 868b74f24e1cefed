import type { TextPositionSelector, TextQuoteSelector } from '../domain/segment';

/** How much context a quote selector keeps on each side, as in the W3C Web Annotation model. */
export const QUOTE_CONTEXT = 32;

/** Builds both W3C selectors for a range of a document's text (UTF-16 offsets, end exclusive). */
export function selectorsFor(text: string, start: number, end: number): { position: TextPositionSelector; quote: TextQuoteSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Bad range ${start}-${end} for a text of ${text.length}`);
  }
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
  };
}

/** Trims white space off both ends of a range, so a sloppy selection still makes a clean quote. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
