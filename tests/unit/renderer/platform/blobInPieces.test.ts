import { describe, expect, it } from 'vitest';
import { blobInPieces } from '../../../../renderer/platform/blobInPieces';

describe('blobInPieces', () => {
  it('gives a Blob of the same bytes, in order, with its type, for large bytes built in pieces and small ones at once', async () => {
    for (const length of [10, 9 * 1024 * 1024 + 7]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + (i >> 20)) & 0xff);
      const blob = await blobInPieces(bytes, 'application/octet-stream');
      expect(blob.type).toBe('application/octet-stream');
      expect(blob.size).toBe(length);
      // Compared by Buffer.equals: toEqual over 9 MB byte by byte takes most of a minute.
      expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    }
  });
});
