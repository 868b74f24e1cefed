import { describe, expect, it } from 'vitest';
import { activeOutlineKey, MAX_OUTLINE_ENTRIES, oneLine, outlineOf, visibleEntries, type OutlineEntry } from '../../../../renderer/features/reader/outline';
import { doc } from './docs';

describe('outlineOf', () => {
  it('lists the headings in order, indented from the highest level, without running text', () => {
    const model = doc([
      ['heading', 'Rapport 2024', { level: 1, running: 'header' }],
      ['heading', 'Bakgrund', { level: 2 }],
      ['paragraph', 'Text.'],
      ['heading', 'Syfte\noch mål', { level: 3 }],
      ['heading', 'Resultat', { level: 2 }],
      ['heading', 'Bilaga', { level: null }],
    ]);
    expect(outlineOf(model.blocks, model.text).map((e) => [e.label, e.level, e.indent])).toEqual([
      ['Bakgrund', 2, 1],
      ['Syfte och mål', 3, 2],
      ['Resultat', 2, 1],
      ['Bilaga', 1, 0],
    ]);
  });

  it('is empty for a document without headings', () => {
    const model = doc([['paragraph', 'Bara text.']]);
    expect(outlineOf(model.blocks, model.text)).toEqual([]);
  });
});

describe('oneLine', () => {
  it('makes white space one space and shortens long text without splitting a surrogate pair', () => {
    expect(oneLine('  Mål \n\t och   medel ')).toBe('Mål och medel');
    expect(oneLine('abcdefghij', 6)).toBe('abcde…');
    const text = `abcd${'😀'}xyz`;
    const short = oneLine(text, 6);
    expect(short).toBe('abcd…');
    expect(short).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('visibleEntries', () => {
  it('keeps a short outline whole and only the top levels of a very long one', () => {
    const entry = (i: number, indent: number): OutlineEntry => ({ blockId: `b${i}`, level: indent + 1, indent, label: `R${i}` });
    const short = [entry(1, 0), entry(2, 3)];
    expect(visibleEntries(short)).toBe(short);
    const long = Array.from({ length: MAX_OUTLINE_ENTRIES * 3 }, (_, i) => entry(i, i % 4));
    const kept = visibleEntries(long);
    expect(kept.length).toBeLessThanOrEqual(MAX_OUTLINE_ENTRIES);
    expect(Math.max(...kept.map((e) => e.indent))).toBe(0);
  });
});

describe('activeOutlineKey', () => {
  const model = doc([
    ['paragraph', 'Före första rubriken.'],
    ['heading', 'Bakgrund', { level: 1 }],
    ['paragraph', 'Text.'],
    ['heading', 'Syfte', { level: 2 }],
    ['paragraph', 'Mer text.'],
    ['note', 'En not.', { note: { kind: 'footnote', label: '1', author: null } }],
    ['comment', 'En kommentar.', { note: { kind: 'comment', label: '1', author: null } }],
  ]);
  const entries = outlineOf(model.blocks, model.text);
  const order = new Map(model.blocks.map((block, index) => [block.id, index]));
  const at = (id: string) => activeOutlineKey(entries, order, model.blocks.find((b) => b.id === id));

  it('is the last heading at or before the block at the top, or the section of notes or comments', () => {
    expect(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'].map(at)).toEqual([null, 'b2', 'b2', 'b4', 'b4', 'notes', 'comments']);
    expect(activeOutlineKey(entries, order, undefined)).toBeNull();
  });
});
