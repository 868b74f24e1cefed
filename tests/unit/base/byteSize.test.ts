import { describe, expect, it } from 'vitest';
import { formatByteSize } from '../../../shared/base/byteSize';

describe('formatByteSize', () => {
  it('writes a decimal comma in Swedish and a decimal point in English', () => {
    expect(formatByteSize(1.2 * 1024 * 1024, 'sv')).toBe('1,2 MB');
    expect(formatByteSize(1.2 * 1024 * 1024, 'en')).toBe('1.2 MB');
    expect(formatByteSize(250.3 * 1024, 'en')).toBe('250.3 kB');
  });

  it('groups thousands as each language does, and drops a trailing zero', () => {
    expect(formatByteSize(1000, 'sv')).toBe('1\u00a0000 B');
    expect(formatByteSize(1000, 'en')).toBe('1,000 B');
    expect(formatByteSize(10 * 1024 ** 3, 'en')).toBe('10 GB');
    expect(formatByteSize(0, 'sv')).toBe('0 B');
    expect(formatByteSize(3 * 1024 ** 5, 'en')).toBe('3,072 TB');
  });
});
