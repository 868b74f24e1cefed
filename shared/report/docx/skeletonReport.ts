import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IStylesOptions,
} from 'docx';
import type { ReportLanguage } from '../../domain/evaluation';
import { catalogFor, translate } from '../../i18n';
import type { ReportCategory, ReportCell, ReportModel, ReportQuote } from '../model/reportModel';

const FONT = 'Calibri';
const BODY_SIZE = 22; // half-points: 11 pt
const INK = '262626';
const MUTED = '595959';
const ACCENT = '1F3864';
const ACCENT_LIGHT = '2F5496';
const QUOTE_STYLE = 'Quote';
const SUBTITLE_STYLE = 'Subtitle';

/** The language tag Word uses for spelling and hyphenation of the report's text. */
const LANGUAGE_TAGS: Record<ReportLanguage, string> = { sv: 'sv-SE', en: 'en-GB' };

function styles(language: ReportLanguage): IStylesOptions {
  const heading = (size: number, color: string, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
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
    },
    paragraphStyles: [
      {
        id: SUBTITLE_STYLE,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 30, color: MUTED },
        paragraph: {
          spacing: { after: 480 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: ACCENT, space: 12 } },
        },
      },
      {
        id: QUOTE_STYLE,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: {
          indent: { left: 567, right: 567 },
          spacing: { before: 60, after: 200 },
          keepLines: true,
        },
      },
    ],
  };
}

function formatPeriod(model: ReportModel, catalog: object): string | null {
  const { periodStart: start, periodEnd: end } = model;
  if (start !== null && end !== null) return translate(catalog, 'report.periodRange', { start, end });
  if (start !== null) return translate(catalog, 'report.periodFrom', { start });
  if (end !== null) return translate(catalog, 'report.periodUntil', { end });
  return null;
}

/** The title page: title, subtitle, agency, evaluators, period and when the report was made. */
function titlePage(model: ReportModel, catalog: object): Paragraph[] {
  const kind = translate(catalog, model.kind === 'final' ? 'report.kindFinal' : 'report.kindInterim');
  const subtitle =
    model.programme === '' ? kind : translate(catalog, 'report.subtitle', { kind, programme: model.programme });
  const details: string[] = [];
  if (model.agency !== '') details.push(translate(catalog, 'report.commissionedBy', { agency: model.agency }));
  if (model.evaluators.length > 0) {
    const names = new Intl.ListFormat(model.language, { type: 'conjunction' }).format(model.evaluators);
    details.push(translate(catalog, 'report.evaluators', { names }));
  }
  const period = formatPeriod(model, catalog);
  if (period !== null) details.push(translate(catalog, 'report.period', { period }));

  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ style: SUBTITLE_STYLE, children: [new TextRun(subtitle)] }),
    ...details.map((text) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text, size: 24 })] })),
    new Paragraph({
      spacing: { before: 960 },
      children: [
        new TextRun({
          text: translate(catalog, 'report.generated', { date: model.generatedOn }),
          size: 18,
          color: MUTED,
        }),
      ],
    }),
  ];
}

function quoteParagraph(quote: ReportQuote, catalog: object): Paragraph {
  return new Paragraph({
    style: QUOTE_STYLE,
    children: [
      new TextRun({ text: translate(catalog, 'report.quote', { text: quote.text }), italics: true }),
      new TextRun({
        text: translate(catalog, 'report.citationInParentheses', { citation: quote.citation }),
        break: 1,
        italics: false,
        size: 19,
        color: MUTED,
      }),
    ],
  });
}

function categoryParagraphs(category: ReportCategory, catalog: object): Paragraph[] {
  const countKey = category.quotes.length === 1 ? 'report.quoteCountOne' : 'report.quoteCount';
  const count = translate(catalog, countKey, { count: category.quotes.length });
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new TextRun(translate(catalog, 'report.categoryHeading', { label: category.label, count }))],
    }),
    ...category.quotes.map((quote) => quoteParagraph(quote, catalog)),
  ];
}

function cellParagraphs(cell: ReportCell, catalog: object): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(cell.heading)] }),
    ...cell.categories.flatMap((category) => categoryParagraphs(category, catalog)),
  ];
}

function findings(model: ReportModel, catalog: object): Paragraph[] {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: [new TextRun(translate(catalog, 'report.findingsHeading'))],
  });
  if (model.cells.length === 0) {
    return [heading, new Paragraph({ children: [new TextRun(translate(catalog, 'report.noEvidence'))] })];
  }
  return [
    heading,
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(translate(catalog, 'report.findingsIntro'))] }),
    ...model.cells.flatMap((cell) => cellParagraphs(cell, catalog)),
  ];
}

/**
 * "Stämde kartan med verkligheten?": the cells of the results matrix without any coded quote, and in the
 * cells with evidence the categories without any, so the report says what the coding did not find.
 */
function withoutEvidence(model: ReportModel, catalog: object): Paragraph[] {
  const partly = model.cells.filter((cell) => cell.categoriesWithoutEvidence.length > 0);
  if (model.cellsWithoutEvidence.length === 0 && partly.length === 0) return [];
  const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });
  const cellName = (cell: { levelLabel: string; columnLabel: string }) => translate(catalog, 'report.cellHeading', { level: cell.levelLabel, column: cell.columnLabel });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(translate(catalog, 'report.withoutEvidenceHeading'))] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun(translate(catalog, 'report.withoutEvidenceIntro'))] }),
    ...(model.cellsWithoutEvidence.length > 0
      ? [new Paragraph({ children: [new TextRun({ text: translate(catalog, 'report.cellsWithoutEvidence'), bold: true })] }), ...model.cellsWithoutEvidence.map((cell) => bullet(cellName(cell)))]
      : []),
    ...(partly.length > 0
      ? [
          new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: translate(catalog, 'report.categoriesWithoutEvidence'), bold: true })] }),
          ...partly.map((cell) => bullet(`${cellName(cell)}: ${cell.categoriesWithoutEvidence.map((category) => category.label).join(', ')}`)),
        ]
      : []),
  ];
}

function runningHeader(model: ReportModel): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: model.title, size: 16, color: MUTED })],
      }),
    ],
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 18, color: MUTED })],
      }),
    ],
  });
}

/**
 * Builds the Word report from a report model: a title page, then the quotes per cell and category of the
 * results matrix under real Word headings. Returns a docx `Document`; pack it with `Packer.toBlob` (renderer)
 * or `Packer.toBuffer` (Node).
 */
export function buildSkeletonReport(model: ReportModel): Document {
  const catalog = catalogFor(model.language);
  const empty = () => new Paragraph({ children: [] });
  return new Document({
    title: model.title,
    subject: model.programme,
    creator: translate(catalog, 'app.name'),
    lastModifiedBy: translate(catalog, 'app.name'),
    description: translate(catalog, 'report.generated', { date: model.generatedOn }),
    styles: styles(model.language),
    sections: [
      {
        properties: {
          titlePage: true,
          page: { margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 709, footer: 709 } },
        },
        headers: { default: runningHeader(model), first: new Header({ children: [empty()] }) },
        footers: { default: pageNumberFooter(), first: new Footer({ children: [empty()] }) },
        children: [...titlePage(model, catalog), ...findings(model, catalog), ...withoutEvidence(model, catalog)],
      },
    ],
  });
}
