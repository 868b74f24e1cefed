import type { FlowAssembler } from '../flow/flowAssembler';
import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { OdtParagraphs } from './odtParagraphs';

interface TableState {
  row: number;
  nextRow: number;
  nextColumn: number;
  header: boolean;
}

/**
 * Tables (table:table) of an OpenDocument body: rows and cells at their grid positions (repeated rows and
 * columns counted, covered cells skipped) and the header rows (table:table-header-rows).
 */
export interface OdtTables {
  open(): void;
  close(): void;
  openHeaderRows(): void;
  closeHeaderRows(): void;
  /** Returns false outside a table: the row is skipped. */
  openRow(attributes: XmlAttributes): boolean;
  closeRow(): void;
  /** Returns false for a covered cell (merged into another) or outside a table: the cell is skipped. */
  openCell(name: string, attributes: XmlAttributes): boolean;
  closeCell(): void;
}

export function createOdtTables(assembler: FlowAssembler, paragraphs: OdtParagraphs): OdtTables {
  const tables: TableState[] = [];
  return {
    open() {
      assembler.beginTable();
      tables.push({ row: 0, nextRow: 0, nextColumn: 0, header: false });
    },

    close() {
      assembler.endTable();
      tables.pop();
    },

    openHeaderRows() {
      const table = tables[tables.length - 1];
      if (table) table.header = true;
    },

    closeHeaderRows() {
      const table = tables[tables.length - 1];
      if (table) table.header = false;
    },

    openRow(attributes) {
      const table = tables[tables.length - 1];
      if (!table) return false;
      const repeat = Number.parseInt(attributes.get('table:number-rows-repeated') ?? '1', 10);
      table.row = table.nextRow;
      table.nextRow += Number.isFinite(repeat) && repeat > 0 ? repeat : 1;
      table.nextColumn = 0;
      assembler.beginRow();
      return true;
    },

    closeRow() {
      assembler.endRow();
    },

    openCell(name, attributes) {
      const table = tables[tables.length - 1];
      if (!table) return false;
      const repeat = Number.parseInt(attributes.get('table:number-columns-repeated') ?? '1', 10);
      const column = table.nextColumn;
      table.nextColumn += Number.isFinite(repeat) && repeat > 0 ? repeat : 1;
      if (name === 'table:covered-table-cell') return false;
      paragraphs.enter();
      assembler.beginCell({ row: table.row, column, header: table.header });
      return true;
    },

    closeCell() {
      assembler.endCell();
      paragraphs.leave();
    },
  };
}
