/**
 * Offsets in a text counted two ways: JavaScript's UTF-16 code units (how Spårbar stores passages) and
 * Unicode code points (how REFI-QDA counts positions, specification 1.5 §10.2: from 0, a character
 * outside the Basic Multilingual Plane is one position, a combining mark is its own position, CR and LF
 * are two). Built once per text; each lookup is a binary search, so a document's thousand passages cost
 * one pass over its text.
 */
export interface CodePointOffsets {
  /** The code point offset of a UTF-16 offset (one inside a surrogate pair counts as the pair's start). */
  toCodePoint(utf16: number): number;
  /** The UTF-16 offset of a code point offset; beyond the end gives the text's length. */
  toUtf16(codePoint: number): number;
  /** The text's length in code points. */
  readonly length: number;
}

export function codePointOffsets(text: string): CodePointOffsets {
  // The UTF-16 offset of every astral character (surrogate pair): the only places the two counts part.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  const length = text.length - astral.length;
  /** How many astral characters start before the UTF-16 offset `utf16`. */
  const pairsBefore = (utf16: number): number => {
    let low = 0;
    let high = astral.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((astral[mid] as number) < utf16) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return {
    length,
    toCodePoint(utf16) {
      const at = Math.max(0, Math.min(utf16, text.length));
      // A pair that starts before `at` counts one position, not two; `at` inside a pair lands on the pair.
      return at - pairsBefore(at);
    },
    toUtf16(codePoint) {
      if (codePoint <= 0) return 0;
      if (codePoint >= length) return text.length;
      // The k-th astral pair starts at code point astral[k] - k; every one starting before `codePoint` adds a unit.
      let low = 0;
      let high = astral.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((astral[mid] as number) - mid < codePoint) low = mid + 1;
        else high = mid;
      }
      return codePoint + low;
    },
  };
}
