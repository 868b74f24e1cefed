import type { XmlAttributes } from '../../../formats/xml/parseXml';
import { onOff } from './namespaces';
import { styleChain, toInt } from './styles';
import type { WordPartContext } from './wordPartContext';

export interface TableState {
  index: number | null;
  styleId: string | null;
  lookFirstRow: boolean;
  row: number;
  column: number;
  rowHeader: boolean;
  rowDeleted: boolean;
  span: number;
}

/**
 * Tables (w:tbl) of a Word part: rows and cells with their grid positions (spans, merged cells hidden,
 * cells before the grid skipped), header rows (repeated, or the table style's first row) and deleted rows.
 */
export interface WordTables {
  /** The innermost open table. */
  current(): TableState | undefined;
  open(): void;
  /** w:tblPr content: the style and whether its first-row look applies. */
  property(name: string, attributes: XmlAttributes, table: TableState): void;
  /** w:trPr content: a header row, cells skipped before the grid, a tracked insertion or deletion. */
  rowProperty(name: string, attributes: XmlAttributes, table: TableState): void;
  /** w:tcPr content: the span and merged cells. */
  cellProperty(name: string, attributes: XmlAttributes, table: TableState): void;
  openRow(): void;
  /** Returns false for a cell of a deleted row (or outside a table), which is skipped. */
  openCell(): boolean;
  closeCell(): void;
  closeRow(): void;
  close(): void;
}

export function createWordTables(context: WordPartContext): WordTables {
  const { assembler, styles, counts } = context;
  const tables: TableState[] = [];

  function headerRow(table: TableState): boolean {
    if (table.rowHeader) return true;
    return table.row === 0 && table.lookFirstRow && styleChain(styles, table.styleId).some((style) => style.firstRowFormatting);
  }

  return {
    current: () => tables[tables.length - 1],

    open() {
      tables.push({ index: assembler.beginTable(), styleId: null, lookFirstRow: false, row: -1, column: 0, rowHeader: false, rowDeleted: false, span: 1 });
    },

    property(name, attributes, table) {
      if (name === 'w:tblStyle') table.styleId = attributes.get('w:val') ?? null;
      else if (name === 'w:tblLook') {
        const firstRow = attributes.get('w:firstRow');
        table.lookFirstRow = firstRow !== undefined ? onOff(firstRow) : (Number.parseInt(attributes.get('w:val') ?? '0', 16) & 0x20) !== 0;
      }
    },

    rowProperty(name, attributes, table) {
      if (name === 'w:tblHeader') table.rowHeader ||= onOff(attributes.get('w:val'));
      else if (name === 'w:cnfStyle') {
        const firstRow = attributes.get('w:firstRow');
        if (firstRow !== undefined ? onOff(firstRow) : (attributes.get('w:val') ?? '').startsWith('1')) table.rowHeader = true;
      } else if (name === 'w:gridBefore') table.column = Math.max(0, toInt(attributes.get('w:val')) ?? 0);
      else if (name === 'w:ins') counts.insertions++;
      else if (name === 'w:del') {
        counts.deletions++;
        table.rowDeleted = true;
      }
    },

    cellProperty(name, attributes, table) {
      if (name === 'w:gridSpan') table.span = Math.max(1, toInt(attributes.get('w:val')) ?? 1);
      else if (name === 'w:vMerge' || name === 'w:hMerge') {
        const value = attributes.get('w:val');
        if (value === undefined || value === 'continue') assembler.hideCell();
      }
    },

    openRow() {
      const table = tables[tables.length - 1];
      if (table) {
        table.row++;
        table.column = 0;
        table.rowHeader = false;
        table.rowDeleted = false;
        assembler.beginRow();
      }
    },

    openCell() {
      const table = tables[tables.length - 1];
      if (!table || table.rowDeleted) return false;
      table.span = 1;
      assembler.beginCell({ row: table.row, column: table.column, header: headerRow(table) });
      return true;
    },

    closeCell() {
      const table = tables[tables.length - 1];
      assembler.endCell();
      if (table) table.column += table.span;
    },

    closeRow() {
      const table = tables[tables.length - 1];
      assembler.endRow();
      if (table?.rowDeleted) table.row--;
    },

    close() {
      assembler.endTable();
      tables.pop();
    },
  };
}
