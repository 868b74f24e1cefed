/**
 * What one cell, as written, can be: a number in Swedish or English notation (with or without a
 * percent sign), a date or date-time, a boolean. Classification returns bit flags so that a column's
 * possibilities are the AND of its values' flags; conversion turns a value into its typed form once the
 * column's type and number notation are decided. Regexes are compiled once; nothing is allocated per
 * cell beyond the strings the conversion needs.
 */

/** Valid as a number with decimal comma (`1 234,5`, `2.500,00`, `12,5`). */
export const F_SV = 1;
/** Valid as a number with decimal point (`1,234.50`, `12.5`). */
export const F_EN = 2;
/** Written with a percent sign. */
export const F_PCT = 4;
/** Written without a percent sign. */
export const F_NOPCT = 8;
/** A date (`2011-05-30`, `30/5/2011`, `30.5.2011`). */
export const F_DATE = 16;
/** A date or a date with a time. */
export const F_DATETIME = 32;
/** A boolean word (ja/nej, yes/no, true/false, sant/falskt) or 1/0. */
export const F_BOOL = 64;
/** Exactly `0` or `1`. */
export const F_BOOL01 = 128;
export const F_ALL = 255;
export const F_NUMBER = F_SV | F_EN;

export type NumberNotation = 'sv' | 'en';

const SP = '[ \\u00a0\\u202f]';
// Integer part: no leading zeros (codes like 0114 stay text), groups of three after a first group of 1-3.
const SV_NUMBER = new RegExp(`^[-+]?(?:0|[1-9]\\d*|[1-9]\\d{0,2}(?:${SP}\\d{3})+|[1-9]\\d{0,2}(?:\\.\\d{3})+)(?:,\\d+)?$`);
const EN_NUMBER = new RegExp(`^[-+]?(?:0|[1-9]\\d*|[1-9]\\d{0,2}(?:${SP}\\d{3})+|[1-9]\\d{0,2}(?:,\\d{3})+)(?:\\.\\d+)?$`);
const SV_STRIP = /[ \u00a0\u202f.]/g;
const EN_STRIP = /[ \u00a0\u202f,]/g;
const PERCENT_TAIL = /[ \u00a0\u202f]?%$/;
const DATE_TIME =
  /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([./])(\d{1,2})\5(\d{4}))(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TRUE_WORDS = new Set(['ja', 'yes', 'true', 'sant']);
const FALSE_WORDS = new Set(['nej', 'no', 'false', 'falskt']);
/** More digits than this and a number is an identifier (card or account number), not a quantity. */
const MAX_DIGITS = 15;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 10 || code === 13;
}

/** The value without surrounding spaces, or '' when it is empty or only spaces. */
export function trimCell(value: string): string {
  const n = value.length;
  if (n === 0) return '';
  if (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(n - 1))) return value;
  return value.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
}

function digitCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}

/** A trimmed number with the percent sign removed and U+2212 as '-'; `pct` says whether it had one. */
function numberBody(value: string): { body: string; pct: boolean } {
  let body = value;
  let pct = false;
  if (body.charCodeAt(body.length - 1) === 37) {
    body = body.replace(PERCENT_TAIL, '');
    pct = true;
  }
  if (body.charCodeAt(0) === 0x2212) body = `-${body.slice(1)}`;
  return { body, pct };
}

/** The checks still worth making for `value` (trimmed, non-empty), given the flags its column still allows. */
export function classifyCell(value: string, allowed: number): number {
  let flags = 0;
  const c0 = value.charCodeAt(0);
  const numericStart = (c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 0x2212;
  if (numericStart) {
    if (allowed & (F_NUMBER | F_PCT | F_NOPCT)) {
      const { body, pct } = numberBody(value);
      if (digitCount(body) <= MAX_DIGITS) {
        if (allowed & F_SV && SV_NUMBER.test(body)) flags |= F_SV;
        if (allowed & F_EN && EN_NUMBER.test(body)) flags |= F_EN;
      }
      if (flags !== 0) flags |= pct ? F_PCT : F_NOPCT;
    }
    if (c0 >= 48 && c0 <= 57) {
      if (allowed & (F_DATE | F_DATETIME) && value.length >= 8) {
        const iso = parseDateTime(value);
        if (iso !== null) flags |= iso.length === 10 ? F_DATE | F_DATETIME : F_DATETIME;
      }
      if (allowed & (F_BOOL | F_BOOL01) && value.length === 1 && (c0 === 48 || c0 === 49)) flags |= F_BOOL | F_BOOL01;
    }
  } else if (allowed & F_BOOL && value.length <= 6 && parseBoolean(value) !== null) {
    flags |= F_BOOL;
  }
  return flags & allowed;
}

/** A number as written in the given notation (trimmed input), or NaN. Percent signs are accepted and dropped. */
export function parseNumberAs(value: string, notation: NumberNotation): number {
  const { body } = numberBody(value);
  if (digitCount(body) > MAX_DIGITS) return Number.NaN;
  if (notation === 'sv') return SV_NUMBER.test(body) ? Number(body.replace(SV_STRIP, '').replace(',', '.')) : Number.NaN;
  return EN_NUMBER.test(body) ? Number(body.replace(EN_STRIP, '')) : Number.NaN;
}

const HAS_SPACE = /[ \u00a0\u202f]/;

/**
 * parseNumberAs without the validation, for a value its column's classification already accepted in
 * this notation: only the characters that need it are stripped (the common plain values go straight
 * to Number).
 */
export function parseValidatedNumber(value: string, notation: NumberNotation): number {
  let s = value;
  if (s.charCodeAt(s.length - 1) === 37) s = s.replace(PERCENT_TAIL, '');
  if (s.charCodeAt(0) === 0x2212) s = `-${s.slice(1)}`;
  if (notation === 'sv') {
    if (s.indexOf('.') !== -1 || HAS_SPACE.test(s)) s = s.replace(SV_STRIP, '');
    if (s.indexOf(',') !== -1) s = s.replace(',', '.');
  } else if (s.indexOf(',') !== -1 || HAS_SPACE.test(s)) {
    s = s.replace(EN_STRIP, '');
  }
  return Number(s);
}

/** True when the value as written has a decimal part in the given notation. */
export function hasFraction(value: string, notation: NumberNotation): boolean {
  return value.indexOf(notation === 'sv' ? ',' : '.') !== -1;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The number written by `count` ASCII digits at `from`, or -1 when one of them is not a digit. */
function digits(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A date (`2011-05-30`, day-first `30/5/2011` or `30.5.2011`) as `YYYY-MM-DD`, or with a time
 * (`2011-05-30 14:00`) as `YYYY-MM-DDTHH:mm` (`:ss` kept when given); null when it is neither.
 */
export function parseDateTime(value: string): string | null {
  const n = value.length;
  // The common ISO forms without the regex: YYYY-MM-DD, and with " HH:mm" or "THH:mm".
  if ((n === 10 || n === 16) && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 2);
    const day = digits(value, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    if (n === 10) return value;
    const sep = value.charCodeAt(10);
    const hour = digits(value, 11, 2);
    const minute = digits(value, 14, 2);
    if ((sep !== 32 && sep !== 84) || value.charCodeAt(13) !== 58 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
    return sep === 84 ? value : `${value.slice(0, 10)}T${value.slice(11)}`;
  }
  const m = DATE_TIME.exec(value);
  if (m === null) return null;
  const year = Number(m[1] ?? m[7]);
  const month = Number(m[2] ?? m[6]);
  const day = Number(m[3] ?? m[4]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${year}-${pad2(month)}-${pad2(day)}`;
  if (m[8] === undefined) return date;
  const hour = Number(m[8]);
  const minute = Number(m[9]);
  const second = m[10] === undefined ? null : Number(m[10]);
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return null;
  return `${date}T${pad2(hour)}:${pad2(minute)}${second === null ? '' : `:${pad2(second)}`}`;
}

/** ja/nej, yes/no, true/false, sant/falskt (any case) and 1/0; null otherwise. */
export function parseBoolean(value: string): boolean | null {
  if (value === '1') return true;
  if (value === '0') return false;
  const lower = value.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return null;
}

/** Header names that say a 0/1 column is a yes/no question rather than a count. */
export const BOOLEAN_HEADER =
  /\?\s*$|^(?:är|har|kan|ska|is|has|can|should)[\s_-]|\b(?:ja\/nej|yes\/no|1\/0|flag(?:ga)?|bool(?:ean)?)\b|^(?:aktiv|active|avslutad|klar|godkänd|approved|done|enabled|finished)$/i;
