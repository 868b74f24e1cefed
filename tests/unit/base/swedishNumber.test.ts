import { describe, expect, it } from 'vitest';
import { formatSwedishNumber, parseSwedishNumber } from '../../../shared/base/swedishNumber';
import { seededRandom } from '../../support/random';

describe('parseSwedishNumber', () => {
  it.each([
    ['1 250 000', 1250000],
    ['1\u00a0250\u00a0000', 1250000],
    ['1\u202f250\u202f000', 1250000],
    ['12,5', 12.5],
    ['-2 500,75', -2500.75],
    ['1 250 000,50', 1250000.5],
    ['1250000.5', 1250000.5],
    ['1250000', 1250000],
    ['\u22125', -5],
    ['\u22122 500', -2500],
    ['0', 0],
    ['0,05', 0.05],
    ['  42  ', 42],
    ['999 999', 999999],
    ['12 345 678,9', 12345678.9],
  ])('reads %j as %d', (input, expected) => {
    expect(parseSwedishNumber(input)).toBe(expected);
  });

  it('returns null for empty or blank input', () => {
    expect(parseSwedishNumber('')).toBeNull();
    expect(parseSwedishNumber('   ')).toBeNull();
    expect(parseSwedishNumber('\u00a0')).toBeNull();
  });

  it.each([
    '1,234.50',
    '12 %',
    'abc',
    '1 25 000',
    '12 50',
    '1  250',
    '1 250 00',
    '1234 567',
    '1 000.5',
    '12,',
    ',5',
    '1.2.3',
    '1,2,3',
    '1e5',
    '0x10',
    '+5',
    '--5',
    '5-',
    '12 kr',
    'Infinity',
  ])('returns NaN for %j', (input) => {
    expect(parseSwedishNumber(input)).toBeNaN();
  });
});

describe('formatSwedishNumber', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatSwedishNumber(1250000)).toBe('1\u00a0250\u00a0000');
    expect(formatSwedishNumber(12.5)).toBe('12,5');
    expect(formatSwedishNumber(-2500.75)).toBe('-2\u00a0500,75');
    expect(formatSwedishNumber(999)).toBe('999');
    expect(formatSwedishNumber(1000)).toBe('1\u00a0000');
  });

  it('drops trailing zeros of the fraction but not of the whole part', () => {
    expect(formatSwedishNumber(100)).toBe('100');
    expect(formatSwedishNumber(10.5)).toBe('10,5');
    expect(formatSwedishNumber(1200.1)).toBe('1\u00a0200,1');
    expect(formatSwedishNumber(0)).toBe('0');
  });

  it('rounds to the given number of fraction digits', () => {
    expect(formatSwedishNumber(3.14159)).toBe('3,14');
    expect(formatSwedishNumber(3.14159, 3)).toBe('3,142');
    expect(formatSwedishNumber(1234.56, 1)).toBe('1\u00a0234,6');
    expect(formatSwedishNumber(2.999)).toBe('3');
  });

  it('keeps whole numbers whole with no fraction digits (as for sizes in bytes)', () => {
    expect(formatSwedishNumber(100, 0)).toBe('100');
    expect(formatSwedishNumber(500, 0)).toBe('500');
    expect(formatSwedishNumber(0, 0)).toBe('0');
    expect(formatSwedishNumber(1000, 0)).toBe('1\u00a0000');
    expect(formatSwedishNumber(12.6, 0)).toBe('13');
  });

  it('writes no minus sign for a value that rounds to zero', () => {
    expect(formatSwedishNumber(-0.001)).toBe('0');
    expect(formatSwedishNumber(-0)).toBe('0');
  });

  it('round-trips through parseSwedishNumber (2,000 random amounts with up to 2 decimals)', () => {
    const random = seededRandom(1250000);
    for (let round = 0; round < 2000; round++) {
      const cents = random.int(-1e9, 1e9) * (random.next() < 0.5 ? 1 : 1000);
      const value = cents / 100;
      const text = formatSwedishNumber(value);
      expect(parseSwedishNumber(text)).toBe(value === 0 ? 0 : value);
    }
  });
});
