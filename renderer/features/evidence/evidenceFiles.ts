import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import type { CellValue } from '../../../shared/domain/tableValues';
import { writeCsv } from '../../../shared/ingest/tables/csv/writeCsv';
import type { Sheet, SheetColumn } from '../../../shared/report/model/evidenceSheet';

/** The most characters Excel keeps in a cell; longer text would make the file unreadable to it. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * The sheet as CSV for Swedish Excel: `;`, UTF-8 with a BOM, CRLF, decimal commas, dates ISO, and
 * text that Excel would run as a formula defused with an apostrophe (formulaText.ts; the project's one
 * CSV writer, as the dataset and register exports use it).
 */
export function sheetCsv(sheet: Sheet): Uint8Array {
  return writeCsv(
    sheet.columns.map((column) => column.name),
    sheet.rows,
    { delimiter: ';' },
  );
}

/** Text as Excel keeps it: line breaks as `\n`, cut at its limit with an ellipsis. */
function excelText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n');
  return text.length <= EXCEL_CELL_LIMIT ? text : `${text.slice(0, EXCEL_CELL_LIMIT - 1)}…`;
}

function xlsxCell(value: CellValue, column: SheetColumn, fill: string | null): Cell {
  if (value === null) return null;
  const style = { alignVertical: 'top' as const, ...(column.wrap ? { wrap: true } : {}), ...(fill ? { backgroundColor: fill } : {}) };
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd', ...style };
  }
  if (typeof value === 'number' && Number.isFinite(value)) return { value, type: Number, ...style };
  // Everything else is text, written as a string cell: Excel shows `=SUM(A1)` as it is and never runs it.
  return { value: excelText(String(value)), type: String, ...style };
}

/**
 * The sheets as one .xlsx workbook (write-excel-file), a tab each: a bold, frozen header row, column
 * widths, text cells as strings (never formulas), dates as Excel dates shown `YYYY-MM-DD`, numbers as
 * numbers, and a sheet's fill colours (if it has them) behind its cells' text.
 */
export async function sheetsXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(
    sheets.map((sheet) => {
      const header: Row = sheet.columns.map((column) => ({ value: column.name, type: String, fontWeight: 'bold' as const }));
      const body: Row[] = sheet.rows.map((row, r) => sheet.columns.map((column, index) => xlsxCell(row[index] ?? null, column, sheet.fills?.[r]?.[index] ?? null)));
      return { data: [header, ...body], sheet: sheet.name.slice(0, 31), columns: sheet.columns.map((column) => ({ width: column.width })), stickyRowsCount: 1 };
    }),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** One sheet as an .xlsx workbook (`sheetsXlsx`). */
export function sheetXlsx(sheet: Sheet): Promise<Uint8Array> {
  return sheetsXlsx([sheet]);
}
