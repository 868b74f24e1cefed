// REFI-QDA counts positions in Unicode code points from 0 (specification 1.5 §10.2); Spårbar keeps UTF-16
// offsets. Each passage's range, cut by code points from the text written under sources/, must be its quote,
// whatever the text holds: characters outside the BMP (one position each), combining marks (their own
// position), CR LF (two positions).
import { describe, expect, it } from 'vitest';
import { writeQdpx } from '../../../../shared/exchange/refi';
import { elementsNamed, readQdpxForTest } from '../../../support/qdpxProject';
import { documentRecord, miniSnapshot, segmentAt } from './qdpxFixtures';

const OPTIONS = { language: 'sv' as const, origin: 'Spårbar', now: '2026-04-01T10:00:00.000Z' };

/** The passages' [start, end] as written, by quote, and the text of the source they are in. */
function written(text: string, quotes: readonly string[]) {
  const segments = quotes.map((quote, i) => segmentAt(`s${i}`, 'd1', text, quote));
  const read = readQdpxForTest(writeQdpx(miniSnapshot({ documents: [{ record: documentRecord('d1'), text }], segments }), OPTIONS));
  const [source] = elementsNamed(read.project, 'TextSource');
  const sourceText = read.sourceText(source!.attributes.plainTextPath!);
  const ranges = elementsNamed(source!, 'PlainTextSelection').map((s) => [Number(s.attributes.startPosition), Number(s.attributes.endPosition)] as const);
  return { sourceText, ranges, cut: ranges.map(([start, end]) => Array.from(sourceText).slice(start, end).join('')) };
}

describe('writeQdpx positions in code points', () => {
  it('counts a character outside the BMP (emoji, a flag of two, a skin tone) as one position', () => {
    const text = 'A😀B 🇸🇪 flagga, 👍🏽 tumme, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 slut';
    const { sourceText, ranges, cut } = written(text, ['😀B', 'flagga', 'tumme', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 slut']);
    expect(sourceText).toBe(text);
    // 'A' 0, '😀' 1, 'B' 2: the UTF-16 offset of 'B' is 3.
    expect(ranges[0]).toEqual([1, 3]);
    expect(ranges[1]).toEqual([7, 13]);
    expect(cut).toEqual(['😀B', 'flagga', 'tumme', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 slut']);
  });

  it('counts a combining mark as its own position and never composes it away', () => {
    const text = 'Cafe\u0301 och ha\u0308nt, n\u0303o';
    const { sourceText, ranges, cut } = written(text, ['Cafe\u0301', 'ha\u0308nt', 'n\u0303o']);
    expect(sourceText).toBe(text);
    expect(ranges[0]).toEqual([0, 5]);
    expect(ranges[1]).toEqual([10, 15]);
    expect(cut).toEqual(['Cafe\u0301', 'ha\u0308nt', 'n\u0303o']);
  });

  it('counts CR and LF as two positions and writes the line ends as they are', () => {
    const text = 'Rad ett\r\nRad två\r\n\r\nRad 😀 tre\n';
    const { sourceText, ranges, cut } = written(text, ['Rad två', 'två\r\n\r\nRad 😀', 'tre\n']);
    expect(sourceText).toBe(text);
    expect(ranges[0]).toEqual([9, 16]);
    expect(cut).toEqual(['Rad två', 'två\r\n\r\nRad 😀', 'tre\n']);
  });

  it('counts a lone surrogate as one position, as the U+FFFD it is written as', () => {
    const text = 'Trasig \ud800 tecken, sedan 😀 citat';
    const { sourceText, ranges, cut } = written(text, ['tecken', '😀 citat']);
    expect(sourceText).toBe(text.replace('\ud800', '\ufffd'));
    expect(ranges[0]).toEqual([9, 15]);
    expect(cut).toEqual(['tecken', '😀 citat']);
  });

  it('writes passages in order of their position, an empty one and one at the very end too', () => {
    const text = '😀 ett två 😀';
    const segments = [segmentAt('late', 'd1', text, '😀', {}, 1), segmentAt('early', 'd1', text, 'ett'), { ...segmentAt('empty', 'd1', text, 'två'), position: { type: 'TextPositionSelector' as const, start: 6, end: 6 } }];
    const read = readQdpxForTest(writeQdpx(miniSnapshot({ documents: [{ record: documentRecord('d1'), text }], segments }), OPTIONS));
    const ranges = elementsNamed(read.project, 'PlainTextSelection').map((s) => [Number(s.attributes.startPosition), Number(s.attributes.endPosition)]);
    expect(ranges).toEqual([
      [2, 5],
      [5, 5],
      [10, 11],
    ]);
  });
});
