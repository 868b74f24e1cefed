import type { DocumentType } from '../../domain/document';
import type { ReportLanguage } from '../../domain/evaluation';
import type { IsoDate } from '../../domain/ids';
import { catalogFor, translate } from '../../i18n';
import { pageAtOffset, type PagedSpan } from '../../domain/pageAtOffset';

/** What a quote is cited with: the project, the kind and date of its document, and its page. */
export interface CitationFields {
  projectName: string;
  documentType: DocumentType;
  documentDate: IsoDate | null;
  /** The page label of the quote's block, or null where the document has no pages. */
  page: string | null;
}

/**
 * The page a quote is cited with, wherever it is cited (the report, quote lists, the reader's segment
 * panel): the page where its text begins, by the one page rule (`pageAtOffset`). Null where the document
 * has no pages there.
 */
export function quotePage(blocks: readonly PagedSpan[], position: { start: number }): string | null {
  return pageAtOffset(blocks, position.start);
}

/**
 * Formats a citation in the report language, e.g. `Projekt Upphandling, Delrapport, 2011-05-30, s. 4`.
 * Dates stay ISO in both languages, so they read the same in a Swedish and an English report.
 */
export function formatCitation(fields: CitationFields, language: ReportLanguage): string {
  const catalog = catalogFor(language);
  const values = {
    project: fields.projectName.trim(),
    documentType: translate(catalog, `documentType.${fields.documentType}`),
    date: fields.documentDate ?? '',
  };
  const citation =
    fields.documentDate === null || fields.documentDate.trim() === ''
      ? translate(catalog, 'report.citationNoDate', values)
      : translate(catalog, 'report.citation', values);
  const page = fields.page?.trim() ?? '';
  if (page === '') return citation;
  return translate(catalog, 'report.citationWithPage', {
    citation,
    page: translate(catalog, 'report.citationPage', { page }),
  });
}

/** What a quote in the report is cited with: beyond `CitationFields`, the document's title and the quote's evidence number. */
export interface ReportCitationFields extends CitationFields {
  documentTitle: string;
  /** The quote's number in the evidence list (numbered from 1). */
  evidenceNumber: number;
}

/**
 * A report footnote's citation in the report language: the project (for a programme document about no
 * project, "Programmet"), the document's title, type and date, the page and the evidence number, e.g.
 * `Smart upphandling på Höglandet, ”Slutrapport 2024” (Slutrapport, 2024-08-31), s. 4. Belägg 12.`
 */
export function formatReportCitation(fields: ReportCitationFields, language: ReportLanguage): string {
  const catalog = catalogFor(language);
  return translate(catalog, 'reportBody.citationFull', {
    source: formatReportSource(fields, language),
    evidence: translate(catalog, 'reportBody.citationEvidence', { number: fields.evidenceNumber }),
  });
}

/** Where a quote is from, without its number (the evidence list's source column): project, document title, type, date and page. */
export function formatReportSource(fields: CitationFields & { documentTitle: string }, language: ReportLanguage): string {
  const catalog = catalogFor(language);
  const word = (key: string, values: Record<string, string | number> = {}) => translate(catalog, `reportBody.${key}`, values);
  const date = fields.documentDate === null || fields.documentDate.trim() === '' ? word('undated') : fields.documentDate;
  const source = word('citationSource', {
    project: fields.projectName.trim(),
    title: fields.documentTitle.trim(),
    type: translate(catalog, `documentType.${fields.documentType}`),
    date,
  });
  const page = fields.page?.trim() ?? '';
  return page === '' ? source : word('citationWithPage', { source, page: word('citationPage', { page }) });
}
