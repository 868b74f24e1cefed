import { describe, expect, it } from 'vitest';
import { compareForSort, filterRows, keptPerRow, nextSort, projectTextsBy, rowPasses, rowSearchText, scrollToRow, sortRows, virtualWindow, type GridRow } from '../../../../renderer/features/datasets/gridModel';
import { formatCell } from '../../../../shared/domain/formatCell';
import type { CellValue } from '../../../../shared/domain/tableValues';

function row(index: number, values: CellValue[], projectId: string | null = null): GridRow {
  return { id: `r${index}`, index, values, projectId };
}

const names = new Map([
  ['p1', 'Älvdalen växer'],
  ['p2', 'Arjeplog framåt'],
]);
const projectName = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
const yesNo = { yes: 'Ja', no: 'Nej' };

describe('sorting', () => {
  const rows = [row(0, [10, 'Öster']), row(1, [null, 'ärla']), row(2, [2, 'Åsa']), row(3, [100, null]), row(4, [-3.5, 'apa']), row(5, [2, 'Zeta'])];

  it('sorts numbers numerically, not as text', () => {
    expect(sortRows(rows, { column: 0, direction: 'asc' }, projectName).map((r) => r.values[0])).toEqual([-3.5, 2, 2, 10, 100, null]);
  });

  it('puts empty cells last in both directions', () => {
    expect(sortRows(rows, { column: 0, direction: 'desc' }, projectName).map((r) => r.values[0])).toEqual([100, 10, 2, 2, -3.5, null]);
    expect(sortRows(rows, { column: 1, direction: 'desc' }, projectName).at(-1)?.values[1]).toBeNull();
  });

  it('sorts text with Swedish collation: å ä ö after z', () => {
    expect(sortRows(rows, { column: 1, direction: 'asc' }, projectName).map((r) => r.values[1])).toEqual(['apa', 'Zeta', 'Åsa', 'ärla', 'Öster', null]);
  });

  it('keeps file order for equal cells (stable) and without a sort', () => {
    expect(sortRows(rows, { column: 0, direction: 'asc' }, projectName).filter((r) => r.values[0] === 2).map((r) => r.index)).toEqual([2, 5]);
    expect(sortRows([...rows].reverse(), null, projectName).map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('sorts by project name, unmatched rows last', () => {
    const linked = [row(0, [], null), row(1, [], 'p1'), row(2, [], 'p2')];
    expect(sortRows(linked, { column: 'project', direction: 'asc' }, projectName).map((r) => r.projectId)).toEqual(['p2', 'p1', null]);
  });

  it('toggles ascending and descending on the same column and starts ascending on another', () => {
    expect(nextSort(null, 2)).toEqual({ column: 2, direction: 'asc' });
    expect(nextSort({ column: 2, direction: 'asc' }, 2)).toEqual({ column: 2, direction: 'desc' });
    expect(nextSort({ column: 2, direction: 'desc' }, 2)).toEqual({ column: 2, direction: 'asc' });
    expect(nextSort({ column: 2, direction: 'desc' }, 'project')).toEqual({ column: 'project', direction: 'asc' });
  });

  it('orders booleans false before true', () => {
    expect(compareForSort(true, false, 'asc')).toBeGreaterThan(0);
    expect(compareForSort('', 'a', 'asc')).toBeGreaterThan(0);
  });
});

describe('filtering', () => {
  const rows = [row(0, ['MB-01', 1250.5, 'Bredband'], 'p1'), row(1, ['MB-02', 12, 'Turism'], 'p2'), row(2, ['XX-99', null, 'bredbandsutbyggnad'], null)];
  const show = (value: CellValue, column: number) => formatCell(value, column === 1 ? 'decimal' : 'text', yesNo);

  it('matches any cell, case-insensitive', () => {
    expect(filterRows(rows, 'BREDBAND', { kind: 'all' }, show, projectName).map((r) => r.index)).toEqual([0, 2]);
  });

  it('matches numbers as shown, with a plain space for the thousands space', () => {
    expect(filterRows(rows, '1 250,5', { kind: 'all' }, show, projectName).map((r) => r.index)).toEqual([0]);
  });

  it('matches the project name', () => {
    expect(filterRows(rows, 'älvdalen', { kind: 'all' }, show, projectName).map((r) => r.index)).toEqual([0]);
  });

  it('never matches a text across two cells, and makes each row’s search text once', () => {
    let shown = 0;
    const texts = keptPerRow((r: GridRow) =>
      rowSearchText(r, (value, column) => {
        shown++;
        return show(value, column);
      }),
    );
    const projectText = projectTextsBy(projectName);
    const two = row(9, ['Eksjö', '12']);
    expect(rowPasses(two, 'eksjö 12', { kind: 'all' }, texts, projectText)).toBe(false);
    expect(rowPasses(two, 'eksjö', { kind: 'all' }, texts, projectText)).toBe(true);
    expect(rowPasses(two, '12', { kind: 'all' }, texts, projectText)).toBe(true);
    expect(shown).toBe(2);
  });

  it('filters by project and by rows without a project', () => {
    expect(filterRows(rows, '', { kind: 'project', projectId: 'p2' }, show, projectName).map((r) => r.index)).toEqual([1]);
    expect(filterRows(rows, '', { kind: 'none' }, show, projectName).map((r) => r.index)).toEqual([2]);
    expect(filterRows(rows, 'turism', { kind: 'none' }, show, projectName)).toEqual([]);
  });
});

describe('virtual window', () => {
  it('renders the rows in view with overscan and spacers that add up to the full height', () => {
    const win = virtualWindow(3400, 680, 34, 100_000, 8);
    expect(win.start).toBe(92);
    expect(win.end).toBe(100 + 21 + 8);
    expect(win.before).toBe(92 * 34);
    expect(win.before + (win.end - win.start) * 34 + win.after).toBe(100_000 * 34);
  });

  it('clamps at the top and the bottom', () => {
    expect(virtualWindow(0, 680, 34, 100_000, 8).start).toBe(0);
    const bottom = virtualWindow(100_000 * 34, 680, 34, 100_000, 8);
    expect(bottom.end).toBe(100_000);
    expect(bottom.after).toBe(0);
    expect(bottom.start).toBeLessThanOrEqual(bottom.end);
  });

  it('renders nothing for no rows and everything for a few', () => {
    expect(virtualWindow(0, 600, 34, 0)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(virtualWindow(0, 600, 34, 5)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
  });

  it('scrolls just enough to bring a row into view', () => {
    expect(scrollToRow(10, 0, 340, 34, 34)).toBe(11 * 34 - 306);
    expect(scrollToRow(2, 0, 340, 34, 34)).toBe(0);
    expect(scrollToRow(2, 500, 340, 34, 34)).toBe(68);
  });
});

describe('formatCell', () => {
  it('shows Swedish numbers, percent with a space, Ja/Nej and empty cells', () => {
    expect(formatCell(1250.5, 'decimal', yesNo)).toBe('1\u00a0250,5');
    expect(formatCell(12, 'percent', yesNo)).toBe('12\u00a0%');
    expect(formatCell(2025, 'integer', yesNo)).toBe('2025');
    expect(formatCell(12500, 'integer', yesNo)).toBe('12\u00a0500');
    expect(formatCell(2025, 'decimal', yesNo)).toBe('2\u00a0025');
    expect(formatCell(true, 'boolean', yesNo)).toBe('Ja');
    expect(formatCell(null, 'integer', yesNo)).toBe('');
    expect(formatCell('2025-03-01T10:15', 'datetime', yesNo)).toBe('2025-03-01 10:15');
  });
});
