import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/domain/document';
import { estimateChunkHeight } from '../../../../renderer/features/reader/estimate';
import { blockAtOffset, chunksOfRange, layoutDocument, numberListItems, rangesByChunk, type ReaderLayout } from '../../../../renderer/features/reader/layout';
import { seededRandom } from '../../../support/random';
import { doc, longReport } from './docs';

function ids(layout: ReaderLayout): string[][] {
  return layout.chunks.map((chunk) => chunk.blocks.map((block) => block.id));
}

/** Every block shown exactly once, in document order within each section; hidden running blocks not at all. */
function expectEveryBlockOnce(blocks: readonly Block[], layout: ReaderLayout, showRunning: boolean): void {
  const laidOut = layout.chunks.flatMap((chunk) => chunk.blocks);
  const expected = [
    ...blocks.filter((b) => b.kind !== 'note' && b.kind !== 'comment' && (showRunning || !b.running)),
    ...blocks.filter((b) => b.kind === 'note'),
    ...blocks.filter((b) => b.kind === 'comment'),
  ];
  expect(laidOut.map((b) => b.id)).toEqual(expected.map((b) => b.id));
  for (const chunk of layout.chunks) for (const block of chunk.blocks) expect(layout.chunkOfBlock.get(block.id)).toBe(chunk.index);
  layout.chunks.forEach((chunk, index) => expect(chunk.index).toBe(index));
}

describe('layoutDocument: pages', () => {
  const paged = doc([
    ['paragraph', 'Rapport 2024', { page: '1', running: 'header' }],
    ['heading', 'Inledning', { page: '1', level: 1 }],
    ['paragraph', 'Första sidans text.', { page: '1' }],
    ['paragraph', '1', { page: '1', running: 'footer' }],
    ['paragraph', 'Rapport 2024', { page: '2', running: 'header' }],
    ['paragraph', 'Andra sidans text.', { page: '2' }],
    ['paragraph', 'Fortsättning utan sidetikett.', { page: null }],
    ['paragraph', 'Tredje sidan.', { page: 'iii' }],
  ]);

  it('makes one chunk per page with a marker where the page label changes, also when the page begins with a hidden running header', () => {
    const layout = layoutDocument(paged.blocks, { showRunning: false });
    expect(ids(layout)).toEqual([['b2', 'b3'], ['b6', 'b7'], ['b8']]);
    expect(layout.chunks.map((c) => c.pageMarker)).toEqual(['1', '2', 'iii']);
    expect(layout.paged).toBe(true);
    expect(layout.hasRunning).toBe(true);
    expectEveryBlockOnce(paged.blocks, layout, false);
  });

  it('shows running headers and footers only when asked, on their pages', () => {
    const layout = layoutDocument(paged.blocks, { showRunning: true });
    expect(ids(layout)).toEqual([['b1', 'b2', 'b3', 'b4'], ['b5', 'b6', 'b7'], ['b8']]);
    expect(layout.chunks.map((c) => c.pageMarker)).toEqual(['1', '2', 'iii']);
    expectEveryBlockOnce(paged.blocks, layout, true);
  });

  it('cuts a very long page into several chunks, with the marker on the first only', () => {
    const long = doc(Array.from({ length: 25 }, (_, i) => ['paragraph', `Stycke ${i}`, { page: '7' }] as const));
    const layout = layoutDocument(long.blocks, { showRunning: false, chunkSize: 5, maxChunkSize: 10 });
    expect(layout.chunks.map((c) => c.blocks.length)).toEqual([10, 10, 5]);
    expect(layout.chunks.map((c) => c.pageMarker)).toEqual(['7', null, null]);
  });

  it('puts no markers in a document without pages', () => {
    const plain = doc([
      ['heading', 'Rubrik', { level: 1 }],
      ['paragraph', 'Text.'],
    ]);
    const layout = layoutDocument(plain.blocks, { showRunning: false });
    expect(layout.paged).toBe(false);
    expect(layout.chunks.map((c) => c.pageMarker)).toEqual([null]);
  });
});

describe('layoutDocument: chunks without pages', () => {
  it('makes chunks of about chunkSize blocks', () => {
    const plain = doc(Array.from({ length: 100 }, (_, i) => ['paragraph', `Stycke ${i}`] as const));
    const layout = layoutDocument(plain.blocks, { showRunning: false });
    expect(layout.chunks.map((c) => c.blocks.length)).toEqual([40, 40, 20]);
    expectEveryBlockOnce(plain.blocks, layout, false);
  });

  it('does not cut inside a list or a table, up to maxChunkSize', () => {
    const entries = [
      ...Array.from({ length: 3 }, (_, i) => ['paragraph', `Stycke ${i}`] as const),
      ...Array.from({ length: 6 }, (_, i) => ['listItem', `Punkt ${i}`, { list: { depth: 0, ordered: true } }] as const),
      ...Array.from({ length: 6 }, (_, i) => ['tableCell', `Cell ${i}`, { cell: { table: 0, row: Math.floor(i / 2), column: i % 2, header: false } }] as const),
      ['paragraph', 'Slut'] as const,
    ];
    const plain = doc(entries);
    const layout = layoutDocument(plain.blocks, { showRunning: false, chunkSize: 4, maxChunkSize: 8 });
    // 3 paragraphs and the list's first 5 items reach the cap of 8; the list goes on in the next chunk,
    // the table does not cut it off there, the closing paragraph (past chunkSize) starts a new one.
    expect(layout.chunks.map((c) => c.blocks.map((b) => b.kind[0]).join(''))).toEqual(['ppplllll', 'ltttttt', 'p']);
    expectEveryBlockOnce(plain.blocks, layout, false);
  });

  it('puts footnotes and endnotes, then comments, in their own sections after the body', () => {
    const withNotes = doc([
      ['paragraph', 'Text med en not.'],
      ['note', 'En fotnot.', { note: { kind: 'footnote', label: '1', author: null } }],
      ['comment', 'En kommentar.', { note: { kind: 'comment', label: '1', author: 'Eva' } }],
      ['note', 'En slutnot.', { note: { kind: 'endnote', label: 'i', author: null } }],
      ['paragraph', 'Mer text.'],
    ]);
    const layout = layoutDocument(withNotes.blocks, { showRunning: false });
    expect(layout.chunks.map((c) => [c.section, c.blocks.map((b) => b.id)])).toEqual([
      ['body', ['b1', 'b5']],
      ['notes', ['b2', 'b4']],
      ['comments', ['b3']],
    ]);
    expect(layout.mixedNotes).toBe(true);
  });

  it('lays out an empty document as no chunks', () => {
    const layout = layoutDocument([], { showRunning: false });
    expect(layout.chunks).toEqual([]);
    expect(blockAtOffset(layout, 0)).toBeNull();
  });

  it('lays out every block exactly once for random documents', () => {
    const random = seededRandom(2024);
    const kinds = ['heading', 'paragraph', 'listItem', 'tableCell', 'note', 'comment', 'textBox'] as const;
    for (let round = 0; round < 200; round++) {
      const paged = random.next() < 0.5;
      let page = 1;
      const entries = Array.from({ length: random.int(0, 150) }, (_, i) => {
        if (paged && random.next() < 0.05) page++;
        const kind = random.pick(kinds);
        return [
          kind,
          `Block ${i}`,
          {
            page: paged ? String(page) : null,
            level: kind === 'heading' ? random.int(1, 6) : null,
            running: random.next() < 0.1 ? random.pick(['header', 'footer'] as const) : undefined,
            list: kind === 'listItem' ? { depth: random.int(0, 3), ordered: random.next() < 0.5 } : undefined,
            cell: kind === 'tableCell' ? { table: random.int(0, 2), row: random.int(0, 4), column: random.int(0, 3), header: random.next() < 0.3 } : undefined,
            note: kind === 'note' || kind === 'comment' ? { kind: kind === 'comment' ? ('comment' as const) : ('footnote' as const), label: String(i), author: null } : undefined,
          },
        ] as const;
      });
      const model = doc(entries);
      const showRunning = random.next() < 0.5;
      const layout = layoutDocument(model.blocks, { showRunning, chunkSize: random.int(1, 40), maxChunkSize: random.int(1, 120) });
      expectEveryBlockOnce(model.blocks, layout, showRunning);
    }
  });
});

describe('numberListItems', () => {
  it('numbers items within a list, goes on across a page break with running text in between, and starts again after other text', () => {
    const model = doc([
      ['listItem', 'Ett', { page: '1', list: { depth: 0, ordered: true } }],
      ['listItem', 'Två', { page: '1', list: { depth: 0, ordered: true } }],
      ['listItem', 'Två a', { page: '1', list: { depth: 1, ordered: true } }],
      ['paragraph', '1', { page: '1', running: 'footer' }],
      ['paragraph', 'Rapport', { page: '2', running: 'header' }],
      ['listItem', 'Två b', { page: '2', list: { depth: 1, ordered: true } }],
      ['listItem', 'Tre', { page: '2', list: { depth: 0, ordered: true } }],
      ['listItem', 'Tre a', { page: '2', list: { depth: 1, ordered: true } }],
      ['listItem', 'Punkt', { page: '2', list: { depth: 0, ordered: false } }],
      ['paragraph', 'Text', { page: '2' }],
      ['listItem', 'Ett igen', { page: '2', list: { depth: 0, ordered: true } }],
    ]);
    const numbers = numberListItems(model.blocks);
    const byText = (text: string) => numbers.get(model.blocks.find((b) => model.text.slice(b.start, b.end) === text)?.id ?? '');
    expect(['Ett', 'Två', 'Två a', 'Två b', 'Tre', 'Tre a', 'Punkt', 'Ett igen'].map(byText)).toEqual([1, 2, 1, 2, 3, 1, 1, 1]);
  });
});

describe('finding chunks by offset', () => {
  const model = doc([
    ['paragraph', 'Första stycket.', { page: '1' }],
    ['paragraph', 'Andra stycket.', { page: '2' }],
    ['paragraph', 'Tredje stycket.', { page: '3' }],
  ]);
  const layout = layoutDocument(model.blocks, { showRunning: false });

  it('finds the block holding an offset, the next block for an offset between blocks, the last past the end', () => {
    const [b1, b2, b3] = model.blocks as [Block, Block, Block];
    expect(blockAtOffset(layout, b1.start)?.block.id).toBe('b1');
    expect(blockAtOffset(layout, b1.end - 1)?.block.id).toBe('b1');
    expect(blockAtOffset(layout, b1.end)?.block.id).toBe('b2');
    expect(blockAtOffset(layout, b2.start + 3)).toEqual({ block: b2, chunk: 1 });
    expect(blockAtOffset(layout, b3.end + 10)?.block.id).toBe('b3');
  });

  it('lists the chunks a range touches, and each chunk its segments', () => {
    const [b1, b2, b3] = model.blocks as [Block, Block, Block];
    expect(chunksOfRange(layout, b1.start + 2, b2.start + 2)).toEqual([0, 1]);
    expect(chunksOfRange(layout, b1.end, b2.start)).toEqual([]);
    expect(chunksOfRange(layout, 0, model.text.length)).toEqual([0, 1, 2]);
    const byChunk = rangesByChunk(layout, [
      { id: 'a', start: b1.start, end: b1.end },
      { id: 'b', start: b2.start + 1, end: b3.start + 2 },
    ]);
    expect([...byChunk.entries()].map(([chunk, list]) => [chunk, list.map((s) => s.id)])).toEqual([
      [0, ['a']],
      [1, ['b']],
      [2, ['b']],
    ]);
  });
});

describe('a 1,000-page report of about 20,000 blocks', () => {
  const report = longReport(1000);

  it('is laid out as one chunk per page with every block once, and placeholders of a plausible height', () => {
    expect(report.blocks.length).toBeGreaterThanOrEqual(18_000);
    const layout = layoutDocument(report.blocks, { showRunning: false });
    const body = layout.chunks.filter((c) => c.section === 'body');
    expect(body).toHaveLength(1000);
    expect(body.map((c) => c.pageMarker)).toEqual(Array.from({ length: 1000 }, (_, i) => String(i + 1)));
    expect(layout.chunks.map((c) => c.section).slice(1000)).toEqual(['notes', 'comments']);
    expectEveryBlockOnce(report.blocks, layout, false);
    const heights = layout.chunks.map((chunk) => estimateChunkHeight(chunk, layout.listNumbers));
    // Each page of 16 paragraphs of about 160 characters: well over a screen, far from absurd.
    for (const height of heights.slice(0, 1000)) {
      expect(height).toBeGreaterThan(900);
      expect(height).toBeLessThan(6000);
    }
    // The last page's last paragraph (before its footer, the footnote and the comment).
    const last = report.blocks[report.blocks.length - 4] as Block;
    expect(blockAtOffset(layout, last.start)?.chunk).toBe(999);
    // In the hidden footer after it: the next block shown, the footnote.
    const footer = report.blocks[report.blocks.length - 3] as Block;
    expect(blockAtOffset(layout, footer.start)?.chunk).toBe(1000);
  });

  it('is laid out in chunks of about 40 blocks when it has no pages', () => {
    const unpaged = report.blocks.map((block) => ({ ...block, page: null }));
    const layout = layoutDocument(unpaged, { showRunning: true });
    const body = layout.chunks.filter((c) => c.section === 'body');
    expect(body.length).toBeGreaterThan(400);
    expect(Math.max(...body.map((c) => c.blocks.length))).toBeLessThanOrEqual(120);
    expect(body.every((c) => c.pageMarker === null)).toBe(true);
    expectEveryBlockOnce(unpaged, layout, true);
  });
});
