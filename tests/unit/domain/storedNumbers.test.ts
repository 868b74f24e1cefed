import { describe, expect, it } from 'vitest';
import { isScaledNumbers, loadColumn, storedCell, storedColumn, storedInts, type ScaledNumbers, type StoredColumn } from '../../../shared/domain';

const column = (...values: number[]) => Float64Array.from(values);

/** Every cell of a stored column read back, by cell and whole, is the cell it was (`Object.is`, NaN as null). */
function expectRoundTrip(values: Float64Array, stored: StoredColumn = storedColumn(values)): void {
  const loaded = loadColumn(stored) as Float64Array;
  expect(loaded).toBeInstanceOf(Float64Array);
  expect(loaded.length).toBe(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r] as number;
    if (!Object.is(loaded[r], v)) throw new Error(`cell ${r}: ${v} came back as ${loaded[r]}`);
    const cell = storedCell(stored, r);
    if (!Object.is(cell, Number.isNaN(v) ? null : v)) throw new Error(`cell ${r}: ${v} read as ${String(cell)}`);
  }
}

/** The shape a column is stored in: its integer type and scale, or 'float64'. */
function shape(stored: StoredColumn): string {
  if (!isScaledNumbers(stored)) return stored instanceof Float64Array ? 'float64' : 'values';
  return `${stored.values.constructor.name}/${stored.scale}`;
}

describe('a number column as a stored piece keeps it (schema v15)', () => {
  it('keeps each fixed case in the smallest shape that gives it back exactly', () => {
    const cases: [number, string][] = [
      [0, 'Int8Array/0'],
      [-0, 'float64'],
      [Number.NaN, 'Int8Array/0'],
      [0.1, 'Int8Array/1'],
      [1234.56, 'Int32Array/2'],
      [-7.5, 'Int8Array/1'],
      [12_345_678.9, 'Int32Array/1'],
      [1e15, 'float64'],
      [3.14159265358979, 'float64'],
      [2 ** 31, 'float64'],
      [2 ** 31 - 1, 'Int32Array/0'],
      [-(2 ** 31), 'float64'],
      [-(2 ** 31) + 1, 'Int32Array/0'],
      [127, 'Int8Array/0'],
      [-127, 'Int8Array/0'],
      [-128, 'Int16Array/0'],
      [128, 'Int16Array/0'],
      [32_767, 'Int16Array/0'],
      [-32_768, 'Int32Array/0'],
      [1e-9, 'Int8Array/9'],
      [1e-10, 'float64'],
      [Number.POSITIVE_INFINITY, 'float64'],
    ];
    for (const [value, expected] of cases) {
      const stored = storedColumn(column(value, Number.NaN));
      expect([value, shape(stored)]).toEqual([value, expected]);
      expectRoundTrip(column(value, Number.NaN), stored);
    }
  });

  it('takes the greatest scale any number needs and the integer type that holds them all', () => {
    const mixed = column(1, Number.NaN, 2.5, -0.25, 100);
    const stored = storedColumn(mixed) as ScaledNumbers;
    expect(shape(stored)).toBe('Int16Array/2');
    expect(Array.from(stored.values)).toEqual([100, -32_768, 250, -25, 10_000]);
    expectRoundTrip(mixed, stored);
    expect(shape(storedColumn(column(1, 2, 3)))).toBe('Int8Array/0');
    expect(shape(storedColumn(column(1, 2, 300)))).toBe('Int16Array/0');
    expect(shape(storedColumn(column(1, 2, 70_000)))).toBe('Int32Array/0');
    expect(shape(storedColumn(column(0.5, 70_000)))).toBe('Int32Array/1');
    // One number no scale fits keeps the whole column a Float64Array, itself.
    const odd = column(1, 2, 3.14159265358979, Number.NaN);
    expect(storedColumn(odd)).toBe(odd);
    const negativeZero = column(1, -0);
    expect(storedColumn(negativeZero)).toBe(negativeZero);
    // Scale 3 fits 1.234 alone, but 3,000,000 at scale 3 is past Int32: no scale fits both.
    const wide = column(1.234, 3_000_000);
    expect(storedColumn(wide)).toBe(wide);
    expectRoundTrip(wide);
  });

  it('keeps a column of no numbers (a piece of empty cells) as Int8 empties, and an empty column', () => {
    const empty = column(Number.NaN, Number.NaN);
    expect(shape(storedColumn(empty))).toBe('Int8Array/0');
    expect(storedCell(storedColumn(empty), 0)).toBeNull();
    expectRoundTrip(empty);
    expectRoundTrip(column());
  });

  it('gives back 10,000 random numbers written with 0 to 4 decimals and parsed, each exactly', () => {
    let seed = 20_261_207;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const written = (integerDigits: number, decimals: number) => {
      const sign = random() < 0.3 ? '-' : '';
      const whole = Math.floor(random() * 10 ** integerDigits);
      const fraction = decimals === 0 ? '' : `.${String(Math.floor(random() * 10 ** decimals)).padStart(decimals, '0')}`;
      const value = Number.parseFloat(`${sign}${whole}${fraction}`);
      // "-0" and "-0.00" parse as -0, which keeps its column a Float64Array (the fixed cases above).
      return Object.is(value, -0) ? 0 : value;
    };
    const shapes: string[] = [];
    for (let decimals = 0; decimals <= 4; decimals++) {
      const values = Float64Array.from({ length: 10_000 }, () => written(5, decimals));
      const stored = storedColumn(values);
      shapes.push(shape(stored));
      expectRoundTrip(values, stored);
    }
    expect(shapes).toEqual(['Int32Array/0', 'Int32Array/1', 'Int32Array/2', 'Int32Array/3', 'Int32Array/4']);
    const mixed = Float64Array.from({ length: 10_000 }, (_, i) => (i % 11 === 0 ? Number.NaN : written(1 + (i % 4), i % 5)));
    const stored = storedColumn(mixed);
    expect(shape(stored)).toBe('Int32Array/4');
    expectRoundTrip(mixed, stored);
    // Numbers too wide for Int32 at their scale stay a Float64Array, and still come back exactly.
    const wide = Float64Array.from({ length: 10_000 }, (_, i) => written(9, i % 5));
    expect(shape(storedColumn(wide))).toBe('float64');
    expectRoundTrip(wide);
    const small = Float64Array.from({ length: 10_000 }, () => written(1, 1));
    expect(shape(storedColumn(small))).toBe('Int8Array/1');
    expectRoundTrip(small);
  });

  it('raises the scale when a later number needs it, and keeps the column as it is when the integers before it would not fit', () => {
    const rising = column(7, Number.NaN, -12, 0.5, 1.25, 3);
    const stored = storedColumn(rising) as ScaledNumbers;
    expect(shape(stored)).toBe('Int16Array/2');
    expectRoundTrip(rising, stored);
    // 300,000,000 fits Int32 at scale 0, but not at scale 1 as 0.5 needs.
    const wide = column(300_000_000, 0.5);
    expect(storedColumn(wide)).toBe(wide);
    // A range of a column is stored as that range alone.
    const rows = Float64Array.from({ length: 3000 }, (_, i) => (i < 1000 ? i : i < 2000 ? i / 100 : 2 ** 40 + i));
    for (const [from, to] of [[0, 1000], [1000, 2000], [2000, 3000], [500, 1500]] as const) {
      const part = storedColumn(rows, from, to);
      expect(part).toEqual(storedColumn(rows.slice(from, to)));
      expectRoundTrip(rows.slice(from, to), part);
    }
  });

  it('leaves a column of values as it is, and reads its cells as columnCell does', () => {
    const values = ['a', null, 3, true];
    expect(storedColumn(values)).toBe(values);
    // A range is a copy: of values, a packed array (IndexedDB clones it densely); of numbers no scale fits (-0), a Float64Array of its own.
    const some = storedColumn(values, 1, 3);
    expect(some).toEqual([null, 3]);
    expect(Object.keys(some)).toHaveLength(2);
    const numbers = column(1, -0.25, -0, 4);
    const copied = storedColumn(numbers, 1, 3) as Float64Array;
    expect(Array.from(copied)).toEqual([-0.25, -0]);
    copied[0] = 9;
    expect(numbers[1]).toBe(-0.25);
    expect(loadColumn(values)).toBe(values);
    expect([0, 1, 2, 3, 4].map((r) => storedCell(values, r))).toEqual(['a', null, 3, true, null]);
    expect(storedCell(column(1.5), 3)).toBeNull();
    expect(storedCell(storedColumn(column(1.5)), 3)).toBeNull();
  });

  it('keeps lines as an Int32Array when every one is a whole number that fits, else the list', () => {
    expect(storedInts([2, 3, 1_004])).toEqual(Int32Array.of(2, 3, 1_004));
    const odd = [2, 2.5];
    expect(storedInts(odd)).toBe(odd);
    expect(storedInts([2, 2 ** 31])).toEqual([2, 2 ** 31]);
    expect(storedInts([-0])).toEqual([-0]);
  });
});
