const NAMED: Readonly<Record<number, string>> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/** C0 controls, DEL and C1 controls: characters a terminal or a list may act on instead of showing. */
function isControl(unit: number): boolean {
  return unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f);
}

/**
 * A name from outside (a file's name or path) with its control characters (C0, DEL, C1) made visible as
 * escapes: a tab, line feed or carriage return as `\t`, `\n`, `\r`, the others as `\xHH` (an escape
 * sequence `\x1B[2J` can then not clear a terminal, nor a line feed forge a line of output). Everything
 * else is kept as it is; bidirectional controls are another helper's (they are not C0/C1).
 */
export function escapeControlChars(name: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    if (!isControl(unit)) continue;
    out += name.slice(from, i) + (NAMED[unit] ?? `\\x${unit.toString(16).toUpperCase().padStart(2, '0')}`);
    from = i + 1;
  }
  return from === 0 ? name : out + name.slice(from);
}
