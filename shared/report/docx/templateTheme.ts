/**
 * A Word template's theme fonts and colours written into its styles. Word's own templates name their fonts
 * by the theme (`w:asciiTheme="minorHAnsi"`: the body font of the theme part) and their colours too
 * (`w:themeColor="accent1"`, with the colour itself in `w:val`). The report keeps docx's own theme, so the
 * styles are made to say the template's fonts by name and its colours by value.
 */

/** The fonts of a theme part: its heading (major) and body (minor) fonts per script. */
export interface ThemeFonts {
  major: { latin: string; ea: string; cs: string };
  minor: { latin: string; ea: string; cs: string };
}

function typeface(themeXml: string, font: 'majorFont' | 'minorFont', script: 'latin' | 'ea' | 'cs'): string {
  const block = new RegExp(`<a:${font}>([\\s\\S]*?)</a:${font}>`).exec(themeXml)?.[1] ?? '';
  return new RegExp(`<a:${script}\\b[^>]*\\btypeface="([^"]*)"`).exec(block)?.[1] ?? '';
}

/** The fonts a theme part (`word/theme/theme1.xml`) names; empty strings where it names none. */
export function themeFonts(themeXml: string): ThemeFonts {
  const of = (font: 'majorFont' | 'minorFont') => ({ latin: typeface(themeXml, font, 'latin'), ea: typeface(themeXml, font, 'ea'), cs: typeface(themeXml, font, 'cs') });
  return { major: of('majorFont'), minor: of('minorFont') };
}

/** Each theme attribute of w:rFonts: the attribute it stands for and the script of the theme font it names. */
const FONT_ATTRIBUTES = [
  { theme: 'w:asciiTheme', plain: 'w:ascii' },
  { theme: 'w:hAnsiTheme', plain: 'w:hAnsi' },
  { theme: 'w:eastAsiaTheme', plain: 'w:eastAsia' },
  { theme: 'w:cstheme', plain: 'w:cs' },
] as const;

function themeFont(fonts: ThemeFonts, value: string): string {
  const group = value.startsWith('major') ? fonts.major : fonts.minor;
  if (value.endsWith('EastAsia')) return group.ea;
  if (value.endsWith('Bidi')) return group.cs;
  return group.latin;
}

function resolveRunFonts(element: string, fonts: ThemeFonts): string {
  let out = element;
  for (const { theme, plain } of FONT_ATTRIBUTES) {
    const match = new RegExp(`\\s${theme}="([^"]*)"`).exec(out);
    if (match === null) continue;
    const name = themeFont(fonts, match[1] as string);
    out = out.replace(match[0], '');
    if (name === '') continue;
    const given = new RegExp(`\\s${plain}="[^"]*"`);
    // The typeface comes escaped out of a double-quoted attribute of the theme: it goes into one as it is.
    const attribute = ` ${plain}="${name}"`;
    out = given.test(out) ? out.replace(given, () => attribute) : out.replace(/^<w:rFonts/, () => `<w:rFonts${attribute}`);
  }
  return out;
}

/**
 * The styles part with the theme's fonts named in every w:rFonts (the theme's heading font where a style
 * asks for `major…`, its body font for `minor…`) and theme colour references dropped, leaving the colour
 * values Word writes beside them.
 */
export function withThemeResolved(stylesXml: string, themeXml: string | null): string {
  const fonts = themeXml === null ? null : themeFonts(themeXml);
  const resolvedFonts = fonts === null ? stylesXml : stylesXml.replace(/<w:rFonts\b[^>]*\/>/g, (element) => resolveRunFonts(element, fonts));
  return resolvedFonts.replace(/\s+w:theme(?:Color|Shade|Tint|Fill|FillShade|FillTint)="[^"]*"/g, '');
}
