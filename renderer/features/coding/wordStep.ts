/**
 * Moving a segment's start or end by one word. A word is a run of characters that are not white space,
 * so punctuation goes with its word ("kommunerna," is one word). Every function returns the new offset,
 * or null when the step is not possible (the text's edge, or a range that would be left empty).
 */
const isSpace = (text: string, at: number) => /\s/.test(text[at] ?? '');

/** The start of the word before `start` (skipping the white space before it). */
export function extendStart(text: string, start: number): number | null {
  let at = Math.min(start, text.length);
  while (at > 0 && isSpace(text, at - 1)) at--;
  if (at === 0) return null;
  while (at > 0 && !isSpace(text, at - 1)) at--;
  return at;
}

/** The start of the word after the first word of the range; null when the range has one word only. */
export function shrinkStart(text: string, start: number, end: number): number | null {
  let at = start;
  while (at < end && isSpace(text, at)) at++;
  while (at < end && !isSpace(text, at)) at++;
  while (at < end && isSpace(text, at)) at++;
  return at < end ? at : null;
}

/** The end of the word after `end` (skipping the white space after it). */
export function extendEnd(text: string, end: number): number | null {
  let at = Math.max(0, end);
  while (at < text.length && isSpace(text, at)) at++;
  if (at >= text.length) return null;
  while (at < text.length && !isSpace(text, at)) at++;
  return at;
}

/** The end of the word before the last word of the range; null when the range has one word only. */
export function shrinkEnd(text: string, start: number, end: number): number | null {
  let at = end;
  while (at > start && isSpace(text, at - 1)) at--;
  while (at > start && !isSpace(text, at - 1)) at--;
  while (at > start && isSpace(text, at - 1)) at--;
  return at > start ? at : null;
}

export type RangeStep = 'extendStart' | 'shrinkStart' | 'extendEnd' | 'shrinkEnd';

/** A range after one step, or null when the step is not possible. */
export function stepRange(text: string, range: { start: number; end: number }, step: RangeStep): { start: number; end: number } | null {
  switch (step) {
    case 'extendStart': {
      const start = extendStart(text, range.start);
      return start === null ? null : { start, end: range.end };
    }
    case 'shrinkStart': {
      const start = shrinkStart(text, range.start, range.end);
      return start === null ? null : { start, end: range.end };
    }
    case 'extendEnd': {
      const end = extendEnd(text, range.end);
      return end === null ? null : { start: range.start, end };
    }
    case 'shrinkEnd': {
      const end = shrinkEnd(text, range.start, range.end);
      return end === null ? null : { start: range.start, end };
    }
  }
}
