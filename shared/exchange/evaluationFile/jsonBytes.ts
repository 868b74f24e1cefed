import { tryDecodeUtf8 } from '../../formats/encoding/strictUtf8';
import { encodeUtf8 } from '../../formats/encoding/utf8Encode';

interface Encoder {
  encode(text: string): Uint8Array;
}
/** The platform's TextEncoder when there is one (shared/ is typed without DOM), far faster on large JSON. */
const PlatformTextEncoder = (globalThis as { TextEncoder?: new () => Encoder }).TextEncoder;
const platformEncoder: Encoder | null = PlatformTextEncoder ? new PlatformTextEncoder() : null;

/** A value as UTF-8 JSON bytes. */
export function jsonBytes(value: unknown, indent?: number): Uint8Array {
  const text = JSON.stringify(value, null, indent);
  return platformEncoder ? platformEncoder.encode(text) : encodeUtf8(text);
}

/** UTF-8 JSON bytes parsed, or undefined when they are not UTF-8 or not JSON. */
export function parseJsonBytes(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  const text = tryDecodeUtf8(bytes);
  if (text === null) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
