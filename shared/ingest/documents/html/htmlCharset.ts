import type { TextEncoding } from '../../../formats/encoding/decodeText';

const UTF8_LABELS = new Set(['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591',
  'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);
// A meta charset can not really say UTF-16 (the meta itself would not be ASCII); browsers read UTF-8.
const UTF16_LABELS = new Set(['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le', 'unicodefffe', 'utf-16be']);

/** The encoding an HTML charset label names, when it is one Spårbar decodes, as the WHATWG labels go. */
export function encodingOfLabel(label: string): TextEncoding | null {
  const name = label.trim().toLowerCase();
  if (UTF8_LABELS.has(name) || UTF16_LABELS.has(name)) return 'utf-8';
  if (WINDOWS_1252_LABELS.has(name)) return 'windows-1252';
  return null;
}

/**
 * The charset an HTML file declares in its first 1024 bytes: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`. Comments are skipped. Returns the
 * label as written, or null.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i] as number);
  head = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(match[0]);
    if (charset) return charset[1] as string;
  }
  return null;
}
