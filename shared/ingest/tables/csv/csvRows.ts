/**
 * The data rows of a CSV file as the tokenizer gives them, kept column by column (columnCells.ts, typed on
 * the way): each row's line and number of fields, and the cells as written of the first `keepRaw` rows
 * (a preview). The stream reader keeps one for the file; a part of the file read in another worker
 * (csvParts.ts) keeps its own, and `append` takes that part's rows after these.
 */
import { ColumnCells, type ColumnCellsState } from './columnCells';
import { indexOfCode, type TextOrBytes } from './textOrBytes';

/** A part's rows, to cross to the worker that reads the part before it. */
export interface CsvRowsState {
  rowCount: number;
  rawRows: string[][];
  widths: number[];
  rowLines: number[];
  columns: ColumnCellsState[];
}

/** Text looked at to estimate a table's rows, and the most rows a column's arrays are made for at once. */
const SAMPLE_LENGTH = 1 << 16;
const MAX_CAPACITY = 1 << 20;

/**
 * About how many rows `text` holds (decoded, or the bytes of UTF-8 text), from the line breaks in its
 * first 64K characters and its length (a little over, so arrays made that size need not grow); 0 when the
 * sample has no line break.
 */
export function estimateRows(text: TextOrBytes): number {
  const to = Math.min(text.length, SAMPLE_LENGTH);
  let breaks = 0;
  for (let at = indexOfCode(text, 10, 0); at !== -1 && at < to; at = indexOfCode(text, 10, at + 1)) breaks++;
  if (breaks === 0) for (let at = indexOfCode(text, 13, 0); at !== -1 && at < to; at = indexOfCode(text, 13, at + 1)) breaks++;
  if (breaks === 0) return 0;
  return Math.min(MAX_CAPACITY, Math.ceil(((text.length / to) * breaks * 21) / 20) + 16);
}

export class CsvRows {
  rowCount = 0;
  readonly rawRows: string[][] = [];
  /** Each row's number of fields. */
  readonly widths: number[] = [];
  /** Each row's 1-based file line. */
  readonly rowLines: number[] = [];
  columns: ColumnCells[] = [];

  /** `capacity`: the rows expected (estimateRows), so each column's arrays are made that size at once. */
  constructor(
    private readonly keepRaw: number,
    private readonly capacity?: number,
  ) {}

  add(fields: string[], line: number): void {
    const row = this.rowCount++;
    if (row < this.keepRaw) this.rawRows.push(fields);
    this.rowLines.push(line);
    this.widths.push(fields.length);
    const columns = this.columns;
    for (let j = 0; j < fields.length; j++) {
      let column = columns[j];
      if (column === undefined) {
        column = new ColumnCells(this.capacity);
        columns[j] = column;
      }
      column.add(row, fields[j] as string);
    }
  }

  /** The rows taken, to post to another worker; `transfer` lists the typed arrays' buffers. */
  state(): { state: CsvRowsState; transfer: ArrayBuffer[] } {
    const columns = this.columns.map((column) => column.state());
    const transfer: ArrayBuffer[] = [];
    for (const column of columns) {
      if (column.numbers) transfer.push(column.numbers.buffer as ArrayBuffer);
      if (column.formats) transfer.push(column.formats.buffer as ArrayBuffer);
    }
    return { state: { rowCount: this.rowCount, rawRows: this.rawRows, widths: this.widths, rowLines: this.rowLines, columns }, transfer };
  }

  /** Takes a later part's rows (read apart, `state` of its CsvRows) after these; its lines are `lines` more in the file. */
  append(part: CsvRowsState, lines = 0): void {
    const at = this.rowCount;
    // The cells as written continue only while every row so far has them.
    if (this.rawRows.length === at) for (const raw of part.rawRows) if (this.rawRows.length < this.keepRaw) this.rawRows.push(raw);
    for (const line of part.rowLines) this.rowLines.push(line + lines);
    for (const width of part.widths) this.widths.push(width);
    part.columns.forEach((cells, j) => {
      let column = this.columns[j];
      if (column === undefined) {
        column = new ColumnCells(this.capacity);
        this.columns[j] = column;
      }
      column.append(cells, at);
    });
    this.rowCount = at + part.rowCount;
  }
}
