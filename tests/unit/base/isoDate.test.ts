import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateOf, looseIsoDate } from '../../../shared/base/isoDate';

describe('isIsoDate', () => {
  it.each(['2024-01-01', '2023-12-31', '2024-02-29', '2000-02-29', '2023-04-30', '1999-07-15'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['Feb 30', '2023-02-30'],
    ['Feb 29 outside a leap year', '2023-02-29'],
    ['Feb 29 in 1900 (not a leap year)', '1900-02-29'],
    ['April 31', '2023-04-31'],
    ['month 13', '2023-13-01'],
    ['month 00', '2023-00-10'],
    ['day 00', '2023-01-00'],
    ['day 32', '2023-01-32'],
    ['no zero padding', '2023-4-1'],
    ['Swedish short form', '23-04-01'],
    ['with a time', '2023-04-01T00:00:00Z'],
    ['surrounding space', ' 2023-04-01'],
    ['slashes', '2023/04/01'],
    ['day first', '01-04-2023'],
    ['empty', ''],
    ['words', 'igår'],
  ])('rejects %s (%j)', (_name, value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('isoDateOf', () => {
  it('gives the UTC date part of a timestamp', () => {
    expect(isoDateOf(new Date(Date.UTC(2024, 1, 29, 23, 59, 59)))).toBe('2024-02-29');
    expect(isoDateOf(new Date('2026-11-22T00:00:00.000Z'))).toBe('2026-11-22');
  });

  it('produces dates that isIsoDate accepts', () => {
    for (let day = 0; day < 800; day += 7) {
      expect(isIsoDate(isoDateOf(new Date(Date.UTC(2023, 0, 1 + day))))).toBe(true);
    }
  });
});

describe('looseIsoDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    [' 2024-3-5 ', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(looseIsoDate(text)).toBe(iso);
  });

  it.each(['', '2024', '2024-3', '2023-02-29', '2024-13-01', '05/03/2024', '03/05/2024', '2024-03-05T10:00', '5 mars 2024', '2024-003-05'])('refuses %j', (text) => {
    expect(looseIsoDate(text)).toBeNull();
  });
});
