import readXlsxFile from 'read-excel-file/universal';
import type { XlsxCell, XlsxReader } from '../shared/ingest/tables/xlsx/readXlsx';

/**
 * The .xlsx reader for Node (the CLI and tests): read-excel-file's universal entry, which unzips with
 * fflate and parses the XML; it runs nothing from the file. The renderer's adapter is the same code.
 */
export const readXlsxSheets: XlsxReader = async (data) => {
  const sheets = await readXlsxFile(data);
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as unknown as XlsxCell[][] }));
};
