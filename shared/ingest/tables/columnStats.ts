import type { CellValue, ColumnType } from '../../domain/tableValues';
import {
  BOOLEAN_HEADER,
  classifyCell,
  type SwedishNumberRead,
  F_ALL,
  F_BOOL,
  F_BOOL01,
  F_DATE,
  F_DATETIME,
  F_EN,
  F_NOPCT,
  F_NUMBER,
  F_PCT,
  F_SV,
  parseBoolean,
  parseDateTime,
  parseNumberAs,
  parseValidatedNumber,
  trimCell,
  type NumberNotation,
} from './cellValues';
import { NOT_WRITTEN_AGAIN } from './numberFormat';

/** A column's type and, for numbers, whether a comma is its decimal sign ('sv') or a thousands separator ('en'). */
export interface ColumnTyping {
  type: ColumnType;
  notation: NumberNotation;
}

/** ColumnStats' figures, as they cross to another worker. */
export interface ColumnStatsState {
  flags: number;
  nonEmpty: number;
  comma: boolean;
  dot: boolean;
  numbers: number;
}

/**
 * What a column's values have allowed so far: the AND of their flags, and whether any number had a
 * comma, a dot or any date had a time. Values are classified only against what is still possible, so
 * a column that is already text costs a trim per cell.
 */
export class ColumnStats {
  flags = F_ALL;
  nonEmpty = 0;
  comma = false;
  dot = false;

  /** Values given back as numbers by `add`. */
  numbers = 0;
  /** The number classifyCell read in Swedish notation from the cell `add` classified last. */
  private readonly read: SwedishNumberRead = { sv: Number.NaN, format: NOT_WRITTEN_AGAIN, mark: false };
  /** How the value `add` gave back last as a number is written (numberFormat.ts): NOT_WRITTEN_AGAIN when it had spaces around it. */
  format = NOT_WRITTEN_AGAIN;

  /**
   * Takes a value (as written) into what the column allows, and gives it back as the column will hold it
   * if it stays what it has been so far (see `keeps`): null when empty, the number when it reads as one
   * in Swedish notation, else the value as written.
   */
  add(raw: string): CellValue {
    const value = trimCell(raw);
    if (value === '') return null;
    this.nonEmpty++;
    if (this.flags === 0) return raw;
    const flags = classifyCell(value, this.flags, this.read);
    this.flags &= flags;
    // A number without a comma or a dot needs no search for them; a dot matters only while English notation is possible.
    if (flags & F_NUMBER && this.read.mark) {
      if (!this.comma && value.indexOf(',') !== -1) this.comma = true;
      if (!this.dot && this.flags & F_EN && value.indexOf('.') !== -1) this.dot = true;
    }
    if (flags & F_SV) {
      this.numbers++;
      this.format = value.length === raw.length ? this.read.format : NOT_WRITTEN_AGAIN;
      return this.read.sv;
    }
    return raw;
  }

  /** What the values taken so far allow (for another part of the same column read elsewhere: `merge`). */
  state(): ColumnStatsState {
    return { flags: this.flags, nonEmpty: this.nonEmpty, comma: this.comma, dot: this.dot, numbers: this.numbers };
  }

  /**
   * Takes in what the values of a later part of the same column allowed, read apart (another worker): the
   * flags are an AND, so the column allows what it would had it taken those values itself.
   */
  merge(part: ColumnStatsState): void {
    this.flags &= part.flags;
    this.nonEmpty += part.nonEmpty;
    this.comma ||= part.comma;
    this.dot ||= part.dot;
    this.numbers += part.numbers;
  }

  /**
   * Whether the values `add` gave back are already the column's values once its type is decided: for a
   * number column whose every value read in Swedish notation (in English notation too when no value has
   * a comma or a dot: both notations then read the same number), and for a text column given back no
   * number. Other types (dates, booleans, a type the user chose) are converted from the values as written.
   */
  keeps(typing: ColumnTyping, inferred: boolean): boolean {
    if (typing.type === 'text') return this.numbers === 0;
    if (!inferred || (typing.type !== 'integer' && typing.type !== 'decimal' && typing.type !== 'percent')) return false;
    if (typing.notation === 'sv') return true;
    return (this.flags & F_SV) !== 0 && !this.comma && !this.dot;
  }

  /** The number notation the values allow: Swedish unless only English fits, or the values are only dots. */
  notation(): NumberNotation {
    const sv = (this.flags & F_SV) !== 0;
    const en = (this.flags & F_EN) !== 0;
    if (sv && en) return this.comma ? 'sv' : 'en';
    if (en) return 'en';
    return 'sv';
  }

  /** The inferred type: a type only when every non-empty value fits it, else text. */
  decide(headerName: string): ColumnTyping {
    const flags = this.flags;
    const notation = this.notation();
    if (this.nonEmpty === 0) return { type: 'text', notation };
    if (flags & F_BOOL01) return { type: BOOLEAN_HEADER.test(headerName.trim()) ? 'boolean' : 'integer', notation };
    if (flags & F_BOOL) return { type: 'boolean', notation };
    if (flags & F_NUMBER && flags & (F_PCT | F_NOPCT)) {
      if (flags & F_PCT) return { type: 'percent', notation };
      const fraction = notation === 'sv' ? this.comma : this.dot;
      return { type: fraction ? 'decimal' : 'integer', notation };
    }
    if (flags & F_DATE) return { type: 'date', notation };
    if (flags & F_DATETIME) return { type: 'datetime', notation };
    return { type: 'text', notation };
  }
}

/** Converts a trimmed, non-empty value; `undefined` when it does not fit the type. */
export type CellConverter = (value: string) => CellValue | undefined;

/**
 * The converter for a column. With `validated` (the type was inferred, so every value already passed
 * classification) numbers and ISO dates take a fast path without re-validation; an overridden type
 * checks every value.
 */
export function cellConverter({ type, notation }: ColumnTyping, validated = false): CellConverter {
  if (validated) {
    if (type === 'integer' || type === 'decimal' || type === 'percent') return (value) => parseValidatedNumber(value, notation);
    if (type === 'date') {
      return (value) => (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 ? value : (parseDateTime(value) ?? undefined));
    }
  }
  switch (type) {
    case 'integer':
      return (value) => {
        const n = parseNumberAs(value, notation);
        return Number.isInteger(n) ? n : undefined;
      };
    case 'decimal':
    case 'percent':
      return (value) => {
        const n = parseNumberAs(value, notation);
        return Number.isNaN(n) ? undefined : n;
      };
    case 'date':
      return (value) => {
        const iso = parseDateTime(value);
        return iso !== null && iso.length === 10 ? iso : undefined;
      };
    case 'datetime':
      return (value) => {
        const iso = parseDateTime(value);
        return iso === null ? undefined : iso.length === 10 ? `${iso}T00:00` : iso;
      };
    case 'boolean':
      return (value) => parseBoolean(value) ?? undefined;
    case 'text':
      return (value) => value;
  }
}

/** A raw cell as its column's typed value: null when empty, `undefined` when it does not fit. */
export function convertCell(raw: string, type: ColumnType, convert: CellConverter): CellValue | undefined {
  const value = trimCell(raw);
  if (value === '') return null;
  return type === 'text' ? raw : convert(value);
}
