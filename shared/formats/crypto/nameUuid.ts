import { encodeUtf8 } from '../encoding/utf8Encode';
import { sha1 } from './sha1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The name-based UUID (RFC 9562 §5.5, version 5: SHA-1) of `name` (as UTF-8) in the namespace
 * `namespace` (a UUID): the same name always gives the same UUID, different names practically never do.
 * Lower case, 8-4-4-4-12. Throws when `namespace` is not a UUID (the caller's mistake).
 */
export function nameUuid(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new RangeError(`nameUuid: ${JSON.stringify(namespace)} is not a UUID`);
  const namespaceHex = namespace.replace(/-/g, '');
  const nameBytes = encodeUtf8(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = parseInt(namespaceHex.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const hash = sha1(input).subarray(0, 16);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
