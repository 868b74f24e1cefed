import { describe, expect, it } from 'vitest';
import { assignLanes, barExtents, barFill, barOffset, laneCount, marginFor, samePaints, segmentPaints, underlines, UNCODED_COLOUR, withAlpha } from '../../../../renderer/features/reader/paint';
import { code, segment } from '../../coding/fixtures';

describe('margin lanes', () => {
  it('gives overlapping ranges different lanes, and reuses a lane once it is free', () => {
    const lanes = assignLanes([
      { id: 'outer', start: 0, end: 100 },
      { id: 'inner', start: 10, end: 20 },
      { id: 'later', start: 30, end: 40 },
      { id: 'deep', start: 15, end: 18 },
      { id: 'after', start: 100, end: 120 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ outer: 0, inner: 1, deep: 2, later: 1, after: 0 });
  });

  it('never puts two overlapping ranges in one lane (random ranges)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ranges = Array.from({ length: 300 }, (_, i) => {
      const start = Math.floor(random() * 1000);
      return { id: `s${i}`, start, end: start + 1 + Math.floor(random() * 80) };
    });
    const lanes = assignLanes(ranges);
    for (const a of ranges) for (const b of ranges) if (a !== b && a.start < b.end && b.start < a.end) expect(lanes.get(a.id)).not.toBe(lanes.get(b.id));
    // As few lanes as the deepest overlap needs.
    let deepest = 0;
    for (let x = 0; x < 1100; x++) deepest = Math.max(deepest, ranges.filter((r) => r.start <= x && x < r.end).length);
    expect(Math.max(...lanes.values()) + 1).toBe(deepest);
  });
});

describe('segment paints', () => {
  const codes = new Map([
    ['c1', code('c1', 'Samverkan', { colour: '#112233' })],
    ['c2', code('c2', 'Lärande', { colour: '#445566' })],
  ]);

  it('carry colours, labels and lanes, and a key that changes with any of them', () => {
    const [a, b, c] = segmentPaints(
      [segment('a', 0, 50, { codeIds: ['c1', 'c2'] }), segment('b', 10, 20, { codeIds: ['gone'] }), segment('c', 60, 70, { codeIds: [] })],
      codes,
      'sv',
      'Okänd kod',
    );
    expect(a).toMatchObject({ colours: ['#112233', '#445566'], label: 'Samverkan, Lärande', lane: 0 });
    expect(b).toMatchObject({ colours: [UNCODED_COLOUR], label: 'Okänd kod', lane: 1 });
    expect(c).toMatchObject({ colours: [UNCODED_COLOUR], label: '', lane: 0 });
    const again = segmentPaints([segment('a', 0, 50, { codeIds: ['c1', 'c2'] })], codes, 'sv', '');
    expect(samePaints([a!], again)).toBe(true);
    const recoloured = segmentPaints([segment('a', 0, 50, { codeIds: ['c2', 'c1'] })], codes, 'sv', '');
    expect(samePaints([a!], recoloured)).toBe(false);
    expect(samePaints([a!], [])).toBe(false);
    expect(laneCount([a!, b!, c!])).toBe(2);
  });

  it('keep the paint of a segment while its range, codes and lane stay, even for a new record of it', () => {
    const cache = new Map();
    const [first] = segmentPaints([segment('a', 0, 50, { codeIds: ['c1'] })], codes, 'sv', '', cache);
    const [again] = segmentPaints([segment('a', 0, 50, { codeIds: ['c1'], memo: 'ny' })], codes, 'sv', '', cache);
    expect(again).toBe(first);
    const [moved] = segmentPaints([segment('a', 0, 40, { codeIds: ['c1'] })], codes, 'sv', '', cache);
    expect(moved).not.toBe(first);
    expect(moved?.end).toBe(40);
    const [pushed] = segmentPaints([segment('z', 0, 60), segment('a', 0, 40, { codeIds: ['c1'] })], codes, 'sv', '', cache).slice(1);
    expect(pushed?.lane).toBe(1);
  });

  it('draw bands: underlines stacked from the baseline, a bar split by codes', () => {
    const [a, b] = segmentPaints([segment('a', 0, 50, { codeIds: ['c1'] }), segment('b', 10, 20, { codeIds: ['c2', 'c1'] })], codes, 'sv', '');
    expect(underlines([a!, b!])).toBe('inset 0 -2px 0 #112233, inset 0 -4px 0 #445566');
    expect(barFill(['#112233'])).toBe('#112233');
    expect(barFill(['#112233', '#445566'])).toBe('linear-gradient(to bottom, #112233 0.00% 50.00%, #445566 50.00% 100.00%)');
    expect(withAlpha('#abc', 0.5)).toBe('#aabbcc80');
    expect(withAlpha('rgb(1, 2, 3)', 0.5)).toBe('rgb(1, 2, 3)');
  });
});

describe('bar geometry', () => {
  it('spans each segment from the top of its first piece to the bottom of its last', () => {
    const extents = barExtents([
      { ids: ['a'], top: 10, bottom: 30 },
      { ids: ['a', 'b'], top: 30, bottom: 50 },
      { ids: ['a'], top: 80, bottom: 100 },
    ]);
    expect(Object.fromEntries(extents)).toEqual({ a: { top: 10, bottom: 100 }, b: { top: 30, bottom: 50 } });
  });

  it('stands lanes further out, and the text makes room for them', () => {
    expect(barOffset(1) - barOffset(0)).toBeGreaterThan(4);
    expect(marginFor(1, 40)).toBe(40);
    expect(marginFor(8, 40)).toBeGreaterThan(barOffset(7));
  });
});
