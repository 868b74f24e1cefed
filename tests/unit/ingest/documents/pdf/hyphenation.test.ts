import { describe, expect, it } from 'vitest';
import { carryBrokenWord, joinLines, removeSoftHyphens } from '../../../../../shared/ingest/documents/pdf/hyphenation';

describe('joinLines', () => {
  it.each([
    ['Den regionala utveck-', 'lingen går framåt', 'Den regionala utvecklingen går framåt'],
    ['ett nytt EU-', 'projekt startade', 'ett nytt EU-projekt startade'],
    ['under 2020-', 'talet', 'under 2020-talet'],
    ['i Skåne-', 'Blekinge', 'i Skåne-Blekinge'],
    ['mellan 2019-', '2023', 'mellan 2019-2023'],
    ['inom sjuk-', 'och hälsovården', 'inom sjuk- och hälsovården'],
    ['både för-', 'eller nackdelar', 'både för- eller nackdelar'],
    ['com‐', 'pile', 'compile'],
    ['ett avstav\u00AD', 'at ord', 'ett avstavat ord'],
    ['en vanlig rad', 'och nästa', 'en vanlig rad och nästa'],
    ['ett tankstreck -', 'och mer', 'ett tankstreck - och mer'],
    ['ett tankstreck –', 'och mer', 'ett tankstreck – och mer'],
    ['siffror 1-', '(se nedan)', 'siffror 1- (se nedan)'],
  ])('%j + %j', (previous, next, joined) => {
    expect(joinLines(previous, next)).toBe(joined);
  });

  it('keeps the other line when one is empty', () => {
    expect(joinLines('', 'rad')).toBe('rad');
    expect(joinLines('rad', '')).toBe('rad');
  });
});

describe('removeSoftHyphens', () => {
  it('removes every U+00AD and leaves other text alone', () => {
    expect(removeSoftHyphens('kom\u00ADpe\u00ADtens')).toBe('kompetens');
    const plain = 'utan mjuka bindestreck';
    expect(removeSoftHyphens(plain)).toBe(plain);
  });
});

describe('carryBrokenWord', () => {
  it('moves the rest of a word broken over a page break back to the first page', () => {
    expect(carryBrokenWord('den regionala utveck-', 'lingen går framåt')).toEqual({
      previous: 'den regionala utvecklingen',
      next: 'går framåt',
    });
    expect(carryBrokenWord('ett avstav\u00AD', 'at ord')).toEqual({ previous: 'ett avstavat', next: 'ord' });
  });

  it('moves nothing when the hyphen stays or the line was not broken in a word', () => {
    expect(carryBrokenWord('ett nytt EU-', 'projekt')).toBeNull();
    expect(carryBrokenWord('i Skåne-', 'Blekinge')).toBeNull();
    expect(carryBrokenWord('slutet av sidan.', 'Nästa sida')).toBeNull();
  });
});
