import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { guessColumnTargets, planRegisterImport } from '../../../shared/ingest/tables/register/registerImport';
import type { ReadTable } from '../../../shared/ingest/tables/tableTypes';
import type { CellValue } from '../../../shared/domain/tableValues';
import type { AuditEntry, DataCoding } from '../../../shared/domain';
import { codeIdOf, evaluationInput, importText, NOW, openHarness, projectInput, REPORT_TEXT, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

function table(headers: string[], rows: CellValue[][]): ReadTable {
  return {
    format: 'csv', encoding: 'utf-8', delimiter: ';', sheets: null, sheet: null, skipLines: 0, hasHeader: true,
    columns: headers.map((name) => ({ name, originalName: name, type: 'text' })),
    rawRows: rows.map((row) => row.map((v) => (v === null ? '' : String(v)))),
    rows,
    rowLines: rows.map((_, i) => i + 2),
    problems: [],
  };
}

describe('register import', () => {
  it('applies a plan in one transaction and undoes it', async () => {
    harness = openHarness('register-apply');
    const { db, repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const existing = await repos.projects.add(evaluation.id, { ...projectInput('Handel'), code: 'MB-2' });
    const before = await snapshot(db);
    const headers = ['Projektkod', 'Projektnamn', 'Projektledare'];
    const plan = planRegisterImport(
      table(headers, [
        ['MB-2', 'Handel i Vetlanda', 'Per-Olof Sandberg'],
        ['MB-3', 'Kompetenslyft', 'Amira Saleh'],
      ]),
      guessColumnTargets(headers),
      'code',
      await repos.projects.list(evaluation.id),
    );
    const result = await repos.projects.applyRegisterImport(evaluation.id, plan);
    expect(result).toMatchObject({ created: 1, updated: 1 });
    expect((await repos.projects.list(evaluation.id)).map((p) => [p.name, p.manager])).toEqual([
      ['Handel i Vetlanda', 'Per-Olof Sandberg'],
      ['Kompetenslyft', 'Amira Saleh'],
    ]);
    expect(await repos.projects.lastRegisterImport(evaluation.id)).toMatchObject({ id: result.undoId, created: 1, updated: 1 });

    await repos.projects.undoRegisterImport(result.undoId);
    expect(await repos.projects.get(existing.id)).toEqual(existing);
    // Everything is as before but the log, which has the import and its undoing, each naming the projects.
    const after = await snapshot(db);
    expect((after['auditLog'] as AuditEntry[]).map((entry) => [entry.action, entry.summary])).toEqual([
      ['importRegister', 'Kompetenslyft, Handel'],
      ['undoRegisterImport', 'Kompetenslyft, Handel'],
    ]);
    expect({ ...after, auditLog: [] }).toEqual(before);
    expect(await repos.projects.lastRegisterImport(evaluation.id)).toBeNull();
  });

  it('refuses to undo when a project it created already has documents', async () => {
    harness = openHarness('register-undo-in-use');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const plan = planRegisterImport(table(['Kod', 'Namn'], [['X1', 'Nytt projekt']]), ['code', 'name'], 'code', []);
    const { undoId } = await repos.projects.applyRegisterImport(evaluation.id, plan);
    const created = (await repos.projects.list(evaluation.id))[0];
    await importText(repos, evaluation.id, created!.id, REPORT_TEXT);
    await expect(repos.projects.undoRegisterImport(undoId)).rejects.toThrow(/in use/);
    expect(await repos.projects.list(evaluation.id)).toHaveLength(1);
  });
});

describe('datasets', () => {
  async function setup() {
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const upphandling = await repos.projects.add(evaluation.id, { ...projectInput('Smart upphandling'), code: 'MB-1' });
    const handel = await repos.projects.add(evaluation.id, { ...projectInput('Handel i Vetlanda'), code: 'MB-2' });
    const columns = [
      { name: 'Projekt', originalName: 'Projekt', type: 'text' as const },
      { name: 'År', originalName: 'År', type: 'integer' as const },
      { name: 'Utfall', originalName: 'Utfall', type: 'decimal' as const },
    ];
    const dataset = await repos.datasets.create(evaluation.id, {
      name: 'Indikatorer',
      fileName: 'indikatorer.csv',
      format: 'csv',
      sha256: 'a'.repeat(64),
      columns,
      keyColumn: 0,
      rows: [
        { values: ['MB-1', 2023, 12.5], line: 2 },
        { values: ['mb 2', 2023, 3], line: 3 },
        { values: ['Okänt projekt', 2023, null], line: 4 },
        { values: ['Okänt projekt', 2024, 1], line: 5 },
      ],
    });
    return { evaluation, upphandling, handel, dataset, columns };
  }

  it('links rows to projects by code (ignoring case and spacing) and lists unmatched keys', async () => {
    harness = openHarness('datasets-link');
    const { repos } = harness;
    const { upphandling, handel, dataset } = await setup();
    const rows = await repos.datasets.rows(dataset.id);
    expect(rows.map((r) => [r.line, r.projectId])).toEqual([
      [2, upphandling.id],
      [3, handel.id],
      [4, null],
      [5, null],
    ]);
    expect(rows[2]?.values).toEqual(['Okänt projekt', 2023, null]);
    expect(await repos.datasets.unmatchedKeys(dataset.id)).toEqual([{ key: 'Okänt projekt', rows: 2 }]);
  });

  it('remembers a key matched by hand and applies it to later tables', async () => {
    harness = openHarness('datasets-match');
    const { repos } = harness;
    const { evaluation, handel, dataset, columns } = await setup();
    expect(await repos.datasets.matchKey(evaluation.id, 'okänt  PROJEKT', handel.id)).toBe(2);
    expect(await repos.datasets.unmatchedKeys(dataset.id)).toEqual([]);
    const later = await repos.datasets.create(evaluation.id, { name: 'Enkät', fileName: 'enkat.csv', format: 'csv', sha256: 'b'.repeat(64), columns, keyColumn: 0, rows: [{ values: ['Okänt projekt', 2025, 2], line: 2 }] });
    expect((await repos.datasets.rows(later.id))[0]?.projectId).toBe(handel.id);
    expect((await repos.datasets.rowsOfProject(handel.id)).length).toBe(4);
  });

  it('re-imports a newer version: rows matched by key keep their codes, and the changes are counted', async () => {
    harness = openHarness('datasets-replace');
    const { repos } = harness;
    const { evaluation, dataset, columns } = await setup();
    const code = await codeIdOf(repos, evaluation.id, 'lokal.effects.okad-tillvaxt');
    const first = (await repos.datasets.rows(dataset.id))[0]!;
    await repos.coding.codeData(first, 2, code);
    const changes = await repos.datasets.replace(dataset.id, {
      name: 'Indikatorer',
      fileName: 'indikatorer-v2.csv',
      format: 'csv',
      sha256: 'c'.repeat(64),
      columns,
      keyColumn: 0,
      rows: [
        { values: ['MB-1', 2023, 13], line: 2 },
        { values: ['mb 2', 2023, 3], line: 3 },
        { values: ['Okänt projekt', 2023, null], line: 4 },
        { values: ['MB-9', 2024, 1], line: 5 },
      ],
    });
    // The second row of "Okänt projekt" is gone; its first row is the same row as before.
    expect(changes).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 2 });
    const rows = await repos.datasets.rows(dataset.id);
    expect(rows[0]?.id).toBe(first.id);
    expect((await repos.datasets.codings(dataset.id)).map((c) => [c.rowId, c.column, c.codeIds])).toEqual([[first.id, 2, [code]]]);
    expect(await repos.datasets.get(dataset.id)).toMatchObject({ version: 2, rowCount: 4, fileName: 'indikatorer-v2.csv' });
  });

  it('codes a row or a cell, adds a second code to the same coding, uncodes, and deletes with the dataset', async () => {
    harness = openHarness('datasets-code');
    const { db, repos } = harness;
    const { evaluation, upphandling, dataset } = await setup();
    const a = await codeIdOf(repos, evaluation.id, 'lokal.effects.okad-tillvaxt');
    const b = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    const row = (await repos.datasets.rows(dataset.id))[0]!;
    const rowStep = await repos.coding.codeData(row, null, a);
    const coding = rowStep?.changes[0]?.after as DataCoding;
    expect(rowStep?.changes).toEqual([{ table: 'dataCodings', id: coding.id, before: null, after: coding }]);
    expect(coding).toEqual({
      id: coding.id,
      evaluationId: evaluation.id,
      datasetId: dataset.id,
      rowId: row.id,
      column: null,
      projectId: upphandling.id,
      codeIds: [a],
      memo: '',
      strength: null,
      direction: null,
      coder: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
    // A second code goes to the same coding of the row; the same code again changes nothing.
    const second = await repos.coding.codeData(row, null, b);
    expect(second?.changes).toEqual([{ table: 'dataCodings', id: coding.id, before: coding, after: { ...coding, codeIds: [a, b] } }]);
    expect(await repos.coding.codeData(row, null, b)).toBeNull();
    // A cell of the same row is a coding of its own.
    const cell = (await repos.coding.codeData(row, 2, a))?.changes[0]?.after as DataCoding;
    expect(cell).toMatchObject({ rowId: row.id, column: 2, codeIds: [a] });
    expect(cell.id).not.toBe(coding.id);
    await repos.coding.uncodeData(coding.id, a);
    expect((await repos.datasets.codingsOfEvaluation(evaluation.id)).map((c) => [c.column, c.codeIds])).toEqual([
      [null, [b]],
      [2, [a]],
    ]);
    // Uncoding the last code of an unjudged coding removes it.
    await repos.coding.uncodeData(cell.id, a);
    expect((await repos.datasets.codingsOfEvaluation(evaluation.id)).map((c) => c.id)).toEqual([coding.id]);
    await repos.datasets.remove(dataset.id);
    expect(await db.datasetRowPieces.count()).toBe(0);
    expect(await db.dataCodings.count()).toBe(0);
  });

  it('is removed with its evaluation; a removed project leaves its rows unmatched', async () => {
    harness = openHarness('datasets-cascade');
    const { db, repos } = harness;
    const { evaluation, upphandling, dataset } = await setup();
    await repos.projects.remove(upphandling.id);
    expect((await repos.datasets.rows(dataset.id))[0]?.projectId).toBeNull();
    await repos.evaluations.remove(evaluation.id);
    expect(await db.datasets.count()).toBe(0);
    expect(await db.datasetRowPieces.count()).toBe(0);
  });
});
