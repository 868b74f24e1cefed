import { describe, expect, it } from 'vitest';
import { escapeBidiInJson, hasBidiControls, showBidiControls, withoutBidiControls } from '../../../shared/base/bidiControls';
import { isSafeFileName } from '../../../shared/ports/ipc';

const ALL = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

describe('bidirectional controls in names', () => {
  it('shows a right-to-left override as its code point, so the name cannot pass for another', () => {
    expect(showBidiControls('rapport\u202Excod.pdf')).toBe('rapport⟨U+202E⟩xcod.pdf');
    expect(showBidiControls('\u2067Åre\u2069 \u200f\u061c')).toBe('⟨U+2067⟩Åre⟨U+2069⟩ ⟨U+200F⟩⟨U+061C⟩');
  });

  it.each(ALL.map((ch) => [`U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`, ch]))('finds, shows and removes %s', (name, ch) => {
    expect(hasBidiControls(`a${ch}b`)).toBe(true);
    expect(showBidiControls(`a${ch}b`)).toBe(`a⟨${name}⟩b`);
    expect(withoutBidiControls(`a${ch}b`)).toBe('ab');
  });

  it('leaves other names as they are, Arabic and Hebrew letters included', () => {
    for (const name of ['Slutrapport Åmål.docx', 'تقرير.pdf', 'דוח.txt', 'a\u200bb.txt']) {
      expect(hasBidiControls(name)).toBe(false);
      expect(showBidiControls(name)).toBe(name);
    }
  });

  it('escapes them inside JSON without changing the data', () => {
    const json = JSON.stringify({ file: 'rapport\u202Excod.pdf' });
    const escaped = escapeBidiInJson(json);
    expect(escaped).toBe('{"file":"rapport\\u202excod.pdf"}');
    expect(JSON.parse(escaped)).toEqual({ file: 'rapport\u202Excod.pdf' });
  });

  it('isSafeFileName refuses them in names the app writes', () => {
    expect(isSafeFileName('Slutrapport Åmål.docx')).toBe(true);
    for (const ch of ALL) expect(isSafeFileName(`rapport${ch}xcod.pdf`)).toBe(false);
  });
});
