import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '../../../shared/base/codePointOffsets';

describe('codePointOffsets', () => {
  it('counts an emoji as one position and a combining mark as its own', () => {
    const text = 'a😀b\u0301c\r\nd𝄞';
    const offsets = codePointOffsets(text);
    expect(offsets.length).toBe([...text].length);
    // Every code point's UTF-16 start maps to its index and back.
    let utf16 = 0;
    [...text].forEach((char, index) => {
      expect(offsets.toCodePoint(utf16)).toBe(index);
      expect(offsets.toUtf16(index)).toBe(utf16);
      utf16 += char.length;
    });
    expect(offsets.toCodePoint(text.length)).toBe(offsets.length);
    expect(offsets.toUtf16(offsets.length)).toBe(text.length);
  });

  it('puts an offset inside a surrogate pair on the pair', () => {
    const offsets = codePointOffsets('x😀y');
    expect(offsets.toCodePoint(2)).toBe(1);
    expect(offsets.toCodePoint(3)).toBe(2);
  });

  it('clamps offsets outside the text', () => {
    const offsets = codePointOffsets('ab😀');
    expect(offsets.toCodePoint(-4)).toBe(0);
    expect(offsets.toCodePoint(99)).toBe(3);
    expect(offsets.toUtf16(-1)).toBe(0);
    expect(offsets.toUtf16(99)).toBe(4);
  });

  it('leaves text without astral characters as it is', () => {
    const offsets = codePointOffsets('åäö\r\nÅÄÖ');
    for (let i = 0; i <= 8; i++) {
      expect(offsets.toCodePoint(i)).toBe(i);
      expect(offsets.toUtf16(i)).toBe(i);
    }
  });
});
