import type { DocumentType } from '../../domain/document';
import type { Id, IsoDate } from '../../domain/ids';

/** A coded passage as the report cites it: its text, its project and its document, and where it begins. */
export interface ReportQuote {
  segmentId: Id;
  /** The quote with runs of whitespace collapsed to one space, trimmed (anonymised when the report is). */
  text: string;
  /** The passage's project; null for a passage about the programme as a whole. */
  projectId: Id | null;
  /** The project's name, or for the programme the report's word for it. */
  projectName: string;
  documentId: Id;
  documentType: DocumentType;
  documentDate: IsoDate | null;
  documentTitle: string;
  /** The page the quote is cited with (`quotePage`: where its text begins), or null. */
  page: string | null;
  /** Start offset of the quote in its document's text. */
  position: number;
}

/** Collapses runs of whitespace (line breaks, tabs, non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated documents first, oldest first; undated documents last. */
function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}

// Project names are Swedish proper names: sort them the Swedish way (å, ä, ö after z) in both
// languages, so the English report lists quotes in the same order as the Swedish one.
export const nameCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** The report's stable order of quotes: project name, document date (undated last), document title, position. */
export function compareQuotes(a: ReportQuote, b: ReportQuote): number {
  return (
    nameCollator.compare(a.projectName, b.projectName) ||
    compareStrings(a.projectId ?? '', b.projectId ?? '') ||
    compareDates(a.documentDate, b.documentDate) ||
    nameCollator.compare(a.documentTitle, b.documentTitle) ||
    compareStrings(a.documentId, b.documentId) ||
    a.position - b.position ||
    compareStrings(a.segmentId, b.segmentId)
  );
}
