import { BorderStyle, LineRuleType, type ICharacterStyleOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { ReportLanguage } from '../../domain/evaluation';

/** The house look of the Word report: Calibri 11 pt, a dark blue accent, A4 with 2.5 cm margins. */
export const FONT = 'Calibri';
export const BODY_SIZE = 22; // half-points: 11 pt
export const INK = '262626';
export const MUTED = '595959';
export const ACCENT = '1F3864';
export const ACCENT_LIGHT = '2F5496';
/** The header row of a table and the rule under the subtitle. */
export const TABLE_HEADER_FILL = 'DCE3EE';
export const TABLE_BORDER = 'A6A6A6';

/** Style ids: Word's built-in ones, so a template's own definitions take their place. */
export const STYLE = {
  subtitle: 'Subtitle',
  quote: 'Quote',
  caption: 'Caption',
  note: 'Note',
  tocHeading: 'TOCHeading',
  /** The run style of the table of contents' cached entries (links that look like text). */
  indexLink: 'IndexLink',
  toc: ['TOC1', 'TOC2', 'TOC3'],
} as const;

/** A4 in twips, with 2.5 cm margins; the text width the tables and charts are fitted to. */
export const PAGE = { width: 11906, height: 16838, margin: 1418, header: 709, footer: 709 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The language tag Word uses for spelling and hyphenation of the report's text. */
export const LANGUAGE_TAGS: Record<ReportLanguage, string> = { sv: 'sv-SE', en: 'en-GB' };

function heading(size: number, color: string, before: number, after: number) {
  return {
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  };
}

/** The defaults: the document's font and language, the title and the three heading levels. */
export function defaultStyles(language: ReportLanguage): NonNullable<IStylesOptions['default']> {
  return {
    document: {
      run: { font: FONT, size: BODY_SIZE, color: INK, language: { value: LANGUAGE_TAGS[language] } },
      // lineRule spelled out: LibreOffice reads a line without one as exact, so large text overlaps.
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: 56, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 3200, after: 240 } },
    },
    heading1: heading(32, ACCENT, 0, 240),
    heading2: heading(26, ACCENT_LIGHT, 360, 120),
    heading3: heading(22, INK, 240, 120),
  };
}

const paragraphStyle = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  ...rest,
});

/**
 * The house's paragraph styles beyond the defaults, by id. `font` is left out where a template's own body
 * font should carry on into the styles the house fills in for it.
 */
export function paragraphStyles(font: string | null): IParagraphStyleOptions[] {
  const face = font ?? undefined;
  const tocLevel = (level: number) =>
    paragraphStyle(STYLE.toc[level] as string, `toc ${level + 1}`, {
      run: level === 0 ? { bold: true } : {},
      paragraph: {
        indent: { left: level * 440 },
        spacing: { before: level === 0 ? 120 : 0, after: 60 },
      },
    });
  return [
    paragraphStyle(STYLE.subtitle, 'Subtitle', {
      run: { font: face, size: 30, color: MUTED },
      paragraph: {
        spacing: { after: 480 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: ACCENT, space: 12 } },
      },
    }),
    paragraphStyle(STYLE.quote, 'Quote', {
      run: { italics: true },
      paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 60, after: 200 }, keepLines: true },
    }),
    paragraphStyle(STYLE.caption, 'caption', {
      run: { size: 19, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 120, after: 120 } },
    }),
    paragraphStyle(STYLE.note, 'Note', {
      run: { size: 19, color: MUTED },
      paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 0, after: 200 } },
    }),
    paragraphStyle(STYLE.tocHeading, 'TOC Heading', {
      run: { font: face, size: 32, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
    }),
    tocLevel(0),
    tocLevel(1),
    tocLevel(2),
  ];
}

/** The house's character styles, by id. */
export function characterStyles(): ICharacterStyleOptions[] {
  return [{ id: STYLE.indexLink, name: 'Index Link', basedOn: 'DefaultParagraphFont', run: {} }];
}

/** The house look as docx styles. */
export function reportStyles(language: ReportLanguage): IStylesOptions {
  return { default: defaultStyles(language), paragraphStyles: paragraphStyles(FONT), characterStyles: characterStyles() };
}
