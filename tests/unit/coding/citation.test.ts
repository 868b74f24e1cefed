import { describe, expect, it } from 'vitest';
import { pageAtOffset } from '../../../shared/domain/pageAtOffset';
import { formatDateTime } from '../../../renderer/features/coding/citation';
import { doc } from '../features/reader/docs';

describe('pageAtOffset', () => {
  const model = doc([
    ['heading', 'Inledning', { page: 'i', level: 1 }],
    ['paragraph', 'Första sidans text.', { page: 'i' }],
    ['paragraph', 'Andra sidans text.', { page: '2' }],
    ['paragraph', 'Tredje sidan.', { page: '3' }],
  ]);

  it('is the page of the block holding the offset, or of the next block between blocks', () => {
    expect(pageAtOffset(model.blocks, model.text.indexOf('Första'))).toBe('i');
    expect(pageAtOffset(model.blocks, model.text.indexOf('sidans text.', model.text.indexOf('Andra')))).toBe('2');
    const block = model.blocks[1];
    if (!block) throw new Error('no block');
    if (block.end < (model.blocks[2]?.start ?? 0)) expect(pageAtOffset(model.blocks, block.end)).toBe('2');
    expect(pageAtOffset(model.blocks, model.text.length - 1)).toBe('3');
  });

  it('is null for a document without pages', () => {
    const plain = doc([['paragraph', 'Bara text.']]);
    expect(pageAtOffset(plain.blocks, 2)).toBeNull();
    expect(pageAtOffset([], 0)).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('writes dates as the UI language does', () => {
    const iso = '2026-03-14T09:05:00';
    expect(formatDateTime(iso, 'sv')).toMatch(/2026/);
    expect(formatDateTime(iso, 'sv')).toMatch(/09:05/);
    expect(formatDateTime(iso, 'en')).toMatch(/14 Mar 2026/);
    expect(formatDateTime('not a date', 'sv')).toBe('not a date');
  });
});
