import type { Block } from '../../../shared/domain/document';
import type { Chunk } from './layout';
import { groupItems, type ListGroup, type ReaderItem } from './items';

/** What the estimate knows of the text column: its inner width and its font, in CSS pixels. */
export interface TextMetrics {
  width: number;
  fontSize: number;
  lineHeight: number;
}

export const DEFAULT_METRICS: TextMetrics = { width: 620, fontSize: 16.8, lineHeight: 27.7 };

/** An average character is about half an em wide in the reader's serif. */
const CHAR_EM = 0.5;

function lines(chars: number, width: number, fontSize: number): number {
  const perLine = Math.max(8, Math.floor(width / (fontSize * CHAR_EM)));
  return Math.max(1, Math.ceil(chars / perLine));
}

function length(block: Block): number {
  return Math.max(0, block.end - block.start);
}

function listHeight(list: ListGroup, width: number, m: TextMetrics): number {
  const inner = width - 1.6 * m.fontSize;
  let height = 0;
  for (const item of list.items) {
    if (item.block) height += lines(length(item.block), inner, m.fontSize) * m.lineHeight + 0.3 * m.fontSize;
    for (const child of item.children) height += listHeight(child, inner, m);
  }
  return height;
}

function blockHeight(block: Block, m: TextMetrics): number {
  if (block.running) return 1.4 * m.lineHeight;
  switch (block.kind) {
    case 'heading': {
      const scale = 1.45 - 0.1 * Math.min(4, Math.max(0, (block.level ?? 1) - 1));
      return lines(length(block), m.width, m.fontSize * scale) * m.lineHeight * scale * 0.85 + 1.9 * m.fontSize;
    }
    case 'textBox':
      return lines(length(block), m.width - 2.5 * m.fontSize, m.fontSize * 0.95) * m.lineHeight * 0.95 + 2.6 * m.fontSize;
    case 'note':
      return lines(length(block), m.width - 2.5 * m.fontSize, m.fontSize * 0.9) * m.lineHeight * 0.9 + 0.5 * m.fontSize;
    case 'comment':
      return lines(length(block), m.width - 2 * m.fontSize, m.fontSize * 0.92) * m.lineHeight * 0.92 + 3.2 * m.fontSize;
    default:
      return lines(length(block), m.width, m.fontSize) * m.lineHeight + m.fontSize;
  }
}

function itemHeight(item: ReaderItem, m: TextMetrics): number {
  switch (item.type) {
    case 'block':
      return blockHeight(item.block, m);
    case 'list':
      return listHeight(item.list, m.width, m) + m.fontSize;
    case 'table': {
      const { table } = item;
      const cellWidth = m.width / Math.max(1, table.columns) - 1.2 * m.fontSize;
      let height = m.fontSize * 1.25;
      for (const row of [...table.head, ...table.body]) {
        const tallest = Math.max(1, ...row.cells.map((cell) => (cell ? lines(length(cell), cellWidth, m.fontSize * 0.92) : 1)));
        height += tallest * m.lineHeight * 0.85 + 0.75 * m.fontSize;
      }
      return height;
    }
  }
}

/** A chunk's height before it has been rendered, from its text's length and structure (in CSS pixels). */
export function estimateChunkHeight(chunk: Chunk, numbers: ReadonlyMap<string, number>, metrics: TextMetrics = DEFAULT_METRICS): number {
  let height = chunk.pageMarker !== null ? 3.4 * metrics.fontSize : 0;
  for (const item of groupItems(chunk.blocks, numbers)) height += itemHeight(item, metrics);
  return Math.round(height);
}
