/** Text decoded from bytes, with how many malformed sequences became U+FFFD. */
export interface DecodedChars {
  text: string;
  replacements: number;
}

/** Collects UTF-16 code units into a string in chunks (String.fromCharCode takes limited arguments). */
export function createUnitSink() {
  const parts: string[] = [];
  const chunk = 8192;
  const units = new Uint16Array(chunk);
  let n = 0;
  return {
    push(unit: number): void {
      units[n++] = unit;
      if (n === chunk) {
        parts.push(String.fromCharCode(...units));
        n = 0;
      }
    },
    pushCodePoint(cp: number): void {
      if (cp >= 0x10000) {
        const v = cp - 0x10000;
        this.push(0xd800 + (v >> 10));
        this.push(0xdc00 + (v & 0x3ff));
      } else {
        this.push(cp);
      }
    },
    finish(): string {
      parts.push(String.fromCharCode(...units.subarray(0, n)));
      n = 0;
      return parts.join('');
    },
  };
}
