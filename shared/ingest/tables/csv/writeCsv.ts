/**
 * Writing a table as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads å, ä, ö right), CRLF
 * line ends, `;` with Swedish numbers (decimal comma) and ja/nej, or `,` with English numbers and
 * true/false; dates as ISO. Numbers typed as numbers are written as numbers (so -5 stays a number); text
 * that a spreadsheet would run as a formula is defused with a leading apostrophe (formulaText.ts).
 */
import type { CellValue } from '../../../domain/tableValues';
import { encodeUtf8 } from '../../../formats/encoding/utf8Encode';
import { defuseFormula } from './formulaText';

export interface WriteCsvOptions {
  delimiter: ';' | ',';
}

/** A number without exponent notation: `0.0000001` rather than `1e-7`. */
function plainNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  if (Math.abs(value) < 1) return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  return BigInt(Math.round(value)).toString();
}

function cellText(value: CellValue, delimiter: ';' | ','): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = plainNumber(value);
    return delimiter === ';' ? text.replace('.', ',') : text;
  }
  if (typeof value === 'boolean') return delimiter === ';' ? (value ? 'ja' : 'nej') : value ? 'true' : 'false';
  return defuseFormula(value);
}

function quoted(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV bytes (header row, then the rows). */
export function writeCsv(columns: readonly string[], rows: readonly (readonly CellValue[])[], options: WriteCsvOptions): Uint8Array {
  const { delimiter } = options;
  const lines: string[] = [columns.map((name) => quoted(cellText(name, delimiter), delimiter)).join(delimiter)];
  for (const row of rows) {
    const cells: string[] = [];
    for (let j = 0; j < columns.length; j++) cells.push(quoted(cellText(row[j] ?? null, delimiter), delimiter));
    lines.push(cells.join(delimiter));
  }
  return encodeUtf8(`${lines.join('\r\n')}\r\n`, true);
}
