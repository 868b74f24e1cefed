import type { Dataset, DatasetRow } from '../../../shared/domain';
import type { CellValue } from '../../../shared/domain/tableValues';
import { writeCsv } from '../../../shared/ingest/tables/csv/writeCsv';
import { withoutBidiControls } from '../../../shared/base/bidiControls';

export type CsvFlavour = 'semicolon' | 'comma';

/**
 * A dataset as CSV: its columns in file order, then the project each row is linked to (empty when not
 * matched). Semicolon for Swedish Excel (decimal commas), comma for other programs.
 */
export function datasetCsv(dataset: Dataset, rows: readonly DatasetRow[], projectName: (projectId: string | null) => string | null, projectHeader: string, flavour: CsvFlavour): Uint8Array {
  const columns = [...dataset.columns.map((column) => column.name), projectHeader];
  const body: CellValue[][] = [...rows].sort((a, b) => a.index - b.index).map((row) => [...dataset.columns.map((_, i) => row.values[i] ?? null), projectName(row.projectId)]);
  return writeCsv(columns, body, { delimiter: flavour === 'semicolon' ? ';' : ',' });
}

/** The suggested file name: the dataset's name, made safe for a file system (no bidirectional controls either), with `.csv`. */
export function csvFileName(name: string, flavour: CsvFlavour): string {
  const printable = Array.from(withoutBidiControls(name), (char) => (char.charCodeAt(0) < 32 ? '_' : char)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'dataset';
  return `${safe}${flavour === 'comma' ? ' (komma)' : ''}.csv`;
}
