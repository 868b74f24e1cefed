import { describe, expect, it } from 'vitest';
import { extendEnd, extendStart, shrinkEnd, shrinkStart, stepRange } from '../../../renderer/features/coding/wordStep';

const TEXT = 'Rådet har träffats fyra gånger,  och elva företag\nhar deltagit.';
const at = (word: string) => TEXT.indexOf(word);
const slice = (range: { start: number; end: number } | null) => (range ? TEXT.slice(range.start, range.end) : null);

describe('word steps', () => {
  const range = { start: at('träffats'), end: at('gånger,') + 'gånger,'.length };

  it('extends and shrinks a range by one word at either end, punctuation going with its word', () => {
    expect(slice(stepRange(TEXT, range, 'extendStart'))).toBe('har träffats fyra gånger,');
    expect(slice(stepRange(TEXT, range, 'shrinkStart'))).toBe('fyra gånger,');
    expect(slice(stepRange(TEXT, range, 'shrinkEnd'))).toBe('träffats fyra');
    expect(slice(stepRange(TEXT, range, 'extendEnd'))).toBe('träffats fyra gånger,  och');
  });

  it('crosses runs of white space and line breaks', () => {
    const end = at('företag') + 'företag'.length;
    expect(TEXT.slice(at('elva'), extendEnd(TEXT, end) ?? 0)).toBe('elva företag\nhar');
    expect(TEXT.slice(shrinkStart(TEXT, at('och'), end) ?? 0, end)).toBe('elva företag');
    expect(TEXT.slice(extendStart(TEXT, at('och')) ?? 0, at('och'))).toBe('gånger,  ');
  });

  it('stops at the edges of the text and never leaves a range empty', () => {
    expect(extendStart(TEXT, 0)).toBeNull();
    expect(extendStart(TEXT, 2)).toBe(0);
    expect(extendEnd(TEXT, TEXT.length)).toBeNull();
    expect(extendEnd(TEXT, TEXT.length - 3)).toBe(TEXT.length);
    const one = { start: at('fyra'), end: at('fyra') + 4 };
    expect(shrinkStart(TEXT, one.start, one.end)).toBeNull();
    expect(shrinkEnd(TEXT, one.start, one.end)).toBeNull();
    expect(stepRange(TEXT, one, 'shrinkEnd')).toBeNull();
  });
});
