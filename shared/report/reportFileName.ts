import { fileNamePart } from '../base/fileNamePart';
import type { IsoDate } from '../domain/ids';

/** The report's suggested file name from the evaluation's title and the report's date: `Titel 2026-12-07.docx`. */
export function reportFileName(title: string, date: IsoDate): string {
  return `${fileNamePart(title) || 'Sparbar-rapport'} ${date}.docx`;
}
