import { describe, expect, it } from 'vitest';
import { MAX_OPEN_BATCH_BYTES, MAX_OPEN_FILE_BYTES, MAX_OPEN_FILES, openBatchRefusal } from '../../../shared/ports/openBatch';

const MiB = 1024 * 1024;
const sized = (...mib: number[]) => mib.map((m) => ({ size: m * MiB }));

describe('openBatchRefusal', () => {
  it('lets a choice within the limits through, up to the cap exactly', () => {
    expect(openBatchRefusal([])).toBeNull();
    expect(openBatchRefusal(sized(1, 2, 3))).toBeNull();
    expect(openBatchRefusal(sized(256, 256, 256, 256))).toBeNull();
    expect(openBatchRefusal(Array.from({ length: MAX_OPEN_FILES }, () => ({ size: 1 })))).toBeNull();
  });

  it('refuses more files than MAX_OPEN_FILES, with the count and the limit', () => {
    expect(openBatchRefusal(Array.from({ length: MAX_OPEN_FILES + 1 }, () => ({ size: 1 })))).toEqual({ reason: 'tooManyFiles', count: 501, max: 500 });
  });

  it('refuses more than 1 GB together, with the files counted, their total and the cap', () => {
    expect(MAX_OPEN_BATCH_BYTES).toBe(1024 * MiB);
    expect(openBatchRefusal([...sized(256, 256, 256, 256), { size: 1 }])).toEqual({ reason: 'batchTooLarge', count: 5, totalBytes: 1024 * MiB + 1, maxBytes: MAX_OPEN_BATCH_BYTES });
  });

  it('does not count files too large to open alone (they are left out and named)', () => {
    expect(openBatchRefusal([...sized(256, 256, 256), { size: MAX_OPEN_FILE_BYTES + 1 }, { size: MAX_OPEN_FILE_BYTES + 1 }])).toBeNull();
  });
});
