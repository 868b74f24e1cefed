/** The Symbol font's characters 0x20-0xFE in Unicode (Adobe Symbol encoding); '' where it has none. */
const SYMBOL =
  ' !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼' +
  '\u0000'.repeat(0x21) +
  '€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\u0000〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭';

/** The Wingdings characters that show up in reports: bullets, boxes, ticks and arrows. */
const WINGDINGS: Record<number, string> = {
  0x4a: '☺', 0x4c: '☹', 0x6c: '●', 0x6e: '■', 0x6f: '□', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0x9f: '•',
  0xa1: '○', 0xa7: '▪', 0xa8: '◻', 0xd8: '➢', 0xe0: '➔', 0xe8: '➔', 0xef: '⇦', 0xf0: '⇨', 0xfb: '✗',
  0xfc: '✓', 0xfd: '☒', 0xfe: '☑',
};

/** Whether a font's characters are symbols that need mapping (Symbol, Wingdings, Webdings). */
export function isSymbolFont(font: string | undefined): boolean {
  const name = (font ?? '').trim().toLowerCase();
  return name === 'symbol' || name.startsWith('wingdings') || name === 'webdings';
}

/**
 * The text of a w:sym: the character code is hexadecimal, and symbol fonts put theirs at 0xF020-0xF0FF
 * (or 0x20-0xFF). Symbol and the common Wingdings marks are mapped to Unicode; other symbol-font
 * characters have no Unicode equivalent and give ''. Codes of ordinary fonts are Unicode already.
 */
export function symbolText(font: string | undefined, code: string | undefined): string {
  const value = code ? Number.parseInt(code, 16) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return '';
  return symbolChar(font, value);
}

function symbolChar(font: string | undefined, value: number): string {
  const name = (font ?? '').trim().toLowerCase();
  const low = value >= 0xf000 && value <= 0xf0ff ? value - 0xf000 : value <= 0xff ? value : -1;
  if (name === 'symbol' && low >= 0x20) {
    const char = SYMBOL.charAt(low - 0x20);
    return char === '\u0000' ? '' : char;
  }
  if (name.startsWith('wingdings') || name === 'webdings') return low >= 0x20 ? (WINGDINGS[low] ?? '') : '';
  if (value >= 0xf000 && value <= 0xf0ff) return '';
  if (value >= 0xd800 && value <= 0xdfff) return '';
  return String.fromCodePoint(value);
}

/**
 * Text typed in a symbol font (a run whose w:rFonts is Symbol or Wingdings): Word shows the font's glyphs,
 * so "a" in Symbol is α and U+F028 is "(". White space is kept.
 */
export function symbolFontText(font: string, text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    out += code <= 0x20 ? char : symbolChar(font, code);
  }
  return out;
}
