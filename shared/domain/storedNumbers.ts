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

/**
 * Whether v is m / 10 ** scale for a whole m of at most 2^53 (`Object.is`, written out: m is never -0, as
 * `+ 0` makes a -0 from Math.round a 0, so -0 is never one; NaN and the infinities never are either).
 */
function exactAt(v: number, power: number): boolean {
  const m = Math.round(v * power) + 0;
  return m / power === v && (v !== 0 || 1 / v > 0) && m <= MAX_SAFE && m >= -MAX_SAFE;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The least value of the smallest integer type that holds least..most above its least value, or null. */
function emptyFor(least: number, most: number): number | null {
  if (least > INT8_EMPTY && most <= 127) return INT8_EMPTY;
  if (least > INT16_EMPTY && most <= 32_767) return INT16_EMPTY;
  if (least > INT32_EMPTY && most <= 2_147_483_647) return INT32_EMPTY;
  return null;
}

/**
 * A number column as scaled integers, or the column itself when no scale 0..9 fits every number; a
 * column of values as it is. One pass finds the scale and the range, a second writes the integers.
 */
export function storedColumn(column: ColumnValues): StoredColumn {
  if (!(column instanceof Float64Array)) return column;
  const n = column.length;
  let scale = 0;
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < n; r++) {
    const v = column[r] as number;
    if (v !== v) continue;
    // A number exact at a scale is exact at every greater one (10m / 10^(s+1) is the same quotient), so
    // the column's scale is the greatest any number needs.
    if (scale === 0 && (v | 0) === v) {
      // A whole number in the Int32 range (the usual cell) is exact at scale 0 unless it is -0.
      if (v === 0 && 1 / v < 0) return column;
    } else {
      while (!exactAt(v, POWERS[scale] as number)) {
        if (scale === MAX_SCALE) return column;
        scale++;
      }
    }
    if (v < least) least = v;
    if (v > most) most = v;
  }
  const power = POWERS[scale] as number;
  const empty = least > most ? INT8_EMPTY : emptyFor(Math.round(least * power), Math.round(most * power));
  if (empty === null) return column;
  const values = empty === INT8_EMPTY ? new Int8Array(n) : empty === INT16_EMPTY ? new Int16Array(n) : new Int32Array(n);
  if (scale === 0) {
    for (let r = 0; r < n; r++) {
      const v = column[r] as number;
      values[r] = v !== v ? empty : v;
    }
  } else {
    for (let r = 0; r < n; r++) {
      const v = column[r] as number;
      values[r] = v !== v ? empty : Math.round(v * power);
    }
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
