import { ImportError } from '../../domain/importError';
import { decodeText } from '../../formats/encoding/decodeText';
import { openZip } from '../../formats/zip/readZip';
import { withThemeResolved } from './templateTheme';

/** Why a Word template could not give the report its styles. */
export type TemplateStylesErrorCode = 'notZip' | 'noStyles' | 'tooLarge';

export class TemplateStylesError extends Error {
  constructor(
    readonly code: TemplateStylesErrorCode,
    /** A technical detail for the log, never the only thing a user sees. */
    readonly detail: string = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'TemplateStylesError';
  }
}

/** A template's file, its unpacked parts together, and its styles part: far above any real template. */
export const TEMPLATE_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxZipEntries: 5000,
  maxStylesBytes: 8 * 1024 * 1024,
};

const STYLES_PART = 'word/styles.xml';
const THEME_PART = /^word\/theme\/theme\d*\.xml$/i;

/**
 * The styles of a Word document or template (.docx, .dotx): its `word/styles.xml` as text, for the report
 * to use as external styles, so its headings, quotes and body text take the organisation's fonts and
 * colours; fonts and colours named by the template's theme are written in (templateTheme.ts). Throws a TemplateStylesError: `notZip` (not a Word file, or damaged), `noStyles` (a zip without
 * a styles part, or one that is not Word's styles), `tooLarge`.
 */
export function templateStylesFrom(bytes: Uint8Array): string {
  if (bytes.length > TEMPLATE_LIMITS.maxFileBytes) throw new TemplateStylesError('tooLarge', `${bytes.length} bytes`);
  let part: Uint8Array | null;
  let theme: Uint8Array | null = null;
  try {
    const zip = openZip(bytes, TEMPLATE_LIMITS);
    const entry = zip.entries.find((e) => e.name.toLowerCase() === STYLES_PART);
    if (entry !== undefined && entry.size > TEMPLATE_LIMITS.maxStylesBytes) throw new TemplateStylesError('tooLarge', `${STYLES_PART}: ${entry.size} bytes`);
    part = zip.read(STYLES_PART);
    const themeEntry = zip.entries.find((e) => THEME_PART.test(e.name) && e.size <= TEMPLATE_LIMITS.maxStylesBytes);
    if (part !== null && themeEntry !== undefined) theme = zip.read(themeEntry.name);
  } catch (error) {
    if (error instanceof TemplateStylesError) throw error;
    if (error instanceof ImportError && error.code === 'zipTooLarge') throw new TemplateStylesError('tooLarge', error.detail);
    if (error instanceof ImportError) throw new TemplateStylesError('notZip', `${error.code}: ${error.detail}`);
    throw error;
  }
  if (part === null) throw new TemplateStylesError('noStyles', `no ${STYLES_PART}`);
  const xml = decodeText(part).text;
  if (!/<w:styles[\s>]/.test(xml)) throw new TemplateStylesError('noStyles', `${STYLES_PART} has no w:styles element`);
  return withThemeResolved(xml, theme === null ? null : decodeText(theme).text);
}

/** The ids of the styles a styles part defines (`w:styleId`), e.g. `Heading1`, `Quote`. */
export function templateStyleIds(stylesXml: string): Set<string> {
  const ids = new Set<string>();
  for (const match of stylesXml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)) ids.add(match[1] as string);
  return ids;
}

/**
 * The styles part with the report's language as the document's default (`w:lang` in `w:rPrDefault`), so
 * Word checks spelling in it whatever language the template was written in.
 */
export function withDefaultLanguage(stylesXml: string, tag: string): string {
  const lang = `<w:lang w:val="${tag}"/>`;
  const defaultRun = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml);
  if (defaultRun === null) {
    const docDefaults = `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>`;
    if (/<w:docDefaults\s*\/>/.test(stylesXml)) return stylesXml.replace(/<w:docDefaults\s*\/>/, docDefaults);
    if (/<w:docDefaults>/.test(stylesXml)) return stylesXml.replace('<w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
    return stylesXml.replace(/(<w:styles\b[^>]*>)/, `$1${docDefaults}`);
  }
  const inner = defaultRun[1] as string;
  let replaced: string;
  if (/<w:lang\b[^>]*\/>/.test(inner)) replaced = inner.replace(/<w:lang\b[^>]*\/>/, lang);
  else if (/<w:rPr\s*\/>/.test(inner)) replaced = inner.replace(/<w:rPr\s*\/>/, `<w:rPr>${lang}</w:rPr>`);
  else if (/<w:rPr>/.test(inner)) replaced = inner.replace('</w:rPr>', `${lang}</w:rPr>`);
  else replaced = `<w:rPr>${lang}</w:rPr>${inner}`;
  return stylesXml.replace(defaultRun[0], () => `<w:rPrDefault>${replaced}</w:rPrDefault>`);
}
