/**
 * What one cell, as written, can be: a number in Swedish or English notation (with or without a
 * percent sign), a date or date-time, a boolean. Classification returns bit flags so that a column's
 * possibilities are the AND of its values' flags; conversion turns a value into its typed form once the
 * column's type and number notation are decided. Regexes are compiled once; nothing is allocated per
 * cell beyond the strings the conversion needs.
 */

import { NOT_WRITTEN_AGAIN, numberFormat, withPercent } from './numberFormat';
import { parseBoolean } from './cellBooleans';

export { BOOLEAN_HEADER, parseBoolean } from './cellBooleans';

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

const DATE_TIME =
  /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([./])(\d{1,2})\5(\d{4}))(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
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

/** Powers of ten that are exact doubles (all up to 10^22; numbers here have at most 15 digits). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f;
}

/**
 * Whether the trimmed value ends in a percent sign (with at most one space before it): the index where
 * the number's body ends, or -1 without one.
 */
function percentBodyEnd(value: string): number {
  const n = value.length;
  if (n === 0 || value.charCodeAt(n - 1) !== 37) return -1;
  return n >= 2 && isGroupSpace(value.charCodeAt(n - 2)) ? n - 2 : n - 1;
}

/**
 * Whether the last scanNumber looked at a comma or a dot, the only characters the two notations read
 * differently: when it did not, the other notation gives the same result.
 */
let scanMetMark = false;
/** How the last scanNumber's text is written (see numberFormat.ts), or NOT_WRITTEN_AGAIN. */
let scanFormat = NOT_WRITTEN_AGAIN;

/**
 * The number written in value[from, to) in one notation, or NaN when it is not one: an optional sign
 * (`-`, `+`, or U+2212 first), an integer part without leading zeros, either plain or in groups of
 * three after a first group of 1-3 (separated by spaces, or by the notation's thousands sign), an
 * optional decimal part, at most MAX_DIGITS digits in all. One pass, no regex, no allocation; the
 * value is the digits as an exact integer divided by an exact power of ten, which rounds the same way
 * as Number() on the digits.
 */
function scanNumber(value: string, from: number, to: number, decimal: number, thousands: number): number {
  scanMetMark = false;
  scanFormat = NOT_WRITTEN_AGAIN;
  let i = from;
  if (i >= to) return Number.NaN;
  let negative = false;
  /** Whether numberText can write the value again: a sign other than '-' or groups of mixed separators cannot. */
  let plain = true;
  /** The separator of the thousands groups, 0 without. */
  let group = 0;
  const c0 = value.charCodeAt(i);
  if (c0 === 45 || c0 === 0x2212) {
    negative = true;
    plain = c0 === 45;
    i++;
  } else if (c0 === 43) {
    plain = false;
    i++;
  }
  if (i >= to) return Number.NaN;
  let mantissa = 0;
  let digitsSeen = 0;
  let c = value.charCodeAt(i);
  if (c === 48) {
    digitsSeen = 1;
    i++;
  } else if (c >= 49 && c <= 57) {
    const runStart = i;
    while (i < to) {
      c = value.charCodeAt(i);
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + (c - 48);
      i++;
    }
    digitsSeen = i - runStart;
    if (i < to) {
      c = value.charCodeAt(i);
      const spaced = isGroupSpace(c);
      if (c === 44 || c === 46) scanMetMark = true;
      if (spaced || c === thousands) {
        if (digitsSeen > 3) return Number.NaN;
        group = c;
        // Groups of exactly three digits, all behind the same kind of separator.
        while (i < to) {
          c = value.charCodeAt(i);
          if (c === 44 || c === 46) scanMetMark = true;
          if (spaced ? !isGroupSpace(c) : c !== thousands) break;
          if (c !== group) plain = false;
          if (i + 4 > to) return Number.NaN;
          for (let k = 1; k <= 3; k++) {
            const d = value.charCodeAt(i + k) - 48;
            if (d < 0 || d > 9) return Number.NaN;
            mantissa = mantissa * 10 + d;
          }
          digitsSeen += 3;
          i += 4;
        }
      }
    }
  } else {
    return Number.NaN;
  }
  let scale = 0;
  if (i < to) {
    const c = value.charCodeAt(i);
    if (c === 44 || c === 46) scanMetMark = true;
    if (c !== decimal) return Number.NaN;
    i++;
    if (i >= to) return Number.NaN;
    while (i < to) {
      const d = value.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number.NaN;
      mantissa = mantissa * 10 + d;
      scale++;
      i++;
    }
  }
  if (digitsSeen + scale > MAX_DIGITS) return Number.NaN;
  const magnitude = scale === 0 ? mantissa : mantissa / (POW10[scale] as number);
  if (plain) scanFormat = numberFormat(scale, group);
  return negative ? -magnitude : magnitude;
}

/** Where classifyCell puts the number it read in Swedish notation, when it gives F_SV. */
export interface SwedishNumberRead {
  sv: number;
  /**
   * How the value is written, when `numberText(sv, format)` writes it again exactly (its decimals, its
   * thousands separator, its percent sign), else NOT_WRITTEN_AGAIN (a '+' or U+2212 sign, mixed separators).
   */
  format: number;
  /** Whether the number (in either notation) has a comma or a dot: when not, the value holds neither. */
  mark: boolean;
}

/**
 * The checks still worth making for `value` (trimmed, non-empty), given the flags its column still allows.
 * When it gives F_SV and `read` is given, `read.sv` is the number as parseNumberAs(value, 'sv') reads it:
 * the classification's scan is the conversion, so a column that stays a number column needs no second pass.
 */
export function classifyCell(value: string, allowed: number, read?: SwedishNumberRead): number {
  let flags = 0;
  const c0 = value.charCodeAt(0);
  const digitStart = c0 >= 48 && c0 <= 57;
  if (digitStart || c0 === 45 || c0 === 43 || c0 === 0x2212) {
    if (allowed & (F_NUMBER | F_PCT | F_NOPCT)) {
      const pctEnd = percentBodyEnd(value);
      const end = pctEnd === -1 ? value.length : pctEnd;
      if (allowed & F_SV) {
        const sv = scanNumber(value, 0, end, 44, 46);
        if (!Number.isNaN(sv)) {
          flags |= F_SV;
          if (read) {
            read.sv = sv;
            read.format = scanFormat === NOT_WRITTEN_AGAIN ? scanFormat : withPercent(scanFormat, pctEnd === -1 ? 0 : value.charCodeAt(pctEnd));
          }
        }
        if (allowed & F_EN && !scanMetMark) flags |= flags & F_SV ? F_EN : 0;
        else if (allowed & F_EN && !Number.isNaN(scanNumber(value, 0, end, 46, 44))) flags |= F_EN;
      } else if (allowed & F_EN && !Number.isNaN(scanNumber(value, 0, end, 46, 44))) {
        flags |= F_EN;
      }
      if (flags !== 0) flags |= pctEnd === -1 ? F_NOPCT : F_PCT;
      // A scan that read a number saw every comma and dot in it.
      if (read) read.mark = scanMetMark;
    }
    if (digitStart) {
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
  const pctEnd = percentBodyEnd(value);
  const end = pctEnd === -1 ? value.length : pctEnd;
  return notation === 'sv' ? scanNumber(value, 0, end, 44, 46) : scanNumber(value, 0, end, 46, 44);
}

/**
 * parseNumberAs for a value its column's classification already accepted in this notation (kept for
 * the converters; the single-pass scan is as cheap as skipping the validation).
 */
export function parseValidatedNumber(value: string, notation: NumberNotation): number {
  return parseNumberAs(value, notation);
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
