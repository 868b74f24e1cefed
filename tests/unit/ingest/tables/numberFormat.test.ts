import { describe, expect, it } from 'vitest';
import { classifyCell, F_ALL, F_SV, type SwedishNumberRead } from '../../../../shared/ingest/tables/cellValues';
import { NOT_WRITTEN_AGAIN, numberText } from '../../../../shared/ingest/tables/numberFormat';
import { seededRandom } from '../../../support/random';

/** The number classifyCell reads in Swedish notation and how it was written. */
function read(value: string): SwedishNumberRead {
  const found: SwedishNumberRead = { sv: Number.NaN, format: NOT_WRITTEN_AGAIN, mark: false };
  expect(classifyCell(value, F_ALL, found) & F_SV, value).toBe(F_SV);
  return found;
}

describe('a Swedish number written again from its value and format', () => {
  it('gives back exactly what was written: decimals, thousands separators, signs and percent signs', () => {
    const written = [
      '0', '7', '-5', '-0', '-0,0', '2020', '1234', '1 234', '1\u00a0234', '1\u202f234', '1.234', '12 345 678', '1.234.567,8',
      '0,5', '0,50', '25,10', '1 000,5', '1 234,500', '-1 234,05', '0,000001', '0,0000001', '999 999 999 999 999', '999999999999999',
      '123456789,012345', '12 %', '12%', '-1,5 %', '12\u00a0%', '0,25\u202f%', '1 234,5 %',
    ];
    for (const value of written) {
      const { sv, format } = read(value);
      expect(format, value).not.toBe(NOT_WRITTEN_AGAIN);
      expect(numberText(sv, format), value).toBe(value);
    }
  });

  it('says which values it cannot write again: other signs and mixed separators', () => {
    for (const value of ['+5', '\u22125', '+1 234,5', '1 234\u00a0567']) expect(read(value).format, value).toBe(NOT_WRITTEN_AGAIN);
  });

  it('writes random numbers of up to 15 digits back as written, in every layout', () => {
    const rng = seededRandom(14);
    const random = () => rng.next();
    const separators = ['', ' ', '\u00a0', '.'];
    for (let n = 0; n < 5_000; n++) {
      const decimals = Math.floor(random() * 8);
      const wholeDigits = 1 + Math.floor(random() * (15 - decimals));
      let whole = String(1 + Math.floor(random() * 9));
      for (let d = 1; d < wholeDigits; d++) whole += String(Math.floor(random() * 10));
      if (random() < 0.2) whole = '0';
      const separator = separators[Math.floor(random() * separators.length)] as string;
      if (separator !== '' && whole.length > 3) whole = whole.replace(/\B(?=(\d{3})+$)/g, separator);
      let fraction = '';
      for (let d = 0; d < decimals; d++) fraction += String(Math.floor(random() * 10));
      const value = `${random() < 0.3 ? '-' : ''}${whole}${decimals > 0 ? `,${fraction}` : ''}${random() < 0.1 ? ' %' : ''}`;
      const { sv, format } = read(value);
      expect(numberText(sv, format), value).toBe(value);
    }
  });
});
