import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/domain/document';
import { groupItems, groupList, groupTable, headingLevel, type ListGroup } from '../../../../renderer/features/reader/items';
import { layoutDocument } from '../../../../renderer/features/reader/layout';
import { doc } from './docs';

/** A list as nested arrays of item texts, with `ol`/`ul` and the start number. */
function shape(lists: readonly ListGroup[], text: string): unknown[] {
  return lists.map((list) => ({
    tag: list.ordered ? `ol@${list.start}` : 'ul',
    items: list.items.map((item) => {
      const label = item.block ? text.slice(item.block.start, item.block.end) : '(gap)';
      return item.children.length > 0 ? [label, shape(item.children, text)] : label;
    }),
  }));
}

describe('headingLevel', () => {
  it('makes level 1 an h2 (the title is the h1) and stops at h6', () => {
    const heading = (level: number | null) => ({ id: 'h', kind: 'heading', level, page: null, start: 0, end: 1 }) as Block;
    expect([1, 2, 3, 4, 5, 6, null].map((level) => headingLevel(heading(level)))).toEqual([2, 3, 4, 5, 6, 6, 2]);
  });
});

describe('groupList', () => {
  it('nests items by depth, keeps bullets and numbers apart, and numbers from the document-wide count', () => {
    const model = doc([
      ['listItem', 'Ett', { list: { depth: 0, ordered: true } }],
      ['listItem', 'Ett a', { list: { depth: 1, ordered: false } }],
      ['listItem', 'Ett b', { list: { depth: 1, ordered: false } }],
      ['listItem', 'Två', { list: { depth: 0, ordered: true } }],
      ['listItem', 'Punkt', { list: { depth: 0, ordered: false } }],
    ]);
    const layout = layoutDocument(model.blocks, { showRunning: false });
    expect(shape(groupList(model.blocks, layout.listNumbers), model.text)).toEqual([
      { tag: 'ol@1', items: [['Ett', [{ tag: 'ul', items: ['Ett a', 'Ett b'] }]], 'Två'] },
      { tag: 'ul', items: ['Punkt'] },
    ]);
  });

  it('hangs an item deeper than its parent on unmarked items, so indentation follows depth', () => {
    const model = doc([['listItem', 'Djup', { list: { depth: 2, ordered: false } }], ['listItem', 'Topp', { list: { depth: 0, ordered: false } }]]);
    expect(shape(groupList(model.blocks, new Map()), model.text)).toEqual([
      { tag: 'ul', items: [['(gap)', [{ tag: 'ul', items: [['(gap)', [{ tag: 'ul', items: ['Djup'] }]]] }]], 'Topp'] },
    ]);
  });

  it('continues the numbering of a list split over two chunks', () => {
    const model = doc(Array.from({ length: 7 }, (_, i) => ['listItem', `Punkt ${i + 1}`, { list: { depth: 0, ordered: true } }] as const));
    const layout = layoutDocument(model.blocks, { showRunning: false, chunkSize: 2, maxChunkSize: 4 });
    const lists = layout.chunks.map((chunk) => groupItems(chunk.blocks, layout.listNumbers));
    expect(lists.map((items) => items.map((item) => (item.type === 'list' ? item.list.start : null)))).toEqual([[1], [5]]);
  });
});

describe('groupTable', () => {
  it('puts cells in rows and columns, leading header rows in the head, and fills missing cells', () => {
    const model = doc([
      ['tableCell', 'Kommun', { cell: { table: 0, row: 0, column: 0, header: true } }],
      ['tableCell', 'Deltagare', { cell: { table: 0, row: 0, column: 1, header: true } }],
      ['tableCell', 'Eksjö', { cell: { table: 0, row: 1, column: 0, header: false } }],
      ['tableCell', '38', { cell: { table: 0, row: 1, column: 1, header: false } }],
      ['tableCell', 'Nässjö', { cell: { table: 0, row: 2, column: 0, header: false } }],
      ['tableCell', 'Summa', { cell: { table: 0, row: 3, column: 2, header: false } }],
    ]);
    const table = groupTable(model.blocks);
    const text = (block: Block | null) => (block ? model.text.slice(block.start, block.end) : null);
    expect(table.columns).toBe(3);
    expect(table.head.map((row) => row.cells.map(text))).toEqual([['Kommun', 'Deltagare', null]]);
    expect(table.body.map((row) => row.cells.map(text))).toEqual([
      ['Eksjö', '38', null],
      ['Nässjö', null, null],
      [null, null, 'Summa'],
    ]);
  });

  it('keeps both cells when a malformed source puts two in one place', () => {
    const model = doc([
      ['tableCell', 'A', { cell: { table: 0, row: 0, column: 0, header: false } }],
      ['tableCell', 'B', { cell: { table: 0, row: 0, column: 0, header: false } }],
    ]);
    const table = groupTable(model.blocks);
    expect(table.body[0]?.cells.map((cell) => cell?.id)).toEqual(['b1', 'b2']);
    expect(table.columns).toBe(2);
  });
});

describe('groupItems', () => {
  it('groups consecutive list items and each table\'s cells, and leaves other blocks alone', () => {
    const model = doc([
      ['heading', 'Rubrik', { level: 1 }],
      ['listItem', 'Punkt', { list: { depth: 0, ordered: false } }],
      ['listItem', 'Punkt', { list: { depth: 0, ordered: false } }],
      ['tableCell', 'A', { cell: { table: 0, row: 0, column: 0, header: false } }],
      ['tableCell', 'B', { cell: { table: 1, row: 0, column: 0, header: false } }],
      ['textBox', 'Ruta'],
      ['tableCell', 'Cell utan plats'],
    ]);
    const items = groupItems(model.blocks, new Map());
    expect(items.map((item) => item.type)).toEqual(['block', 'list', 'table', 'table', 'block', 'block']);
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });
});
