/**
 * CSV injection: text a spreadsheet would read as a formula (or a DDE call) when a CSV file is opened.
 * A cell is formula-like when it starts with `=`, `+`, `-` or `@`, or their full-width forms `＝ ＋ － ＠`
 * (which some spreadsheets fold to ASCII), after any white space (a leading space or line feed does not
 * stop Excel or LibreOffice), or when it starts with a tab, a carriage return or a NUL (OWASP and ASVS
 * 1.2.10). The one rule every CSV export uses (writeCsv); .xlsx exports write text as string cells, which
 * are never formulas.
 */
const FORMULA_LIKE = /^(?:[\t\r\0]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** True when a spreadsheet would read the text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/** Formula-like text defused with a leading apostrophe (which spreadsheets show as text); other text as is. */
export function defuseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
