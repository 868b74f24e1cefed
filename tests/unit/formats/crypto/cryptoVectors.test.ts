import { describe, expect, it } from 'vitest';
import { aesGcmOpen, aesGcmSeal, importAesGcmKey } from '../../../../shared/formats/crypto/aesGcm';
import { hashWasmArgon2id } from '../../../../shared/formats/crypto/argon2id';
import { pbkdf2Sha256 } from '../../../../shared/formats/crypto/pbkdf2';
import { ascii, fromHex, hex } from '../../../support/cryptoDeps';

const crypto = globalThis.crypto;

// Argon2id, version 0x13: the known answers of the reference implementation by the RFC 9106 authors
// (phc-winner-argon2, src/test.c), password "password", salt "somesalt", 32-byte tags. RFC 9106 §5.3's
// own Argon2id vector (tag 0d640df5…e659) uses a secret *and* associated data; hash-wasm has no
// associated-data parameter (it hashes a zero length for it), so that vector cannot be fed through it.
const ARGON2ID_REFERENCE = [
  { passes: 2, memoryKiB: 256, lanes: 1, tag: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe' },
  { passes: 2, memoryKiB: 256, lanes: 2, tag: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037' },
  { passes: 2, memoryKiB: 65536, lanes: 1, tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7' },
];

describe('Argon2id through hash-wasm', () => {
  for (const v of ARGON2ID_REFERENCE) {
    it(`gives the reference tag for t=${v.passes}, m=${v.memoryKiB} KiB, p=${v.lanes}`, async () => {
      const tag = await hashWasmArgon2id({ password: ascii('password'), salt: ascii('somesalt'), memoryKiB: v.memoryKiB, passes: v.passes, lanes: v.lanes, length: 32 });
      expect(hex(tag)).toBe(v.tag);
    });
  }

  it('gives another tag for another password (reference: "differentpassword")', async () => {
    const tag = await hashWasmArgon2id({ password: ascii('differentpassword'), salt: ascii('somesalt'), memoryKiB: 65536, passes: 2, lanes: 1, length: 32 });
    expect(hex(tag)).toBe('0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde');
  });
});

// PBKDF2-HMAC-SHA-256: RFC 7914 §11.
describe('PBKDF2-HMAC-SHA-256 through Web Crypto', () => {
  it('gives RFC 7914’s key for "passwd"/"salt", 1 iteration', async () => {
    const key = await pbkdf2Sha256(crypto, ascii('passwd'), ascii('salt'), 1, 64);
    expect(hex(key)).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783');
  });

  it('gives RFC 7914’s key for "Password"/"NaCl", 80,000 iterations', async () => {
    const key = await pbkdf2Sha256(crypto, ascii('Password'), ascii('NaCl'), 80_000, 64);
    expect(hex(key)).toBe('4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d');
  });
});

// AES-256-GCM: test cases 13, 14 and 16 of McGrew and Viega's GCM specification (the NIST submission).
const GCM_CASES = [
  { name: 'test case 13 (empty)', key: '00'.repeat(32), iv: '00'.repeat(12), aad: '', plain: '', cipher: '', tag: '530f8afbc74536b9a963b4f1c4cb738b' },
  { name: 'test case 14 (one zero block)', key: '00'.repeat(32), iv: '00'.repeat(12), aad: '', plain: '00'.repeat(16), cipher: 'cea7403d4d606b6e074ec5d3baf39d18', tag: 'd0d1c8a799996bf0265b98b5d48ab919' },
  {
    name: 'test case 16 (60 bytes with associated data)',
    key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    iv: 'cafebabefacedbaddecaf888',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    plain: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    cipher: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM through Web Crypto', () => {
  for (const v of GCM_CASES) {
    it(`seals and opens ${v.name}`, async () => {
      const key = await importAesGcmKey(crypto, fromHex(v.key));
      const sealed = await aesGcmSeal(crypto, key, fromHex(v.iv), fromHex(v.aad), fromHex(v.plain));
      expect(hex(sealed)).toBe(v.cipher + v.tag);
      const opened = await aesGcmOpen(crypto, key, fromHex(v.iv), fromHex(v.aad), sealed);
      expect(opened && hex(opened)).toBe(v.plain);
    });
  }

  it('refuses test case 16 with one bit of the tag or of the associated data changed', async () => {
    const v = GCM_CASES[2]!;
    const key = await importAesGcmKey(crypto, fromHex(v.key));
    const sealed = fromHex(v.cipher + v.tag);
    sealed[sealed.length - 1]! ^= 1;
    expect(await aesGcmOpen(crypto, key, fromHex(v.iv), fromHex(v.aad), sealed)).toBeNull();
    const aad = fromHex(v.aad);
    aad[0]! ^= 0x80;
    expect(await aesGcmOpen(crypto, key, fromHex(v.iv), aad, fromHex(v.cipher + v.tag))).toBeNull();
  });
});
