import { describe, expect, it } from 'vitest';
import { MATRIX_CELLS, matrixCellIndex } from '../../../shared/analysis/matrixCells';
import { cellCounts, countMatrixEvidence, type MatrixCounts } from '../../../shared/analysis/matrixCounts';
import type { Segment } from '../../../shared/domain/segment';
import { codeId, resultsMatrixCodes, segments } from '../../fixtures/report/evaluationFixture';

const codes = resultsMatrixCodes();

function segment(id: string, frameworkCodeIds: string[], extraCodeIds: string[] = []): Segment {
  return {
    id,
    evaluationId: 'e',
    documentId: 'd',
    projectId: 'p',
    position: { type: 'TextPositionSelector', start: 0, end: 1 },
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    codeIds: [...frameworkCodeIds.map(codeId), ...extraCodeIds],
    memo: '',
    strength: null,
    direction: null,
    coder: '',
    createdAt: '2012-01-01T00:00:00.000Z',
    updatedAt: '2012-01-01T00:00:00.000Z',
  };
}

function categoryCount(counts: MatrixCounts, frameworkCodeId: string): number | undefined {
  for (const cell of counts.cells) {
    const found = cell.categories.find((category) => category.code.frameworkCodeId === frameworkCodeId);
    if (found) return found.count;
  }
  return undefined;
}

describe('matrix cells', () => {
  it('lists the six cells national first, results before effects', () => {
    expect(MATRIX_CELLS.map((cell) => `${cell.level}.${cell.column}`)).toEqual([
      'nationell.results',
      'nationell.effects',
      'regional.results',
      'regional.effects',
      'lokal.results',
      'lokal.effects',
    ]);
    expect(matrixCellIndex({ level: 'lokal', column: 'effects' })).toBe(5);
  });
});

describe('countMatrixEvidence', () => {
  it('gives every cell with all its categories by order, at zero, when there is no evidence', () => {
    const counts = countMatrixEvidence(codes, []);
    expect(counts.total).toBe(0);
    expect(counts.cells.map((cell) => [cell.level, cell.column, cell.categories.length, cell.total])).toEqual([
      ['nationell', 'results', 2, 0],
      ['nationell', 'effects', 3, 0],
      ['regional', 'results', 5, 0],
      ['regional', 'effects', 4, 0],
      ['lokal', 'results', 5, 0],
      ['lokal', 'effects', 5, 0],
    ]);
    expect(cellCounts(counts, 'lokal', 'effects')?.categories.map((category) => category.code.labelSv)).toEqual([
      'Förbättring av internt arbetssätt',
      'Grund för program och policybeslut',
      'Nya samverkansparter',
      'Ökade kunskaper/lärande om tillväxtarbete',
      'Ökad tillväxt',
    ]);
    expect(counts.cells.every((cell) => cell.categories.every((category) => category.count === 0))).toBe(true);
  });

  it('gives empty cells when there are no codes', () => {
    const counts = countMatrixEvidence([], [segment('s1', ['lokal.results.natverk'])]);
    expect(counts.cells).toHaveLength(6);
    expect(counts.cells.every((cell) => cell.categories.length === 0 && cell.total === 0)).toBe(true);
    expect(counts.total).toBe(0);
  });

  it('orders categories by order whatever the order of the codes', () => {
    const counts = countMatrixEvidence([...codes].reverse(), []);
    const orders = cellCounts(counts, 'regional', 'results')?.categories.map((category) => category.code.order);
    expect(orders).toEqual([11, 12, 13, 14, 15]);
  });

  it('counts a segment with two codes of one cell once in the cell, once in each category', () => {
    const counts = countMatrixEvidence(codes, [
      segment('s1', ['lokal.effects.forbattring-arbetssatt', 'lokal.effects.okade-kunskaper']),
      segment('s2', ['lokal.effects.okade-kunskaper']),
    ]);
    const cell = cellCounts(counts, 'lokal', 'effects');
    expect(cell?.total).toBe(2);
    expect(categoryCount(counts, 'lokal.effects.forbattring-arbetssatt')).toBe(1);
    expect(categoryCount(counts, 'lokal.effects.okade-kunskaper')).toBe(2);
    expect(counts.total).toBe(2);
  });

  it('counts a segment coded to two cells in both cells but once overall', () => {
    const counts = countMatrixEvidence(codes, [
      segment('s1', ['lokal.effects.nya-samverkansparter', 'regional.effects.nya-samverkansparter', 'lokal.results.natverk']),
    ]);
    expect(cellCounts(counts, 'lokal', 'effects')?.total).toBe(1);
    expect(cellCounts(counts, 'regional', 'effects')?.total).toBe(1);
    expect(cellCounts(counts, 'lokal', 'results')?.total).toBe(1);
    expect(counts.total).toBe(1);
  });

  it('ignores unknown code ids, codes outside the matrix and a code listed twice', () => {
    const counts = countMatrixEvidence(codes, [
      segment('s1', ['lokal.results.natverk'], ['code:removed', 'code:removed']),
      segment('s2', [], ['code:removed']),
      segment('s3', ['lokal', 'lokal.results']),
      segment('s4', ['lokal.results.natverk', 'lokal.results.natverk']),
      segment('s5', []),
    ]);
    expect(categoryCount(counts, 'lokal.results.natverk')).toBe(2);
    expect(cellCounts(counts, 'lokal', 'results')?.total).toBe(2);
    expect(counts.total).toBe(2);
    const otherCells = counts.cells.filter((cell) => !(cell.level === 'lokal' && cell.column === 'results'));
    expect(otherCells.every((cell) => cell.total === 0)).toBe(true);
  });

  it('counts the fixture evaluation', () => {
    const counts = countMatrixEvidence(codes, segments());
    expect(cellCounts(counts, 'lokal', 'effects')?.total).toBe(7);
    expect(cellCounts(counts, 'lokal', 'results')?.total).toBe(4);
    expect(cellCounts(counts, 'regional', 'effects')?.total).toBe(2);
    expect(cellCounts(counts, 'nationell', 'results')?.total).toBe(0);
    expect(categoryCount(counts, 'lokal.effects.okade-kunskaper')).toBe(3);
    expect(categoryCount(counts, 'lokal.results.goda-exempel')).toBe(4);
    expect(counts.total).toBe(11);
  });

  it('counts 50,000 segments exactly', () => {
    const matrixCodes = codes.filter((code) => code.matrixCell !== null);
    const many: Segment[] = [];
    for (let i = 0; i < 50_000; i += 1) {
      const first = matrixCodes[i % matrixCodes.length]!;
      const second = matrixCodes[(i * 7 + 3) % matrixCodes.length]!;
      const base = segment(`s${i}`, []);
      many.push({ ...base, codeIds: i % 10 === 0 ? ['code:unknown'] : [first.id, second.id] });
    }
    const counts = countMatrixEvidence(codes, many);
    // Expected by brute force with sets, independently of the single-pass implementation.
    const expectedCell = new Map<string, number>();
    const expectedCategory = new Map<string, number>();
    let expectedTotal = 0;
    const byId = new Map(matrixCodes.map((code) => [code.id, code]));
    for (const s of many) {
      const ids = new Set(s.codeIds.filter((id) => byId.has(id)));
      const cells = new Set([...ids].map((id) => `${byId.get(id)!.matrixCell!.level}.${byId.get(id)!.matrixCell!.column}`));
      for (const id of ids) expectedCategory.set(id, (expectedCategory.get(id) ?? 0) + 1);
      for (const cell of cells) expectedCell.set(cell, (expectedCell.get(cell) ?? 0) + 1);
      if (ids.size > 0) expectedTotal += 1;
    }
    expect(counts.total).toBe(expectedTotal);
    expect(counts.total).toBe(45_000);
    for (const cell of counts.cells) {
      expect(cell.total).toBe(expectedCell.get(`${cell.level}.${cell.column}`) ?? 0);
      for (const category of cell.categories) expect(category.count).toBe(expectedCategory.get(category.code.id) ?? 0);
    }
  });
});
