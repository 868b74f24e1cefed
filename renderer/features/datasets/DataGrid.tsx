import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetRow } from '../../../shared/domain';
import type { TableColumn } from '../../../shared/domain/tableValues';
import { formatCell } from '../../../shared/domain/formatCell';
import { isNumericType, scrollToRow, virtualWindow, type SortState } from './gridModel';

export const ROW_HEIGHT = 34;

export interface GridSelection {
  rowId: string;
  /** A column of the dataset, or null when the whole row is selected. */
  column: number | null;
}

/** Which rows and cells carry codes: `row` for a whole-row coding, `columns` for coded cells. */
export type CodedMarks = ReadonlyMap<string, { row: boolean; columns: ReadonlySet<number> }>;

interface Props {
  caption: string;
  columns: readonly TableColumn[];
  /** The rows to show, already filtered and sorted. */
  rows: readonly DatasetRow[];
  projectName: (projectId: string | null) => string | null;
  /** What the project column says for a row without a project. */
  noProjectLabel: string;
  coded: CodedMarks;
  sort: SortState | null;
  onSort: (column: number | 'project') => void;
  selection: GridSelection | null;
  onSelect: (selection: GridSelection | null) => void;
}

/** Column widths in `ch` from the header and a sample of cells, so the fixed layout does not jump while scrolling. */
function columnWidths(columns: readonly TableColumn[], rows: readonly DatasetRow[], show: (row: DatasetRow, column: number) => string): number[] {
  const sample = rows.slice(0, 300);
  return columns.map((column, c) => {
    let longest = column.name.length + 3;
    for (const row of sample) longest = Math.max(longest, show(row, c).length);
    return Math.min(30, Math.max(isNumericType(column.type) ? 8 : 10, longest + 2));
  });
}

/**
 * A virtualised table: only the rows in view are in the DOM, between two spacers, with a fixed row height
 * and sticky headers. The table is one tab stop; arrow keys move the selected row and cell.
 */
export function DataGrid({ caption, columns, rows, projectName, noProjectLabel, coded, sort, onSort, selection, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [headerHeight, setHeaderHeight] = useState(ROW_HEIGHT);
  const yesNo = useMemo(() => ({ yes: t('ui.datasets.yes'), no: t('ui.datasets.no') }), [t]);
  const show = (row: DatasetRow, column: number) => formatCell(row.values[column] ?? null, columns[column]?.type ?? 'text', yesNo);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- widths follow the columns and the first rows only
  const widths = useMemo(() => columnWidths(columns, rows, show), [columns, rows.length > 0 ? rows[0] : null]);

  // Measured when the observer first reports the sizes, after the browser's own layout of the frame: a
  // measure here, in the commit, forced a layout of the new grid inside React's task (about 28 ms of a
  // 74 ms task when a stored table's screen first showed).
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      setViewport(element.clientHeight);
      if (head.current) setHeaderHeight(head.current.offsetHeight);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (head.current) observer.observe(head.current);
    return () => observer.disconnect();
  }, []);

  const win = virtualWindow(Math.max(0, scrollTop - headerHeight), viewport, ROW_HEIGHT, rows.length);
  const selectedIndex = selection ? rows.findIndex((row) => row.id === selection.rowId) : -1;

  // Keep the selected row in view when it moves (keyboard, a coded row chosen in the side list, a new sort).
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedIndex < 0) return;
    const top = scrollToRow(selectedIndex, element.scrollTop, element.clientHeight, ROW_HEIGHT, headerHeight);
    if (top !== element.scrollTop) element.scrollTop = top;
  }, [selectedIndex, headerHeight]);

  const move = (index: number, column: number | null) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    onSelect({ rowId: row.id, column });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (rows.length === 0) return;
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const column = selection?.column ?? null;
    const at = selectedIndex < 0 ? -1 : selectedIndex;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1, column),
      ArrowUp: () => move(Math.max(0, at - 1), column),
      PageDown: () => move(at + page, column),
      PageUp: () => move(Math.max(0, at - page), column),
      Home: () => move(0, column),
      End: () => move(rows.length - 1, column),
      ArrowRight: () => move(Math.max(0, at), column === null ? 0 : Math.min(columns.length - 1, column + 1)),
      ArrowLeft: () => move(Math.max(0, at), column === null || column === 0 ? null : column - 1),
      Enter: () => move(Math.max(0, at), column),
      Escape: () => (selection && selection.column !== null ? move(at, null) : onSelect(null)),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const ariaSort = (column: number | 'project') => (sort?.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const sortMark = (column: number | 'project') => (sort?.column === column ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : '');
  const cellId = (rowId: string, column: number | null) => `${id}-${rowId}-${column === null ? 'row' : column}`;
  const active = selection && selectedIndex >= 0 ? cellId(selection.rowId, selection.column) : undefined;
  const span = columns.length + 2;

  return (
    <div className="grid-scroll" ref={scroller} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <table
        className="data-grid"
        role="grid"
        aria-rowcount={rows.length + 1}
        aria-colcount={span}
        aria-multiselectable={false}
        tabIndex={0}
        aria-activedescendant={active}
        onKeyDown={onKeyDown}
        style={{ width: `${widths.reduce((sum, w) => sum + w, 0) + 22}ch` }}
      >
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col style={{ width: '7ch' }} />
          <col style={{ width: '15ch' }} />
          {widths.map((width, c) => (
            <col key={c} style={{ width: `${width}ch` }} />
          ))}
        </colgroup>
        <thead ref={head}>
          <tr aria-rowindex={1}>
            <th scope="col" className="numeric">
              {t('ui.datasets.line')}
            </th>
            <th scope="col" aria-sort={ariaSort('project')}>
              <button type="button" className="sort-button" onClick={() => onSort('project')}>
                {t('ui.datasets.projectColumn')}
                <span aria-hidden="true">{sortMark('project')}</span>
              </button>
            </th>
            {columns.map((column, c) => (
              <th scope="col" key={c} aria-sort={ariaSort(c)} className={isNumericType(column.type) ? 'numeric' : undefined} title={t(`ui.columnType.${column.type}`)}>
                <button type="button" className="sort-button" onClick={() => onSort(c)}>
                  {column.name}
                  <span aria-hidden="true">{sortMark(c)}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.before > 0 && (
            <tr aria-hidden="true" className="grid-spacer" style={{ height: win.before }}>
              <td colSpan={span} />
            </tr>
          )}
          {rows.slice(win.start, win.end).map((row, offset) => {
            const marks = coded.get(row.id);
            const selected = selection?.rowId === row.id;
            const project = projectName(row.projectId);
            return (
              <tr key={row.id} aria-rowindex={win.start + offset + 2} aria-selected={selected} className={selected ? 'grid-row selected' : 'grid-row'} style={{ height: ROW_HEIGHT }}>
                <td id={cellId(row.id, null)} className="numeric grid-line" onClick={() => onSelect({ rowId: row.id, column: null })}>
                  {marks && <span className={marks.row ? 'coded-mark' : 'coded-mark coded-mark-cells'} title={t('ui.datasets.codedMark')} />}
                  {marks && <span className="visually-hidden">{t('ui.datasets.codedMark')} </span>}
                  {row.line}
                </td>
                <td className={project ? 'grid-project' : 'grid-project muted'} onClick={() => onSelect({ rowId: row.id, column: null })} title={project ?? undefined}>
                  {project ?? noProjectLabel}
                </td>
                {columns.map((column, c) => {
                  const text = show(row, c);
                  const classes = [isNumericType(column.type) ? 'numeric' : '', marks?.columns.has(c) ? 'cell-coded' : '', selected && selection?.column === c ? 'cell-selected' : ''].filter(Boolean).join(' ');
                  return (
                    <td key={c} id={cellId(row.id, c)} className={classes || undefined} title={text.length > 24 ? text : undefined} onClick={() => onSelect({ rowId: row.id, column: c })}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {win.after > 0 && (
            <tr aria-hidden="true" className="grid-spacer" style={{ height: win.after }}>
              <td colSpan={span} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted grid-empty">{t('ui.datasets.noRowsShown')}</p>}
    </div>
  );
}
