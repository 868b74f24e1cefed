/**
 * Decoded text, or the bytes of UTF-8 text: a row end or a quote is the same code in both, and in the
 * bytes never part of another character, so a file's rows can be found in either (csvParts.ts, csvRows.ts).
 */
export type TextOrBytes = string | Uint8Array;

/** Where `code` (a character code below 128) next stands at or after `from`, or -1. */
export function indexOfCode(text: TextOrBytes, code: number, from: number): number {
  return typeof text === 'string' ? text.indexOf(String.fromCharCode(code), from) : text.indexOf(code, from);
}

/** The code at `at` (-1 past the end). */
export function codeAt(text: TextOrBytes, at: number): number {
  return typeof text === 'string' ? (at < text.length ? text.charCodeAt(at) : -1) : (text[at] ?? -1);
}
