import { isIsoDate } from '../../../base/isoDate';
import type { ImportedDocument } from '../importTypes';
import { statedDate } from './statedDate';

/** A date written in the file name, `kompetens-delrapport-2023-09-30.txt`; null when none. */
export function fileNameDate(fileName: string): string | null {
  const date = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?:\D|$)/.exec(fileName)?.[1];
  return date !== undefined && isIsoDate(date) ? date : null;
}

/** The text of a paged document's first page (where its date is stated, if anywhere), else the whole text. */
function firstPage(document: Pick<ImportedDocument, 'text' | 'blocks'>): string {
  const page = document.blocks[0]?.page ?? null;
  if (page === null) return document.text;
  let end = 0;
  for (const block of document.blocks) if (block.page === page) end = Math.max(end, block.end);
  return document.text.slice(0, end);
}

/**
 * The document's own date, as the import proposes it (the evaluator can change it): in this order
 * 1. a date its opening labels as its own ("Datum: 2023-09-30", "Publicerad 30 september 2023");
 * 2. an HTML page's publication date from its <meta> (written by its author, e.g. dcterms.date);
 * 3. a date in the file name, which whoever named the file put there;
 * 4. the first date on its title page (the first page of a paged document, else the opening) that is
 *    not one end of a period.
 * Otherwise none: the date is left empty. The created and modified times in DOCX, ODT and PDF metadata
 * are never used: they say when a program last saved or converted the file (often on the evaluator's
 * own machine), not what date the report carries.
 */
export function ownDate(document: Pick<ImportedDocument, 'format' | 'text' | 'blocks' | 'metadata'>, fileName: string): string | null {
  const stated = statedDate(firstPage(document));
  if (stated?.labelled) return stated.date;
  if (document.format === 'html' && document.metadata.date !== null && isIsoDate(document.metadata.date)) return document.metadata.date;
  return fileNameDate(fileName) ?? stated?.date ?? null;
}
