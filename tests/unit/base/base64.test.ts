import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../shared/base/base64';

describe('bytesToBase64', () => {
  it('matches Node’s base64 for every length remainder and for long input', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 10_000, 20_001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
