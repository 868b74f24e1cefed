/**
 * A text as words to compare with another text of the same report in another format (a PDF and a DOCX):
 * what differs between formats is left out. Lines that are only a page number ("12", "- 12 -", "Sida 3 av
 * 10", "3 (12)", "Page 4") go; a word hyphenated at a line end is joined ("utveck-\nling"); case, accents
 * in composed or decomposed form, punctuation and white space are ignored.
 */

const PAGE_NUMBER_LINE = /^\s*(?:[-–—]\s*)?(?:(?:sida|sid|s\.|page|p\.)\s*)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|\/)\s*\d{1,4}))?(?:\s*[-–—])?\s*$/iu;
const LINE_END_HYPHEN = /(\p{L})[-\u00ad]\s*\n\s*(\p{Ll})/gu;
const SOFT_HYPHEN = /\u00ad/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Whether a line holds nothing but a page number. */
export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER_LINE.test(line);
}

/**
 * The words of a text as they are compared (see the module comment). `keepNumberLines` keeps lines of a
 * number alone, for a text whose page numbers were taken out before (a table cell "12" is no page number).
 */
export function comparableWords(text: string, keepNumberLines = false): string[] {
  return comparableText(text, keepNumberLines)
    .split(NOT_WORD)
    .filter((word) => word !== '');
}

/** The words of `comparableText`, one at a time: runs of letters and digits. */
export const COMPARABLE_WORD = /[\p{L}\p{N}]+/gu;

/**
 * The text `comparableWords` splits, page-number lines left out, line-end hyphens joined, lower case: for
 * a reader that goes word by word (COMPARABLE_WORD) without an array of millions of words.
 */
export function comparableText(text: string, keepNumberLines = false): string {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .filter((line) => keepNumberLines || !isPageNumberLine(line));
  const joined = lines.join('\n').replace(LINE_END_HYPHEN, '$1$2').replace(SOFT_HYPHEN, '');
  return joined.toLocaleLowerCase('sv');
}

/** A quote as it is compared between twins: its comparable words, one space between. */
export function comparableQuote(text: string): string {
  return comparableWords(text).join(' ');
}
