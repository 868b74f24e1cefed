/**
 * One column's cells as they are parsed, typed on the way (ColumnStats) and kept in the least memory
 * that still gives every value back. While every value so far reads as a number in Swedish notation, the
 * column keeps only the numbers, in a Float64Array (NaN for an empty cell), and the text of the few
 * values not written exactly as `plainNumberText` writes their number (`1 234`, `0,50`, `12 %`, ` 5`),
 * so no heap number and no string per cell survives the parse. From the first value that is not such a
 * number on, it keeps each value as ColumnStats gives it back (null for an empty cell, else the text as
 * written), the earlier ones written back from their numbers. So a column typed while parsing needs no
 * text at all, and any other type is still converted from the values as written.
 */
import { ColumnStats } from '../columnStats';
import { plainNumberText } from '../cellValues';

const FIRST_CAPACITY = 1024;

export class ColumnCells {
  readonly stats = new ColumnStats();
  /** Rows taken (a row that has no field here is an empty cell). */
  count = 0;
  private numbers: Float64Array | null = new Float64Array(FIRST_CAPACITY);
  /** Rows (ascending) whose number is written otherwise than plainly, and how. */
  private oddRows: number[] = [];
  private oddTexts: string[] = [];
  /** Each row's value once the column is not a number column: null when empty, else the text as written. */
  private values: (string | null)[] | null = null;

  /** Takes the cell of row `row` (rows this column had no field in are empty). */
  add(row: number, raw: string): void {
    if (row > this.count) this.pad(row);
    this.count = row + 1;
    const value = this.stats.add(raw);
    const numbers = this.numbers;
    if (numbers === null) {
      (this.values as (string | null)[]).push(value as string | null);
      return;
    }
    if (typeof value === 'number' || value === null) {
      const at = this.room(row);
      at[row] = value === null ? Number.NaN : value;
      if (value !== null && !this.stats.plain) {
        this.oddRows.push(row);
        this.oddTexts.push(raw);
      }
      return;
    }
    const values = this.texts(row);
    values.push(value as string);
    this.values = values;
    this.numbers = null;
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

  /** Rows 0 … `to` - 1 as written (null for an empty cell): the texts kept, or numbers written back. */
  texts(to = this.count): (string | null)[] {
    if (this.numbers === null) return (this.values as (string | null)[]).slice(0, to);
    const numbers = this.numbers;
    const texts: (string | null)[] = [];
    let odd = 0;
    for (let r = 0; r < to; r++) {
      if (odd < this.oddRows.length && this.oddRows[odd] === r) {
        texts.push(this.oddTexts[odd] as string);
        odd++;
        continue;
      }
      const n = numbers[r] as number;
      texts.push(n !== n ? null : plainNumberText(n));
    }
    return texts;
  }

  /** The numbers' array, grown to hold row `row`. */
  private room(row: number): Float64Array {
    let numbers = this.numbers as Float64Array;
    if (row >= numbers.length) {
      const grown = new Float64Array(Math.max(numbers.length * 2, row + 1));
      grown.set(numbers);
      numbers = grown;
      this.numbers = grown;
    }
    return numbers;
  }
}
