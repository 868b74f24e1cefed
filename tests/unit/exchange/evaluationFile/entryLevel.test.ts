import { describe, expect, it } from 'vitest';
import { entryLevel } from '../../../../shared/exchange/evaluationFile/entryLevel';

function noise(length: number): Uint8Array {
  let seed = 7;
  return Uint8Array.from({ length }, () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24) & 0xff);
}

describe('entryLevel', () => {
  it('deflates what compresses: JSON and text', () => {
    const json = new TextEncoder().encode(JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: `segment-${i}`, memo: 'projektet stärkte samverkan' }))));
    expect(entryLevel(json)).toBe(6);
  });

  it('stores what does not: random bytes, as a PDF stream or a zip is', () => {
    expect(entryLevel(noise(100_000))).toBe(0);
  });

  it('judges by the start: compressible text after incompressible bytes is still stored, and a tiny entry is deflated', () => {
    const mixed = new Uint8Array(50_000);
    mixed.set(noise(20_000));
    expect(entryLevel(mixed)).toBe(0);
    expect(entryLevel(noise(100))).toBe(6);
  });
});
