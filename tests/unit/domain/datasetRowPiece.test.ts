import { describe, expect, it } from 'vitest';
import { cellsFromRows, idCount, isScaledNumbers, loadColumn, pieceOfRow, rowIndexList, storedCell, tableCellsToPieces, type DatasetRowPiece, pieceRows, piecesToRows, relinkPiece, rowInPiece, rowsToPieces, tableRowsToPieces, ROWS_PER_PIECE, type CellValue, type DatasetRow } from '../../../shared/domain';

function row(datasetId: string, index: number, values: CellValue[], projectId: string | null = null): DatasetRow {
  return { id: `${datasetId}-r${index}`, datasetId, evaluationId: 'eval-1', index, line: index + 2, values, key: typeof values[0] === 'string' ? values[0] : null, projectId };
}

const table = (datasetId: string, count: number, projectOf: (i: number) => string | null = () => null) =>
  Array.from({ length: count }, (_, i) => row(datasetId, i, [`K-${i % 7}`, i * 1.5, i % 3 === 0, i % 5 === 0 ? null : `text ${i}`], projectOf(i)));

describe('a dataset’s rows as pieces', () => {
  it('puts row i in piece floor(i / 1,000), column by column, and gives the rows back as they were', () => {
    expect(ROWS_PER_PIECE).toBe(1_000);
    expect([0, 999, 1_000, 2_499].map(pieceOfRow)).toEqual([0, 0, 1, 2]);
    const rows = table('ds-a', 2_500, (i) => (i % 2 === 0 ? 'proj-even' : null));
    const pieces = rowsToPieces(rows);
    expect(pieces.map((p) => [p.datasetId, p.evaluationId, p.index, idCount(p.ids)])).toEqual([
      ['ds-a', 'eval-1', 0, 1_000],
      ['ds-a', 'eval-1', 1, 1_000],
      ['ds-a', 'eval-1', 2, 500],
    ]);
    const [first] = pieces;
    expect(first?.columns).toHaveLength(4);
    // A column of numbers is kept as scaled integers (schema v15): i * 1.5 with one decimal, up to 1,498.5.
    expect(first?.columns[1]).toMatchObject({ scale: 1, values: expect.any(Int16Array) });
    expect(Array.from(loadColumn(first!.columns[1]!)).slice(0, 3)).toEqual([0, 1.5, 3]);
    // Consecutive row indexes are a run, the lines an Int32Array.
    expect(first?.rowIndexes).toEqual({ first: 0, count: 1_000 });
    expect(first?.lines).toBeInstanceOf(Int32Array);
    expect(first?.projectIds).toEqual(['proj-even']);
    expect(first).not.toHaveProperty('widths');
    expect(piecesToRows(pieces)).toEqual(rows);
  });

  it('groups rows of several datasets given in any order, each piece’s rows in index order', () => {
    const a = table('ds-a', 1_200);
    const b = table('ds-b', 3, () => 'proj-b');
    const shuffled = [...a.slice(600), ...b, ...a.slice(0, 600)].reverse();
    const pieces = rowsToPieces(shuffled);
    expect(pieces.map((p) => `${p.datasetId}/${p.index}/${idCount(p.ids)}`).sort()).toEqual(['ds-a/0/1000', 'ds-a/1/200', 'ds-b/0/3']);
    for (const piece of pieces) expect(rowIndexList(piece.rowIndexes)).toEqual([...rowIndexList(piece.rowIndexes)].sort((x, y) => x - y));
    const back = piecesToRows(pieces);
    expect(back.filter((r) => r.datasetId === 'ds-a')).toEqual(a);
    expect(back.filter((r) => r.datasetId === 'ds-b')).toEqual(b);
  });

  it('sorts a piece whose rows alternate with another dataset’s (a file lists rows by id, datasets mixed)', () => {
    const [a0, a1] = table('ds-a', 2);
    const [b0, b1] = table('ds-b', 2);
    const pieces = rowsToPieces([a1, b0, a0, b1] as DatasetRow[]);
    expect(pieces.map((p) => [p.datasetId, p.rowIndexes])).toEqual([
      ['ds-a', { first: 0, count: 2 }],
      ['ds-b', { first: 0, count: 2 }],
    ]);
  });

  it('keeps ragged rows as wide as they were, and rows with gaps between their indexes where they were', () => {
    const rows = [row('ds-r', 0, ['a', 1, 2]), row('ds-r', 3, ['b']), row('ds-r', 998, []), row('ds-r', 1_001, ['c', null, 'x', 'y'])];
    const pieces = rowsToPieces(rows);
    expect(pieces.map((p) => p.index)).toEqual([0, 1]);
    expect(pieces[0]?.widths).toEqual([3, 1, 0]);
    // Number columns: Int8's least value stands for the empty cells (and the cells past a short row's width).
    expect(pieces[0]?.columns).toEqual([['a', 'b', null], { scale: 0, values: Int8Array.of(1, -128, -128) }, { scale: 0, values: Int8Array.of(2, -128, -128) }]);
    expect(pieces[0]?.columns.map((c) => storedCell(c, 1))).toEqual(['b', null, null]);
    // Indexes with gaps stay a list.
    expect(pieces[0]?.rowIndexes).toEqual([0, 3, 998]);
    expect(pieces[1]).not.toHaveProperty('widths');
    expect(piecesToRows(pieces)).toEqual(rows);
  });

  it('gives no piece for no rows, and finds one row of a piece by its id', () => {
    expect(rowsToPieces([])).toEqual([]);
    const rows = table('ds-a', 10);
    const [piece] = rowsToPieces(rows);
    if (!piece) throw new Error('no piece');
    expect(rowInPiece(piece, 'ds-a-r7')).toEqual(rows[7]);
    expect(rowInPiece(piece, 'nope')).toBeUndefined();
    expect(pieceRows(piece)).toEqual(rows);
  });

  it('relinks rows to projects by their key, keeping projectIds the distinct projects, or says nothing changed', () => {
    const rows = table('ds-a', 14, (i) => (i === 3 ? 'proj-x' : null));
    const [piece] = rowsToPieces(rows);
    if (!piece) throw new Error('no piece');
    expect(piece.projectIds).toEqual(['proj-x']);
    const relinked = relinkPiece(piece, (key, current) => (current === null && key === 'K-1' ? 'proj-1' : current));
    expect(relinked?.rowIds).toEqual(['ds-a-r1', 'ds-a-r8']);
    expect(relinked?.piece.projectIds).toEqual(['proj-1', 'proj-x']);
    expect(pieceRows(relinked!.piece).filter((r) => r.projectId === 'proj-1').map((r) => r.index)).toEqual([1, 8]);
    // The piece given is not changed.
    expect(piece.rowProjects[1]).toBeNull();
    const unlinked = relinkPiece(relinked!.piece, (_key, current) => (current === 'proj-x' ? null : current));
    expect(unlinked?.piece.projectIds).toEqual(['proj-1']);
    expect(relinkPiece(piece, (_key, current) => current)).toBeNull();
  });

  it('makes a new table’s pieces straight from its rows, as the rows it would have made', () => {
    const table = Array.from({ length: 2_345 }, (_, i) => ({ values: i === 1_500 ? ['kort'] : [`K-${i % 3}`, i / 4, i % 2 === 0], line: i + 3 }));
    let n = 0;
    const pieces = tableRowsToPieces({ datasetId: 'ds-t', evaluationId: 'eval-1' }, table, {
      id: () => `row-${n++}`,
      key: (values) => (typeof values[0] === 'string' ? values[0] : null),
      project: (key) => (key === 'K-1' ? 'proj-1' : null),
    });
    const rows: DatasetRow[] = table.map(({ values, line }, index) => ({ id: `row-${index}`, datasetId: 'ds-t', evaluationId: 'eval-1', index, line, values, key: values[0] as string, projectId: values[0] === 'K-1' ? 'proj-1' : null }));
    expect(pieces).toEqual(rowsToPieces(rows));
    expect(pieces.map((p) => [p.index, idCount(p.ids), p.widths === undefined])).toEqual([
      [0, 1_000, true],
      [1, 1_000, false],
      [2, 345, true],
    ]);
    expect(piecesToRows(pieces)).toEqual(rows);
    // Packed arrays only (a hole would be cloned slowly into IndexedDB).
    for (const piece of pieces) for (const column of piece.columns) expect(Object.keys(Array.isArray(column) ? column : loadColumn(column))).toHaveLength(idCount(piece.ids));
  });

  it('gives the rows of a table stored from its cells or its rows back exactly, in the v15 shape and in v14’s', () => {
    // Whole numbers, two decimals, a -0 (keeps its column a Float64Array), sevenths (no scale fits), text.
    const source: CellValue[][] = Array.from({ length: 2_100 }, (_, i) => [
      `K-${i % 5}`,
      i % 9 === 0 ? null : i - 1_000,
      i % 4 === 0 ? null : Math.round(i * 123.45) / 100,
      i === 1_500 ? -0 : i % 3,
      i % 6 === 0 ? null : i / 7,
    ]);
    const project = (key: string | null) => (key === 'K-1' ? 'proj-1' : null);
    const fromCells = tableCellsToPieces({ datasetId: 'ds-c', evaluationId: 'eval-1' }, { cells: cellsFromRows(source), lines: source.map((_, i) => i + 2) }, { idPrefix: 'w.', key: (r) => source[r]![0] as string, project });
    let n = 0;
    const fromRows = tableRowsToPieces({ datasetId: 'ds-c', evaluationId: 'eval-1' }, source.map((values, i) => ({ values, line: i + 2 })), { id: () => `w.${(n++).toString(36)}`, key: (values) => values[0] as string, project });
    const kind = (c: DatasetRowPiece['columns'][number]) => (isScaledNumbers(c) ? `${c.values.constructor.name}/${c.scale}` : c instanceof Float64Array ? 'float64' : 'values');
    expect(fromCells.map((p) => p.columns.map(kind))).toEqual([
      ['values', 'Int16Array/0', 'Int32Array/2', 'Int8Array/0', 'float64'],
      ['values', 'Int16Array/0', 'Int32Array/2', 'float64', 'float64'],
      ['values', 'Int16Array/0', 'Int32Array/2', 'Int8Array/0', 'float64'],
    ]);
    expect(fromRows.map((p) => p.columns.map(kind))).toEqual(fromCells.map((p) => p.columns.map(kind)));
    // The same pieces as v14 kept them: number columns as Float64Arrays, indexes and lines as lists.
    const asV14 = (piece: DatasetRowPiece): DatasetRowPiece => ({ ...piece, columns: piece.columns.map(loadColumn), rowIndexes: rowIndexList(piece.rowIndexes), lines: Array.from(piece.lines) });
    for (const pieces of [fromCells, fromRows, fromCells.map(asV14), fromRows.map(asV14)]) {
      const rows = piecesToRows(pieces);
      expect(rows.map((r) => [r.index, r.line])).toEqual(source.map((_, i) => [i, i + 2]));
      expect(rows.filter((r) => r.projectId === 'proj-1')).toHaveLength(420);
      rows.forEach((row, r) => source[r]!.forEach((value, c) => {
        if (!Object.is(row.values[c], value)) throw new Error(`row ${r} cell ${c}: ${String(row.values[c])} for ${String(value)}`);
      }));
    }
    expect(piecesToRows(fromRows)).toEqual(piecesToRows(fromCells));
  });
});
