import type { TextPositionSelector, TextQuoteSelector } from '../domain/segment';

/** How much context a quote selector keeps on each side, as in the W3C Web Annotation model. */
export const QUOTE_CONTEXT = 32;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where the prefix starts: QUOTE_CONTEXT units back, moved so it never splits a surrogate pair. */
function contextStart(text: string, start: number): number {
  const at = Math.max(0, start - QUOTE_CONTEXT);
  return at > 0 && isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}

/** Where the suffix ends: QUOTE_CONTEXT units on, moved so it never splits a surrogate pair. */
function contextEnd(text: string, end: number): number {
  const at = Math.min(text.length, end + QUOTE_CONTEXT);
  return at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

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
      prefix: text.slice(contextStart(text, start), start),
      suffix: text.slice(end, contextEnd(text, end)),
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
