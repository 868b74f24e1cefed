import { describe, expect, it } from 'vitest';
import { escapeControlChars } from '../../../shared/base/printableName';

describe('escapeControlChars', () => {
  it('shows C0 controls, DEL and C1 controls as escapes', () => {
    expect(escapeControlChars('rapport\u001b[2J.docx')).toBe('rapport\\x1B[2J.docx');
    expect(escapeControlChars('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
    expect(escapeControlChars('nul\u0000del\u007fcsi\u009b.txt')).toBe('nul\\x00del\\x7Fcsi\\x9B.txt');
  });

  it('keeps everything else, backslashes and Swedish letters too', () => {
    expect(escapeControlChars('C:\\Utvärdering\\Slutrapport – Åmål.pdf')).toBe('C:\\Utvärdering\\Slutrapport – Åmål.pdf');
    expect(escapeControlChars('rapport\u202excod.pdf')).toBe('rapport\u202excod.pdf');
  });
});
