import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/domain/code';
import type { DataCoding, Dataset, DatasetRow } from '../../../shared/domain/dataset';
import type { Judgement } from '../../../shared/domain/judgement';
import { buildEvidenceTable, type EvidenceTableInput } from '../../../shared/report/model/evidenceTable';
import { evidenceSheet, EVIDENCE_COLUMNS } from '../../../shared/report/model/evidenceSheet';
import { documentById, documents, EVALUATION_ID, projects, QUOTES, resultsMatrixCodes, segmentFor, segments } from '../../fixtures/report/evaluationFixture';

const NOW = '2012-12-02T10:00:00.000Z';

const ownCode: Code = {
  ...resultsMatrixCodes()[0]!,
  id: 'code:own-leverantorer',
  frameworkId: null,
  frameworkCodeId: null,
  parentId: null,
  matrixCell: null,
  labelSv: 'Lokala leverantörer',
  labelEn: '',
  order: 0,
};

const dataset: Dataset = {
  id: 'ds-indikatorer',
  evaluationId: EVALUATION_ID,
  name: 'Indikatorer 2012',
  fileName: 'indikatorer.csv',
  format: 'csv',
  sha256: '0'.repeat(64),
  columns: [
    { name: 'Projektkod', originalName: 'Projektkod', type: 'text' },
    { name: 'Utfall', originalName: 'Utfall', type: 'decimal' },
    { name: 'Andel', originalName: 'Andel', type: 'percent' },
    { name: 'Klar', originalName: 'Klar', type: 'boolean' },
  ],
  keyColumn: 0,
  rowCount: 2,
  version: 1,
  importedAt: NOW,
  updatedAt: NOW,
};

const rows: DatasetRow[] = [
  { id: 'r1', datasetId: dataset.id, evaluationId: EVALUATION_ID, index: 0, line: 2, values: ['P-HANDEL', 1250.5, 12, true], key: 'P-HANDEL', projectId: 'p-handel' },
  { id: 'r2', datasetId: dataset.id, evaluationId: EVALUATION_ID, index: 1, line: 3, values: ['XYZ', 45, null, false], key: 'XYZ', projectId: null },
];

function dataCoding(id: string, rowId: string, column: number | null, projectId: string | null, codeIds: string[]): DataCoding {
  return { id, evaluationId: EVALUATION_ID, datasetId: dataset.id, rowId, column, projectId, codeIds, memo: '', strength: null, direction: null, coder: '', createdAt: NOW, updatedAt: NOW };
}

function input(overrides: Partial<EvidenceTableInput> = {}): EvidenceTableInput {
  const judged = segmentFor(documentById('d-upphandling-del'), QUOTES.policy, ['lokal.results.goda-exempel'], { id: 's-judged' });
  return {
    projects,
    documents,
    codes: [...resultsMatrixCodes(), ownCode],
    segments: [
      ...segments(),
      { ...judged, codeIds: [...judged.codeIds, ownCode.id, 'code:gone'], strength: 'strong', direction: 'hindering', coder: 'Karin Åström', memo: 'Se även slutrapporten.' },
    ],
    datasets: [dataset],
    rows,
    dataCodings: [
      dataCoding('dc-cell', 'r1', 1, 'p-handel', ['code:lokal.effects.okad-tillvaxt']),
      dataCoding('dc-row', 'r1', null, 'p-handel', ['code:lokal.effects.okad-tillvaxt']),
      dataCoding('dc-unmatched', 'r2', null, null, []),
    ],
    judgements: [],
    scales: [],
    language: 'sv',
    ...overrides,
  };
}

describe('buildEvidenceTable', () => {
  const table = buildEvidenceTable(input());

  it('lists every segment and every coded table row or cell once', () => {
    expect(table).toHaveLength(segments().length + 1 + 3);
    expect(new Set(table.map((row) => row.evidenceId)).size).toBe(table.length);
  });

  it('orders by project the Swedish way, then documents oldest first (undated last), position, then table evidence, unlinked last', () => {
    const order = table.map((row) => `${row.projectName} | ${row.document} | ${row.kind}`);
    expect(order[0]).toBe('Handel som tillväxtfaktor i Skaraborg | Slutrapport Handel som tillväxtfaktor | segment');
    expect(order.slice(1, 3)).toEqual(['Handel som tillväxtfaktor i Skaraborg | Indikatorer 2012 | row', 'Handel som tillväxtfaktor i Skaraborg | Indikatorer 2012 | cell']);
    const upphandling = table.filter((row) => row.projectName === 'Lokal upphandling i Fyrbodal');
    expect([...new Set(upphandling.map((row) => row.document))]).toEqual([
      'Delrapport 1, Lokal upphandling i Fyrbodal',
      'Slutrapport, Lokal upphandling i Fyrbodal',
      'Minnesanteckningar från styrgruppen',
    ]);
    const projectsInOrder = [...new Set(table.map((row) => row.projectName))];
    expect(projectsInOrder).toEqual([
      'Handel som tillväxtfaktor i Skaraborg',
      'Lokal upphandling i Fyrbodal',
      'Åsele näringslivsforum',
      'Älvdalens besöksnäring',
      'Ej kopplad till projekt',
    ]);
  });

  it('cites a passage with its project, document and the page the report cites', () => {
    const policy = table.find((row) => row.evidenceId === 's-policy');
    expect(policy).toMatchObject({
      kind: 'segment',
      text: QUOTES.policy,
      projectName: 'Lokal upphandling i Fyrbodal',
      projectCode: 'P-UPPHANDLING',
      document: 'Delrapport 1, Lokal upphandling i Fyrbodal',
      documentType: 'Delrapport',
      documentDate: '2011-05-30',
      page: '4',
      line: null,
      column: null,
    });
    expect(table.find((row) => row.evidenceId === 's-frukost')?.page).toBe('3');
    expect(table.find((row) => row.evidenceId === 's-kunskap')?.page).toBeNull();
  });

  it('words codes, frameworks, strength and direction in the language, skipping unknown codes', () => {
    const judged = table.find((row) => row.evidenceId === 's-judged');
    expect(judged).toMatchObject({
      codes: 'Goda exempel, metoder; Lokala leverantörer',
      frameworks: 'Resultatmatris; Egna koder',
      strength: 'Starkt belägg',
      direction: 'Hindrande',
      coder: 'Karin Åström',
      memo: 'Se även slutrapporten.',
    });
    const english = buildEvidenceTable(input({ language: 'en' })).find((row) => row.evidenceId === 's-judged');
    expect(english).toMatchObject({
      codes: 'Good examples, methods; Lokala leverantörer',
      frameworks: 'Results matrix; Own codes',
      strength: 'Strong evidence',
      direction: 'Hindering',
      documentType: 'Interim report',
    });
  });

  it('gives table evidence its dataset, line and column, and its values as text', () => {
    expect(table.find((row) => row.evidenceId === 'dc-cell')).toMatchObject({ kind: 'cell', text: '1\u00a0250,5', document: 'Indikatorer 2012', documentType: 'Tabell', line: 2, column: 'Utfall', page: null });
    expect(table.find((row) => row.evidenceId === 'dc-row')?.text).toBe('Projektkod: P-HANDEL; Utfall: 1\u00a0250,5; Andel: 12\u00a0%; Klar: ja');
    expect(table.find((row) => row.evidenceId === 'dc-unmatched')).toMatchObject({ projectName: 'Ej kopplad till projekt', codes: '', line: 3 });
    const english = buildEvidenceTable(input({ language: 'en' })).find((row) => row.evidenceId === 'dc-row');
    expect(english?.text).toBe('Projektkod: P-HANDEL; Utfall: 1250.5; Andel: 12\u00a0%; Klar: yes');
  });

  it('keeps evidence whose document or project is gone, and says so', () => {
    const orphan = { ...segmentFor(documentById('d-asele-del'), QUOTES.kunskap, []), id: 's-orphan', documentId: 'gone', projectId: 'gone' };
    const row = buildEvidenceTable(input({ segments: [orphan], dataCodings: [] }))[0];
    expect(row).toMatchObject({ projectName: 'Okänt projekt', document: 'Okänt dokument', page: null, documentType: '' });
  });
});

describe('linked judgements', () => {
  const judgement = (id: string, subject: Judgement['subject'], criterionCodeId: string, rating: string | null, segmentIds: string[], dataCodingIds: string[] = []): Judgement => ({
    id, evaluationId: EVALUATION_ID, subject, criterionCodeId, rating, confidence: 'high', justification: '', segmentIds, dataCodingIds, coder: 'K', createdAt: NOW, updatedAt: NOW,
  });
  const judgements = [
    judgement('j1', { kind: 'project', projectId: 'p-upphandling' }, 'code:lokal.results.goda-exempel', 'achieved', ['s-policy']),
    judgement('j2', { kind: 'programme' }, 'code:lokal.results.goda-exempel', 'partly', ['s-policy'], ['dc-row']),
    judgement('j3', { kind: 'project', projectId: 'p-handel' }, ownCode.id, null, ['s-policy']),
    judgement('j4', { kind: 'project', projectId: 'p-handel' }, 'code:lokal.effects.okad-tillvaxt', 'tooEarly', []),
  ];

  it('names every judgement linking a passage or table row: criterion – subject: rating, in the language', () => {
    const table = buildEvidenceTable(input({ judgements }));
    const policy = table.find((row) => row.evidenceId === 's-policy');
    // Sorted by criterion, then subject; the programme by its name; an unrated judgement says so; an own code on the factor scale.
    expect(policy?.judgements).toBe(
      'Goda exempel, metoder – Lokal upphandling i Fyrbodal: Uppnått; Goda exempel, metoder – Programmet: Delvis uppnått; Lokala leverantörer – Handel som tillväxtfaktor i Skaraborg: Ej bedömd',
    );
    expect(table.find((row) => row.evidenceId === 'dc-row')?.judgements).toBe('Goda exempel, metoder – Programmet: Delvis uppnått');
    expect(table.find((row) => row.evidenceId === 'dc-cell')?.judgements).toBe('');
    const english = buildEvidenceTable(input({ judgements, language: 'en' })).find((row) => row.evidenceId === 'dc-row');
    expect(english?.judgements).toBe('Good examples, methods – The programme: Partly achieved');
  });

  it('writes them in the sheet\'s "Kopplade bedömningar" column', () => {
    const table = buildEvidenceTable(input({ judgements }));
    const sheet = evidenceSheet(table, 'sv');
    const at = sheet.columns.findIndex((c) => c.name === 'Kopplade bedömningar');
    expect(at).toBeGreaterThan(0);
    expect(sheet.rows[table.findIndex((row) => row.evidenceId === 'dc-row')]?.[at]).toBe('Goda exempel, metoder – Programmet: Delvis uppnått');
    expect(sheet.rows[table.findIndex((row) => row.evidenceId === 'dc-cell')]?.[at]).toBeNull();
  });
});

describe('evidenceSheet', () => {
  it('names its columns in the language and gives every row a cell per column, empty text as empty cells', () => {
    const table = buildEvidenceTable(input());
    const sheet = evidenceSheet(table, 'sv');
    expect(sheet.name).toBe('Citattabell');
    expect(sheet.columns.map((c) => c.name).slice(0, 6)).toEqual(['Typ', 'Citat', 'Koder', 'Ramverk', 'Projekt', 'Projektkod']);
    expect(sheet.columns.find((c) => c.name === 'Dokumentdatum')?.type).toBe('date');
    expect(sheet.rows.every((row) => row.length === EVIDENCE_COLUMNS.length)).toBe(true);
    const policy = sheet.rows[table.findIndex((row) => row.evidenceId === 's-policy')];
    expect(policy?.slice(0, 2)).toEqual(['Textavsnitt', QUOTES.policy]);
    expect(policy?.[sheet.columns.findIndex((c) => c.name === 'Sida')]).toBe('4');
    expect(policy?.[sheet.columns.findIndex((c) => c.name === 'Styrka')]).toBeNull();
    expect(evidenceSheet(table, 'en').columns.map((c) => c.name).slice(0, 3)).toEqual(['Kind', 'Quote', 'Codes']);
  });
});
