import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import { textColourOn } from '../charts/stackedBarChart';
import { inlineRuns } from './inlineRuns';
import { ACCENT, STYLE, TABLE_BORDER, TABLE_HEADER_FILL, TEXT_WIDTH } from './reportStyles';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;
type Align = 'left' | 'center' | 'right';

const CELL_SIZE = 19; // half-points: 9.5 pt, so a wide table stays readable
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const line = { style: BorderStyle.SINGLE, size: 4, color: TABLE_BORDER };
const BORDERS: ITableCellBorders = { top: line, bottom: line, left: line, right: line };
const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const HEX = /^[0-9a-f]{6}$/i;

/** The columns' widths in twips, from their shares of the text width (what the shares add up to counts as 100). */
export function columnWidths(percents: readonly number[]): number[] {
  const total = percents.reduce((sum, p) => sum + Math.max(0, p), 0);
  if (total <= 0) return percents.map(() => Math.floor(TEXT_WIDTH / Math.max(1, percents.length)));
  return percents.map((p) => Math.floor((TEXT_WIDTH * Math.max(0, p)) / total));
}

/** Black or white text on a cell's fill, whichever contrasts more; the label is always written in the cell. */
export function inkOn(fill: string): string {
  return textColourOn(`#${fill}`).replace('#', '').toUpperCase();
}

function cell(source: ReportTableCell, width: number, align: Align): TableCell {
  const fill = source.fill !== undefined && HEX.test(source.fill) ? source.fill.toUpperCase() : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: MARGINS,
    verticalAlign: VerticalAlignTable.TOP,
    shading: fill === undefined ? undefined : { type: ShadingType.CLEAR, color: 'auto', fill },
    children: [
      new Paragraph({
        alignment: ALIGN[source.align ?? align],
        spacing: { before: 0, after: 0 },
        children: inlineRuns(source.inlines, { bold: source.bold, color: fill === undefined ? undefined : inkOn(fill), size: CELL_SIZE }),
      }),
    ],
  });
}

/** A bold character's width in Calibri, in ems, taken on the wide side so the estimate errs towards fitting. */
const BOLD_EM = 0.52;
const SMALLEST_HEADER_SIZE = 14; // half-points: 7 pt

/**
 * A header's size in half-points: the cells' size, or smaller (down to 7 pt) so its longest word fits the
 * column and is not broken in the middle (a project's name over a narrow column of a factor table). A
 * table's headers all take the smallest of its columns' sizes, so the row reads as one.
 */
export function headerSize(text: string, width: number): number {
  const room = width - MARGINS.left - MARGINS.right;
  const longest = Math.max(0, ...text.split(/\s+/).map((word) => word.length));
  if (longest === 0) return CELL_SIZE;
  // A character of a font of s half-points is s / 2 points, 10 s twips, wide BOLD_EM of that.
  const fitting = Math.floor(room / (longest * BOLD_EM * 10));
  return Math.max(SMALLEST_HEADER_SIZE, Math.min(CELL_SIZE, fitting));
}

function headerCell(text: string, width: number, align: Align, size: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: MARGINS,
    verticalAlign: VerticalAlignTable.BOTTOM,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: TABLE_HEADER_FILL },
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 0, after: 0 },
        keepNext: true,
        children: [new TextRun({ text, bold: true, size, color: ACCENT })],
      }),
    ],
  });
}

/**
 * A native Word table: its caption above (Caption style, kept with the table), the header row repeated on
 * every page, no row split across pages, fixed column widths from the shares, each filled cell with its
 * text in black or white by contrast, and the note below.
 */
export function tableBlock(block: TableBlock): (Paragraph | Table)[] {
  const widths = columnWidths(block.columns.map((column) => column.widthPercent));
  const aligns = block.columns.map((column) => column.align ?? 'left');
  const size = Math.min(CELL_SIZE, ...block.columns.map((column, i) => headerSize(column.header, widths[i] as number)));
  const table = new Table({
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, i) => headerCell(column.header, widths[i] as number, aligns[i] as Align, size)),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: block.columns.map((_, i) =>
              cell(row[i] ?? { inlines: [] }, widths[i] as number, aligns[i] as Align),
            ),
          }),
      ),
    ],
  });
  const caption = new Paragraph({ style: STYLE.caption, keepNext: true, children: [new TextRun(block.caption)] });
  const note =
    block.note === undefined || block.note === ''
      ? []
      : [new Paragraph({ style: STYLE.note, indent: { left: 0, right: 0 }, spacing: { before: 80 }, children: [new TextRun(block.note)] })];
  // A paragraph after the table keeps the next table or heading from joining it.
  const after = note.length > 0 ? note : [new Paragraph({ spacing: { after: 120 }, children: [] })];
  // A table needs a column: without one there is only the caption and the note to write.
  return block.columns.length === 0 ? [caption, ...after] : [caption, table, ...after];
}
