import { describe, expect, it } from 'vitest';
import { emptyProjectInput, type Project } from '../../../../shared/domain';
import { guessColumnTargets, planRegisterImport } from '../../../../shared/ingest/tables/register/registerImport';
import type { ReadTable } from '../../../../shared/ingest/tables/tableTypes';
import type { CellValue } from '../../../../shared/domain/tableValues';

function table(headers: string[], rows: CellValue[][]): ReadTable {
  return {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    sheets: null,
    sheet: null,
    skipLines: 0,
    hasHeader: true,
    columns: headers.map((name) => ({ name, originalName: name, type: 'text' })),
    rawRows: rows.map((row) => row.map((v) => (v === null ? '' : String(v)))),
    rows,
    rowLines: rows.map((_, i) => i + 2),
    problems: [],
  };
}

function project(id: string, name: string, code: string, extra: Partial<Project> = {}): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'e', name, code, createdAt: '', updatedAt: '', ...extra };
}

describe('guessColumnTargets', () => {
  it('maps Swedish and English register headers to project fields, the rest to attributes', () => {
    expect(guessColumnTargets(['Projektkod', 'Projektnamn', 'Projektägare', 'Projektledare', 'Kommuner', 'Län', 'Nivå', 'Tema', 'Startdatum', 'Slutdatum', 'Beviljat belopp', 'Finansiär', ''])).toEqual([
      'code', 'name', 'owner', 'manager', 'municipalities', 'county', 'level', 'theme', 'startDate', 'endDate', 'budgetSek', 'attribute', 'ignore',
    ]);
    expect(guessColumnTargets(['Project code', 'Project name', 'Budget (SEK)'])).toEqual(['code', 'name', 'budgetSek']);
  });
});

describe('planRegisterImport', () => {
  const headers = ['Projektkod', 'Projektnamn', 'Nivå', 'Start', 'Slut', 'Beviljat', 'Kommuner', 'Finansiär'];
  const targets = guessColumnTargets(headers);

  it('plans new, changed (field by field) and unchanged projects, keyed on the code', () => {
    const existing = [
      project('p1', 'Smart upphandling', 'MB-1', { level: 'lokal', budgetSek: 1_250_000, startDate: '2022-01-01', endDate: '2023-12-31', municipalities: ['Eksjö', 'Nässjö'], attributes: [{ name: 'Finansiär', value: 'Regionen' }] }),
      project('p2', 'Handel', 'MB-2', { level: 'lokal', budgetSek: 500_000, startDate: null, endDate: null }),
    ];
    const plan = planRegisterImport(
      table(headers, [
        ['MB-1', 'Smart upphandling', 'Lokal', '2022-01-01', '2023-12-31', 1_250_000, 'Eksjö, Nässjö', 'Regionen'],
        ['mb 2', 'Handel i Vetlanda', 'lokal nivå', null, null, '600 000', null, null],
        ['MB-3', 'Kompetenslyft', 'Regional', '2022-06-01', '2024-11-30', 2_400_000, 'Aneby; Eksjö', 'ESF'],
      ]),
      targets,
      'code',
      existing,
    );
    expect(plan.unchanged.map((u) => u.project.id)).toEqual(['p1']);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]?.project.id).toBe('p2');
    expect(plan.update[0]?.changes).toEqual([
      { field: 'name', before: 'Handel', after: 'Handel i Vetlanda' },
      { field: 'code', before: 'MB-2', after: 'mb 2' },
      { field: 'budgetSek', before: '500000', after: '600000' },
    ]);
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]?.input).toMatchObject({ name: 'Kompetenslyft', code: 'MB-3', level: 'regional', budgetSek: 2_400_000, municipalities: ['Aneby', 'Eksjö'], attributes: [{ name: 'Finansiär', value: 'ESF' }] });
    expect(plan.unreadable).toEqual([]);
  });

  it('lists rows without a key, with a repeated key, or with a value that does not fit, by line', () => {
    const plan = planRegisterImport(
      table(headers, [
        [null, 'Utan kod', null, null, null, null, null, null],
        ['MB-4', 'Fyra', 'okänd nivå', null, null, null, null, null],
        ['MB-5', 'Fem', null, 'igår', null, null, null, null],
        ['MB-6', 'Sex', null, null, null, '-5', null, null],
        ['MB-7', 'Sju', null, null, null, null, null, null],
        ['mb-7', 'Sju igen', null, null, null, null, null, null],
      ]),
      targets,
      'code',
      [],
    );
    expect(plan.unreadable).toEqual([
      { line: 2, reason: 'missingKey' },
      { line: 3, reason: 'badValue', field: 'level', value: 'okänd nivå' },
      { line: 4, reason: 'badValue', field: 'startDate', value: 'igår' },
      { line: 5, reason: 'badValue', field: 'budgetSek', value: '-5' },
      { line: 7, reason: 'duplicateKey', value: 'mb-7' },
    ]);
    expect(plan.create.map((c) => c.input.name)).toEqual(['Sju']);
  });

  it('keys on the name when asked, ignoring case, diacritics and spacing', () => {
    const plan = planRegisterImport(table(['Namn', 'Projektledare'], [['SMART  UPPHANDLING', 'Linnea Borg']]), ['name', 'manager'], 'name', [project('p1', 'Smart upphandling', '')]);
    expect(plan.update[0]?.changes).toEqual([
      { field: 'name', before: 'Smart upphandling', after: 'SMART  UPPHANDLING' },
      { field: 'manager', before: '', after: 'Linnea Borg' },
    ]);
  });

  it('keeps empty cells empty: an empty budget is null, never 0', () => {
    const plan = planRegisterImport(table(['Kod', 'Namn', 'Budget'], [['X1', 'Ett', null]]), ['code', 'name', 'budgetSek'], 'code', []);
    expect(plan.create[0]?.input.budgetSek).toBeNull();
  });
});
