import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/domain/document';
import { pageAtOffset } from '../../../shared/domain/pageAtOffset';
import { quotePage } from '../../../shared/report/model/citation';
import { reportContext } from '../../../shared/report/model/reportContext';
import { fixtureReportInput } from '../../fixtures/report/reportInputFixture';
import { documents, segmentFor } from '../../fixtures/report/evaluationFixture';
import { doc } from '../features/reader/docs';

function block(start: number, end: number, page: string | null, kind: Block['kind'] = 'paragraph'): Block {
  return { id: `${start}-${end}`, kind, level: null, page, start, end };
}

describe('pageAtOffset', () => {
  // Text as the importers write it: blocks in order, a blank line between them.
  const model = doc([
    ['paragraph', 'Första sidan.', { page: '1' }],
    ['paragraph', 'Andra sidan.', { page: '2' }],
    ['paragraph', 'Tredje sidan.', { page: '3' }],
  ]);
  const [first, second, third] = model.blocks as [Block, Block, Block];

  it('is the page of the block that holds the offset', () => {
    expect(pageAtOffset(model.blocks, first.start + 3)).toBe('1');
    expect(pageAtOffset(model.blocks, second.start + 5)).toBe('2');
    expect(pageAtOffset(model.blocks, third.end - 1)).toBe('3');
  });

  it("counts a block's start in it and its end (exclusive) out of it", () => {
    expect(pageAtOffset(model.blocks, second.start)).toBe('2');
    expect(pageAtOffset(model.blocks, second.end - 1)).toBe('2');
    expect(pageAtOffset(model.blocks, second.end)).toBe('3');
    expect(pageAtOffset([block(0, 10, '1'), block(10, 20, '2')], 10)).toBe('2');
  });

  it('is the next block’s page between blocks, where the text that follows begins', () => {
    expect(second.start - first.end).toBe(2);
    expect(pageAtOffset(model.blocks, first.end)).toBe('2');
    expect(pageAtOffset(model.blocks, first.end + 1)).toBe('2');
    expect(pageAtOffset(model.blocks, second.end + 1)).toBe('3');
  });

  it('is the first block’s page before the first block', () => {
    const blocks = [block(5, 10, 'i'), block(12, 20, 'ii')];
    expect(pageAtOffset(blocks, 0)).toBe('i');
    expect(pageAtOffset(blocks, 4)).toBe('i');
  });

  it('is null past the last block, and with no blocks', () => {
    expect(pageAtOffset(model.blocks, third.end)).toBeNull();
    expect(pageAtOffset(model.blocks, model.text.length + 100)).toBeNull();
    expect(pageAtOffset([], 0)).toBeNull();
  });

  it('is null on a block without a page, and between blocks before one', () => {
    const blocks = [block(0, 10, '1'), block(12, 20, null), block(22, 30, '3')];
    expect(pageAtOffset(blocks, 15)).toBeNull();
    expect(pageAtOffset(blocks, 11)).toBeNull();
    expect(pageAtOffset(blocks, 21)).toBe('3');
    const plain = doc([['paragraph', 'Bara text.'], ['paragraph', 'Mer text.']]);
    expect(pageAtOffset(plain.blocks, 3)).toBeNull();
    expect(pageAtOffset(plain.blocks, 10)).toBeNull();
  });

  it('reads blocks in any order', () => {
    const blocks = [block(50, 80, '3'), block(0, 20, '1'), block(22, 48, '2')];
    expect(pageAtOffset(blocks, 10)).toBe('1');
    expect(pageAtOffset(blocks, 21)).toBe('2');
    expect(pageAtOffset(blocks, 49)).toBe('3');
    expect(pageAtOffset(blocks, 80)).toBeNull();
  });

  it('takes the innermost of nested blocks, and the outer one between the inner ones', () => {
    // A table spanning pages 4-5 as one block, with its cells inside it; more than a few cells, so a
    // look-back of fixed length would not reach the table.
    const cells = Array.from({ length: 20 }, (_, i) => block(102 + i * 10, 110 + i * 10, i < 10 ? '4' : '5', 'tableCell'));
    const blocks = [block(0, 98, '3'), block(100, 300, '4'), ...cells, block(302, 320, '6')];
    expect(pageAtOffset(blocks, 105)).toBe('4');
    expect(pageAtOffset(blocks, 205)).toBe('5');
    expect(pageAtOffset(blocks, 100)).toBe('4');
    expect(pageAtOffset(blocks, 291)).toBe('4'); // inside the table, after its last cell
    expect(pageAtOffset(blocks, 300)).toBe('6');
    expect(pageAtOffset(blocks, 99)).toBe('4');
    // Two blocks starting together: the shorter one is the inner one.
    expect(pageAtOffset([block(0, 50, 'a'), block(0, 10, 'b')], 5)).toBe('b');
    expect(pageAtOffset([block(0, 50, 'a'), block(0, 10, 'b')], 20)).toBe('a');
  });

  it('skips empty blocks', () => {
    expect(pageAtOffset([block(0, 10, '1'), block(11, 11, 'x'), block(12, 20, '2')], 11)).toBe('2');
  });

  it('answers every gap of a long document (one sort, then a binary search each)', () => {
    const blocks = Array.from({ length: 20_000 }, (_, i) => block(i * 12, i * 12 + 10, String(Math.floor(i / 20) + 1)));
    const wrong: number[] = [];
    for (let i = 0; i < 19_999; i += 1) {
      if (pageAtOffset(blocks, i * 12 + 10) !== String(Math.floor((i + 1) / 20) + 1)) wrong.push(i);
    }
    expect(wrong).toEqual([]);
    expect(pageAtOffset(blocks, 19_999 * 12 + 10)).toBeNull();
  });
});

describe('quotePage', () => {
  it('gives the quote list and the report the same page for a quote that starts between blocks', () => {
    const delrapport = documents[0];
    if (!delrapport) throw new Error('fixture: no document');
    // The last paragraph of page 3 and the first of page 4: the quote starts on the blank line between them.
    const [, lastOfPage3, firstOfPage4] = delrapport.blocks as [Block, Block, Block];
    expect([lastOfPage3.page, firstOfPage4.page]).toEqual(['3', '4']);
    const exact = delrapport.text.slice(lastOfPage3.end, firstOfPage4.start + 40);
    const segment = segmentFor(delrapport, exact, ['lokal.results.goda-exempel'], { id: 's-between' });
    expect(segment.position.start).toBe(lastOfPage3.end);

    const quote = reportContext(fixtureReportInput({ segments: [segment] })).quoteById.get('s-between');
    expect(quote?.page).toBe('4');
    // What the quote list (useCitations) and the reader's segment panel cite it with.
    expect(quotePage(delrapport.blocks, segment.position)).toBe('4');
  });
});
