import { describe, expect, it } from 'vitest';
import { segmentPaints } from '../../../renderer/features/reader/paint';
import { createProvisionalStore, freeLane, withProvisional } from '../../../renderer/features/reader/coding/provisionalPaint';
import { code, segment } from './fixtures';

const codes = new Map([['c1', code('c1', 'Samverkan', { colour: '#112233' })], ['c2', code('c2', 'Lärande', { colour: '#445566' })]]);
const paints = segmentPaints([segment('a', 0, 50), segment('b', 10, 20), segment('c', 60, 70)], codes, 'sv', '');

describe('the provisional paint', () => {
  it('goes in start order, replacing the segment it stands for', () => {
    const [added] = segmentPaints([segment('n', 55, 58)], codes, 'sv', '');
    expect(withProvisional(paints, added!).map((p) => p.id)).toEqual(['a', 'b', 'n', 'c']);
    const [recoded] = segmentPaints([segment('b', 10, 20, { codeIds: ['c1', 'c2'] })], codes, 'sv', '');
    const replaced = withProvisional(paints, recoded!);
    expect(replaced.map((p) => [p.id, p.label])).toEqual([
      ['a', 'Samverkan'],
      ['b', 'Samverkan, Lärande'],
      ['c', 'Samverkan'],
    ]);
  });

  it('is not painted twice once the stored segment is there', () => {
    const [same] = segmentPaints([segment('provisional:60:70:c1', 60, 70)], codes, 'sv', '');
    expect(withProvisional(paints, same!)).toBe(paints);
  });

  it('stands in the lowest lane free of overlapping segments', () => {
    expect(freeLane(paints, 12, 15)).toBe(2);
    expect(freeLane(paints, 30, 40)).toBe(1);
    expect(freeLane(paints, 80, 90)).toBe(0);
  });

  it('is offered to the chunks it touches only, and a later coding is not cleared by an earlier one', () => {
    const store = createProvisionalStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    const first = { paint: paints[0]!, chunks: [3, 4] };
    store.set(first);
    expect(store.forChunk(4)).toBe(first);
    expect(store.forChunk(5)).toBeNull();
    const second = { paint: paints[2]!, chunks: [5] };
    store.set(second);
    store.clear(first);
    expect(store.forChunk(5)).toBe(second);
    store.clear(second);
    expect(store.forChunk(5)).toBeNull();
    stop();
    expect(calls).toBe(3);
  });
});
