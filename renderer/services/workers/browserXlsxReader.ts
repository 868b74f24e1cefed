import readXlsxFile from 'read-excel-file/universal';
import type { XlsxCell, XlsxReader } from '../../../shared/ingest/tables/xlsx/readXlsx';

/** Reads every sheet of an .xlsx workbook in the browser (here, in the table worker). Parses XML only. */
export const browserXlsxReader: XlsxReader = async (data) => {
  const sheets = await readXlsxFile(data);
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as XlsxCell[][] }));
};
