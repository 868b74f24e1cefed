import { describe, expect, it } from 'vitest';
import { webSha256 } from '../../../../shared/exchange/evaluationFile';

describe('webSha256', () => {
  it('gives the SHA-256 of FIPS 180-2 test vectors as lower-case hex through Web Crypto', async () => {
    const sha256 = webSha256(globalThis.crypto.subtle);
    expect(await sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
