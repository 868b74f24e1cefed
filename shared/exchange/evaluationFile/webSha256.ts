/** The part of Web Crypto's SubtleCrypto that hashing needs, typed structurally (shared/ has no DOM types). */
export interface DigestSubtle {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/**
 * SHA-256 as lower-case hex through Web Crypto: the renderer and the command line pass
 * `globalThis.crypto.subtle` (Node 20 and browsers have it).
 */
export function webSha256(subtle: DigestSubtle): (bytes: Uint8Array) => Promise<string> {
  return async (bytes) => {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    let hex = '';
    for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
    return hex;
  };
}
