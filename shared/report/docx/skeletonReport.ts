import { AlignmentType, Document, Footer, Header, HeadingLevel, PageNumber, Paragraph, TextRun } from 'docx';
import { catalogFor, translate } from '../../i18n';
import type { ReportCategory, ReportCell, ReportModel, ReportQuote } from '../model/reportModel';
import { MUTED, reportStyles, STYLE } from './reportStyles';

const QUOTE_STYLE = STYLE.quote;
const SUBTITLE_STYLE = STYLE.subtitle;

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
    styles: reportStyles(model.language),
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
