/**
 * One column's cells as they are parsed, typed on the way (ColumnStats) and kept in the least memory
 * that still gives every value back. While every value so far reads as a number in Swedish notation, the
 * column keeps only the numbers, in a Float64Array (NaN for an empty cell), how each was written (its
 * decimals, thousands separator and percent sign in a Uint16Array, numberFormat.ts), and the text of the
 * few values that cannot be written again from those (`+5`, ` 5`), so no heap number and no string per
 * cell survives the parse. From the first value that is not such a
 * number on, it keeps each value as ColumnStats gives it back (null for an empty cell, else the text as
 * written), the earlier ones written back from their numbers. So a column typed while parsing needs no
 * text at all, and any other type is still converted from the values as written.
 */
import { ColumnStats, type ColumnStatsState } from '../columnStats';
import { NOT_WRITTEN_AGAIN, numberText } from '../numberFormat';

const FIRST_CAPACITY = 1024;
/**
 * Distinct texts a column keeps one copy of (its municipalities, its yes and no): a value read again is
 * kept as the copy read first, so the parser's new string dies young instead of surviving every
 * collection. Past this many the column's values are taken as they come (codes, names, comments).
 */
const MAX_SHARED_TEXTS = 2048;

/**
 * A column's cells as read in one part of a file (csvParts.ts), to cross to the worker that reads the
 * part before it: its numbers and formats as typed arrays (transferable), or its values as written.
 */
export interface ColumnCellsState {
  stats: ColumnStatsState;
  count: number;
  numbers: Float64Array | null;
  formats: Uint16Array | null;
  oddRows: number[];
  oddTexts: string[];
  values: (string | null)[] | null;
}

export class ColumnCells {
  readonly stats = new ColumnStats();
  /** Rows taken (a row that has no field here is an empty cell). */
  count = 0;
  private numbers: Float64Array | null;
  /** How each number was written (numberFormat.ts); NOT_WRITTEN_AGAIN's rows are in oddRows. */
  private formats: Uint16Array | null;
  /** Rows (ascending) whose number cannot be written again from its format, and how it was written. */
  private oddRows: number[] = [];
  private oddTexts: string[] = [];
  /** Each row's value once the column is not a number column: null when empty, else the text as written. */
  private values: (string | null)[] | null = null;
  /** The one copy of each distinct text (see MAX_SHARED_TEXTS), null once there were too many. */
  private shared: Map<string, string> | null = new Map();

  /** `capacity`: the rows expected (the arrays grow past it; made that size, they need not grow and be copied as rows come). */
  constructor(capacity = FIRST_CAPACITY) {
    this.numbers = new Float64Array(capacity);
    this.formats = new Uint16Array(capacity);
  }

  /** Takes the cell of row `row` (rows this column had no field in are empty). */
  add(row: number, raw: string): void {
    if (row > this.count) this.pad(row);
    this.count = row + 1;
    const value = this.stats.add(raw);
    const numbers = this.numbers;
    if (numbers === null) {
      (this.values as (string | null)[]).push(value === null ? null : this.share(value as string));
      return;
    }
    if (typeof value === 'number' || value === null) {
      const at = row < numbers.length ? numbers : this.room(row);
      if (value === null) {
        at[row] = Number.NaN;
        return;
      }
      at[row] = value;
      const format = this.stats.format;
      if (format === NOT_WRITTEN_AGAIN) {
        this.oddRows.push(row);
        this.oddTexts.push(raw);
      } else {
        (this.formats as Uint16Array)[row] = format;
      }
      return;
    }
    const values = this.texts(row);
    values.push(this.share(value as string));
    this.values = values;
    this.numbers = null;
    this.formats = null;
    this.oddRows = [];
    this.oddTexts = [];
  }

  /** Empty cells up to (not including) `row`. */
  pad(row: number): void {
    if (row <= this.count) return;
    if (this.numbers === null) {
      const values = this.values as (string | null)[];
      for (let r = this.count; r < row; r++) values.push(null);
    } else {
      const at = this.room(row - 1);
      at.fill(Number.NaN, this.count, row);
    }
    this.count = row;
  }

  /** Whether every value is kept as a number (the column is a number column so far). */
  get isNumbers(): boolean {
    return this.numbers !== null;
  }

  /** The numbers of rows 0 … count - 1 (NaN for empty), while the column is a number column. */
  numberColumn(): Float64Array | null {
    return this.numbers === null ? null : this.numbers.subarray(0, this.count);
  }

  /** Rows 0 … `to` - 1 as written (null for an empty cell): the texts kept (not a copy), or numbers written back. */
  texts(to = this.count): (string | null)[] {
    if (this.numbers === null) {
      const values = this.values as (string | null)[];
      return to === values.length ? values : values.slice(0, to);
    }
    const numbers = this.numbers;
    const formats = this.formats as Uint16Array;
    const texts: (string | null)[] = [];
    let odd = 0;
    for (let r = 0; r < to; r++) {
      if (odd < this.oddRows.length && this.oddRows[odd] === r) {
        texts.push(this.oddTexts[odd] as string);
        odd++;
        continue;
      }
      const n = numbers[r] as number;
      texts.push(n !== n ? null : numberText(n, formats[r] as number));
    }
    return texts;
  }

  /** The cells taken, to cross to another worker (the typed arrays trimmed to `count`, to be transferred). */
  state(): ColumnCellsState {
    const numbers = this.numbers === null ? null : this.numbers.slice(0, this.count);
    const formats = this.formats === null ? null : this.formats.slice(0, this.count);
    return { stats: this.stats.state(), count: this.count, numbers, formats, oddRows: this.oddRows, oddTexts: this.oddTexts, values: this.values };
  }

  /**
   * Takes the cells of a later part of the column, read apart (`state` of that part's column), as rows
   * `at` … `at + part.count - 1`: numbers stay numbers when both parts are, else both become values as
   * written. The column then holds what it would had it taken those cells itself.
   */
  append(part: ColumnCellsState, at: number): void {
    this.pad(at);
    this.stats.merge(part.stats);
    if (part.count === 0) return;
    const end = at + part.count;
    if (this.numbers !== null && part.numbers !== null) {
      // Grown to the rows there are, not doubled: a part is taken once the file is read.
      const numbers = this.room(end - 1, true);
      numbers.set(part.numbers.subarray(0, part.count), at);
      (this.formats as Uint16Array).set((part.formats as Uint16Array).subarray(0, part.count), at);
      for (const row of part.oddRows) this.oddRows.push(at + row);
      for (const text of part.oddTexts) this.oddTexts.push(text);
    } else {
      const values = this.texts(at);
      for (const value of ColumnCells.of(part).texts()) values.push(value);
      this.values = values;
      this.numbers = null;
      this.formats = null;
      this.oddRows = [];
      this.oddTexts = [];
    }
    this.count = end;
  }

  /** A column holding the cells of `state` (its statistics too). */
  static of(state: ColumnCellsState): ColumnCells {
    const cells = new ColumnCells();
    cells.stats.merge(state.stats);
    cells.count = state.count;
    cells.numbers = state.numbers;
    cells.formats = state.formats;
    cells.oddRows = state.oddRows;
    cells.oddTexts = state.oddTexts;
    cells.values = state.values;
    cells.shared = null;
    return cells;
  }

  /** The copy kept of a text equal to `text`. */
  private share(text: string): string {
    const shared = this.shared;
    if (shared === null) return text;
    const kept = shared.get(text);
    if (kept !== undefined) return kept;
    if (shared.size >= MAX_SHARED_TEXTS) this.shared = null;
    else shared.set(text, text);
    return text;
  }

  /** The numbers' array, grown to hold row `row` (doubled, or `exact`ly). */
  private room(row: number, exact = false): Float64Array {
    let numbers = this.numbers as Float64Array;
    if (row >= numbers.length) {
      const size = exact ? row + 1 : Math.max(numbers.length * 2, row + 1);
      const grown = new Float64Array(size);
      grown.set(numbers);
      numbers = grown;
      this.numbers = grown;
      const formats = new Uint16Array(size);
      formats.set(this.formats as Uint16Array);
      this.formats = formats;
    }
    return numbers;
  }
}
