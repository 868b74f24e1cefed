import type { CellValue } from './tableValues';
import { columnCell, type ColumnValues } from './tableCells';

/**
 * How a stored piece keeps a number column (schema v15): as small integers and a decimal scale when every
 * number is exactly `m / 10 ** scale` for an integer m that fits, else as the Float64Array. A column of
 * numbers read from a file is mostly integers or values with a few decimals, so its cells fit in one, two
 * or four bytes instead of eight, and IndexedDB clones the smaller block faster (a stored table of numbers
 * is mostly these columns). The integer type's least value marks an empty cell (the Float64Array's NaN).
 *
 * The round trip is exact by construction: a scale is taken only when `m / 10 ** scale` gives back the
 * very number (`Object.is`, so -0 stays a Float64Array), and readers divide the same way.
 */
export interface ScaledNumbers {
  /** The decimal places: cell r is `values[r] / 10 ** scale`. */
  scale: number;
  /** Each cell times 10 ** scale; the type's least value for an empty cell. */
  values: Int8Array | Int16Array | Int32Array;
}

/** A piece's column as stored: scaled numbers, a number column (no scale fits), or values. */
export type StoredColumn = ColumnValues | ScaledNumbers;

/** The scales a column may take, 10 ** 0 .. 10 ** 9 (each exact in a double). */
const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000] as const;
const MAX_SCALE = POWERS.length - 1;

const INT8_EMPTY = -128;
const INT16_EMPTY = -32_768;
const INT32_EMPTY = -2_147_483_648;

export function isScaledNumbers(column: StoredColumn): column is ScaledNumbers {
  return !Array.isArray(column) && !(column instanceof Float64Array);
}

/** The least value of the smallest integer type that holds least..most above its least value, or null. */
function emptyFor(least: number, most: number): number | null {
  if (least > INT8_EMPTY && most <= 127) return INT8_EMPTY;
  if (least > INT16_EMPTY && most <= 32_767) return INT16_EMPTY;
  if (least > INT32_EMPTY && most <= 2_147_483_647) return INT32_EMPTY;
  return null;
}

/** The integers of the column being stored, at its scale so far (INT32_EMPTY for an empty cell); grown as needed. */
let scratch = new Int32Array(1024);
const INT32_MOST = 2_147_483_647;

/** The least scale above `scale` at which v is an Int32 integer exactly (not -0), or -1 when none is. */
function scaleFor(v: number, scale: number): number {
  if (v === 0) return -1;
  for (let s = scale + 1; s <= MAX_SCALE; s++) {
    const power = POWERS[s] as number;
    const m = Math.round(v * power);
    if (m / power === v) return m > INT32_EMPTY && m <= INT32_MOST ? s : -1;
  }
  return -1;
}

/**
 * Rows from..to-1 of a column as stored: a number column as scaled integers, else its rows as they are
 * (the column itself when that is all of it); a column of values likewise. One pass: each number's
 * integer at the scale so far goes into a scratch array; a number that needs a greater scale multiplies
 * the integers before it (exact: they are whole numbers); then the smallest type is filled.
 */
export function storedColumn(column: ColumnValues, from = 0, to = column.length): StoredColumn {
  // A copy of the rows: a column of values is filled by push, so its slice is a packed array too, which
  // IndexedDB clones densely (a holey one element by element, 2.5 times slower).
  const asItIs = (): ColumnValues => (from === 0 && to === column.length ? column : column.slice(from, to));
  if (!(column instanceof Float64Array)) return asItIs();
  const n = Math.max(0, to - from);
  if (scratch.length < n) scratch = new Int32Array(n);
  const ints = scratch;
  let scale = 0;
  let power = 1;
  let least = INT32_MOST;
  let most = INT32_EMPTY;
  for (let r = 0; r < n; r++) {
    const v = column[from + r] as number;
    if (v !== v) {
      ints[r] = INT32_EMPTY;
      continue;
    }
    let m = Math.round(v * power);
    // Exact at this scale and within Int32 (above its least value, the empty cell); -0 never is, as a reader would give back 0.
    if (m / power !== v || m <= INT32_EMPTY || m > INT32_MOST || (v === 0 && 1 / v < 0)) {
      const next = scaleFor(v, scale);
      if (next < 0) return asItIs();
      const factor = POWERS[next - scale] as number;
      // The integers so far (if any), at the greater scale: within Int32 still, or the column stays as it is.
      const seen = least <= most;
      if (seen && (least * factor <= INT32_EMPTY || most * factor > INT32_MOST)) return asItIs();
      for (let k = 0; k < r; k++) if (ints[k] !== INT32_EMPTY) ints[k] = (ints[k] as number) * factor;
      if (seen) {
        least *= factor;
        most *= factor;
      }
      scale = next;
      power = POWERS[scale] as number;
      m = Math.round(v * power);
    }
    ints[r] = m;
    if (m < least) least = m;
    if (m > most) most = m;
  }
  const empty = least > most ? INT8_EMPTY : emptyFor(least, most);
  if (empty === null) return asItIs();
  if (empty === INT32_EMPTY) return { scale, values: ints.slice(0, n) };
  const values = empty === INT8_EMPTY ? new Int8Array(n) : new Int16Array(n);
  for (let r = 0; r < n; r++) {
    const m = ints[r] as number;
    values[r] = m === INT32_EMPTY ? empty : m;
  }
  return { scale, values };
}

const emptyOf = (values: ScaledNumbers['values']): number => (values instanceof Int8Array ? INT8_EMPTY : values instanceof Int16Array ? INT16_EMPTY : INT32_EMPTY);

/** A stored column as a column: scaled numbers back to a number column (NaN for an empty cell). */
export function loadColumn(stored: StoredColumn): ColumnValues {
  if (!isScaledNumbers(stored)) return stored;
  const { values } = stored;
  const power = POWERS[stored.scale] as number;
  const empty = emptyOf(values);
  const column = new Float64Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const m = values[r] as number;
    column[r] = m === empty ? Number.NaN : m / power;
  }
  return column;
}

/** Cell r of a stored column, as a table value (null for an empty cell and past the column's end). */
export function storedCell(stored: StoredColumn, r: number): CellValue {
  if (!isScaledNumbers(stored)) return columnCell(stored, r);
  const m = stored.values[r];
  if (m === undefined || m === emptyOf(stored.values)) return null;
  return m / (POWERS[stored.scale] as number);
}

/** A list of whole numbers (a piece's lines) as an Int32Array when every one fits, else the list. */
export function storedInts(list: readonly number[]): number[] | Int32Array {
  for (const value of list) if (!Number.isInteger(value) || value < INT32_EMPTY || value > 2_147_483_647 || Object.is(value, -0)) return list as number[];
  return Int32Array.from(list);
}
