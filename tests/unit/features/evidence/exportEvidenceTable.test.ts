import 'fake-indexeddb/auto';
import type { TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogFor, translate } from '../../../../shared/i18n';
import { readCsv } from '../../../../shared/ingest/tables/csv/readCsv';
import { exportEvidenceTable } from '../../../../renderer/features/evidence/exportEvidenceTable';
import { createTestingPlatform } from '../../../../renderer/platform/testingPlatform';
import { codingSetup, rangeOf } from '../../store/codingSetup';
import { openHarness, type Harness } from '../../store/harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const t = ((key: string, values?: Record<string, string | number>) => translate(catalogFor('sv'), key, values)) as unknown as TFunction;

describe('exportEvidenceTable', () => {
  it('saves the evaluation’s passages and coded table rows and cells, as they are stored, through the platform', async () => {
    harness = openHarness('evidence-export');
    const { repos } = harness;
    const { evaluation, documentId, text, rows, goda, tillvaxt } = await codingSetup(harness);
    const other = await codingSetup(harness, 'Annan utvärdering');
    const range = rangeOf(text, 'Projektet har prövat leverantörsträffar');
    await repos.coding.code(documentId, range.start, range.end, goda);
    await repos.coding.codeData(rows[1]!, 2, tillvaxt);
    await repos.coding.codeData(rows[0]!, null, goda);
    // Evidence of another evaluation stays out.
    await repos.coding.codeData(other.rows[0]!, null, other.goda);
    const platform = createTestingPlatform();

    const result = await exportEvidenceTable(repos, platform, evaluation.id, 'csv', 'sv', t);
    expect(result).toEqual({ saved: true, fileName: 'Citattabell Delutvärdering av Mellanbygden.csv', count: 3 });
    const [saved] = platform.saved;
    expect(saved?.mimeType).toBe('text/csv');
    expect(saved?.filters).toEqual([{ name: 'CSV (semikolon)', extensions: ['csv'] }]);
    const table = readCsv(saved!.bytes, { fileName: 'x.csv', delimiter: ';', hasHeader: true, skipLines: 0 });
    const names = table.columns.map((c) => c.name);
    const column = (name: string) => table.rawRows.map((row) => row[names.indexOf(name)]);
    expect(column('Typ')).toEqual(['Textavsnitt', 'Tabellrad', 'Tabellcell']);
    expect(column('Citat')).toEqual(['Projektet har prövat leverantörsträffar', 'Projekt: MB-1; År: 2023; Nya företag: 12', '15']);
    expect(column('Projekt')).toEqual(['Smart upphandling på Höglandet', 'Smart upphandling på Höglandet', 'Smart upphandling på Höglandet']);
    expect(column('Dokument')).toEqual(['Delrapport 1', 'Indikatorer', 'Indikatorer']);
    expect(column('Rad i filen')).toEqual(['', '2', '3']);
    expect(column('Kolumn')).toEqual(['', '', 'Nya företag']);
    expect(column('Koder')).toEqual(['Goda exempel, metoder', 'Goda exempel, metoder', 'Ökad tillväxt']);

    const xlsx = await exportEvidenceTable(repos, platform, evaluation.id, 'xlsx', 'en', t);
    expect(xlsx.fileName).toBe('Citattabell Delutvärdering av Mellanbygden.xlsx');
    expect(platform.saved[1]?.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...(platform.saved[1]?.bytes.subarray(0, 2) ?? [])]).toEqual([0x50, 0x4b]);

    platform.cancelSaves(true);
    expect((await exportEvidenceTable(repos, platform, evaluation.id, 'csv', 'sv', t)).saved).toBe(false);
  });
});
