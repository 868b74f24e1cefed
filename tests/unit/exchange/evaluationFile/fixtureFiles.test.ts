import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEvaluationFile } from '../../../../shared/exchange/evaluationFile';
import { LATEST_VERSION } from '../../../../shared/migrations';
import { defaultReportSettings } from '../../../../shared/domain';
import { fixture } from '../../migrations/fixtures';
import { demoEvaluationSnapshot, EVALUATION_FILES_DIR, nodeSha256, writeFixtureFiles } from '../../../support/evaluationFileFixtures';

const read = (name: string) => new Uint8Array(readFileSync(new URL(name, EVALUATION_FILES_DIR)));
const countsOf = (tables: Record<string, readonly unknown[]>) => Object.fromEntries(Object.entries(tables).filter(([, r]) => r.length > 0).map(([t, r]) => [t, r.length]));

beforeAll(async () => {
  if (process.env.EVALUATION_FILE_FIXTURES === 'write') await writeFixtureFiles();
});

/** What each stored file holds after migration to the latest schema (v7 adds the default scales, v11 the default report settings). */
const EXPECTED: Record<string, Record<string, number>> = {
  v1: { evaluations: 1, projects: 1, documents: 2, documentTexts: 1, originals: 2, codes: 3, segments: 1, ratingScales: 5, reportSettings: 1 },
  v2: { evaluations: 1, projects: 1, documents: 2, documentTexts: 1, originals: 2, codes: 3, segments: 1, ratingScales: 5, reportSettings: 1 },
  v3: { evaluations: 1, projects: 1, codes: 3, datasets: 1, datasetRows: 1, keyMatches: 1, dataCodings: 1, ratingScales: 5, reportSettings: 1 },
  v4: { evaluations: 1, projects: 1, codes: 3, datasets: 1, datasetRows: 1, keyMatches: 1, dataCodings: 1, ratingScales: 5, reportSettings: 1 },
  v5: { evaluations: 1, codes: 13, segments: 1, ratingScales: 5, auditLog: 1, reportSettings: 1 },
  v6: { evaluations: 1, codes: 13, segments: 1, ratingScales: 5, auditLog: 1, reportSettings: 1 },
  v7: { evaluations: 1, projects: 1, documents: 2, documentTexts: 2, originals: 2, codes: 1, segments: 1, ratingScales: 1, judgements: 1, reportSettings: 1 },
  v8: { evaluations: 1, projects: 1, documents: 2, documentTexts: 2, originals: 2, codes: 1, segments: 1, ratingScales: 1, judgements: 1, reportSettings: 1 },
  v9: { evaluations: 1, projects: 1, documents: 5, documentTexts: 4, originals: 5, codes: 1, segments: 2, ratingScales: 1, judgements: 1, reportSettings: 1 },
  v10: { evaluations: 1, projects: 1, documents: 6, documentTexts: 5, originals: 6, codes: 1, segments: 2, ratingScales: 1, judgements: 1, reportSettings: 1 },
  v11: { evaluations: 1, projects: 1, documents: 6, documentTexts: 5, originals: 6, codes: 1, segments: 2, ratingScales: 1, judgements: 1, findings: 1, recommendations: 1, reportSettings: 1, auditLog: 1 },
  v12: { evaluations: 1, projects: 1, documents: 6, documentTexts: 5, originals: 6, codes: 1, segments: 2, datasets: 1, datasetRows: 1_002, keyMatches: 1, dataCodings: 2, ratingScales: 1, judgements: 1, findings: 1, recommendations: 1, reportSettings: 1, auditLog: 1 },
  v13: { evaluations: 1, projects: 1, documents: 6, documentTexts: 5, originals: 6, codes: 1, segments: 2, datasets: 1, datasetRows: 1_002, keyMatches: 1, dataCodings: 2, ratingScales: 1, judgements: 1, findings: 1, recommendations: 1, reportSettings: 1, auditLog: 1 },
  v14: { evaluations: 1, projects: 1, documents: 6, documentTexts: 5, originals: 6, codes: 1, segments: 2, datasets: 1, datasetRows: 1_002, keyMatches: 1, dataCodings: 2, ratingScales: 1, judgements: 1, findings: 1, recommendations: 1, reportSettings: 1, auditLog: 1 },
  v15: { evaluations: 1, projects: 1, documents: 6, documentTexts: 5, originals: 6, codes: 1, segments: 2, datasets: 1, datasetRows: 1_002, keyMatches: 1, dataCodings: 2, ratingScales: 1, judgements: 1, findings: 1, recommendations: 1, reportSettings: 1, auditLog: 1 },
};

describe('a v10 file keeps each document’s text whole, as the store reads it (the store keeps it in pieces)', () => {
  it('holds the text and blocks of the v9 fixture’s document with characters outside the BMP as one record', async () => {
    const result = await readEvaluationFile(read('v10.sparbar'), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const text = result.snapshot.tables.documentTexts?.find((t) => t.documentId === 'doc-9u');
    const stored = (fixture(9).tables.documentTexts ?? []).find((t) => t.documentId === 'doc-9u');
    expect(text).toEqual(stored);
    expect(Object.keys(text ?? {}).sort()).toEqual(['blocks', 'documentId', 'evaluationId', 'text']);
  });
});

describe('a v12 file keeps one datasetRows record per row, as the store reads them (the store keeps them in pieces)', () => {
  it('holds the v11 fixture’s rows of its evaluation as they were stored', async () => {
    const result = await readEvaluationFile(read('v12.sparbar'), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const byId = (list: readonly { id?: unknown }[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const stored = (fixture(11).tables.datasetRows ?? []).filter((row) => row.evaluationId === 'eval-7');
    expect(byId(result.snapshot.tables.datasetRows ?? [])).toEqual(byId(stored));
    expect(result.snapshot.tables).not.toHaveProperty('datasetRowPieces');
  });
});

describe('a v14 file still keeps one datasetRows record per row (the store keeps number columns, a file the rows)', () => {
  it('holds the v11 fixture’s rows of its evaluation as they were stored, with no number column', async () => {
    const result = await readEvaluationFile(read('v14.sparbar'), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const byId = (list: readonly { id?: unknown }[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const stored = (fixture(11).tables.datasetRows ?? []).filter((row) => row.evaluationId === 'eval-7');
    expect(byId(result.snapshot.tables.datasetRows ?? [])).toEqual(byId(stored));
    expect(result.snapshot.tables).not.toHaveProperty('datasetRowPieces');
  });
});

describe('a v15 file still keeps one datasetRows record per row (the store keeps scaled integers and runs, a file the rows)', () => {
  it('holds the v11 fixture’s rows of its evaluation as they were stored, each value a plain number, text or null', async () => {
    const result = await readEvaluationFile(read('v15.sparbar'), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.snapshot.version).toBe(15);
    const byId = (list: readonly { id?: unknown }[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const stored = (fixture(11).tables.datasetRows ?? []).filter((row) => row.evaluationId === 'eval-7');
    const rows = result.snapshot.tables.datasetRows ?? [];
    expect(byId(rows)).toEqual(byId(stored));
    expect(rows.every((row) => Array.isArray(row.values) && typeof row.index === 'number' && typeof row.line === 'number')).toBe(true);
    expect(result.snapshot.tables).not.toHaveProperty('datasetRowPieces');
  });
});

describe('a file written before v11 opens with the default report settings', () => {
  it('gives the v10 file’s evaluation the defaults, dated when it was last changed, and no passage a report mark', async () => {
    const result = await readEvaluationFile(read('v10.sparbar'), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [evaluation] = result.snapshot.tables.evaluations ?? [];
    expect(result.manifest.counts).not.toHaveProperty('reportSettings');
    expect(result.snapshot.tables.reportSettings).toEqual([defaultReportSettings(String(evaluation?.id), String(evaluation?.updatedAt))]);
    for (const segment of result.snapshot.tables.segments ?? []) expect(segment.inReport).toBeUndefined();
  });
});

describe('the evaluation files of every released schema version', () => {
  for (let version = 1; version <= LATEST_VERSION; version++) {
    it(`opens v${version}.sparbar, migrated to v${LATEST_VERSION}, with its counts`, async () => {
      const result = await readEvaluationFile(read(`v${version}.sparbar`), { sha256: nodeSha256 });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.manifest.schemaVersion).toBe(version);
      expect(result.snapshot.version).toBe(LATEST_VERSION);
      expect(countsOf(result.snapshot.tables)).toEqual(EXPECTED[`v${version}`]);
    });
  }
});

describe('a v1 file opens as the database upgrade would migrate it', () => {
  it('gives its documents versions and its passages an evidence judgement, and keeps the originals byte for byte', async () => {
    const result = await readEvaluationFile(read('v1.sparbar'), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const document = result.snapshot.tables.documents?.find((d) => d.id === 'doc-1');
    expect(document).toMatchObject({ versionGroupId: 'doc-1', version: 1, supersededBy: null, duplicateOf: null, format: 'txt' });
    expect(result.snapshot.tables.segments?.[0]).toMatchObject({ id: 'seg-1', strength: null, direction: null, memo: 'Memo från v1' });
    const original = result.snapshot.tables.originals?.find((o) => o.documentId === 'doc-1');
    expect(new TextDecoder().decode(original?.bytes as Uint8Array)).toBe('Original of slutrapport.txt\n');
  });
});

describe(`the demo file (demo-v${LATEST_VERSION}.sparbar)`, () => {
  it('opens with the counts of the demo evaluation as the app builds it', async () => {
    const result = await readEvaluationFile(read(`demo-v${LATEST_VERSION}.sparbar`), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const demo = demoEvaluationSnapshot();
    expect(countsOf(result.snapshot.tables)).toEqual(countsOf(demo.tables));
    expect(result.snapshot.tables.segments?.length).toBeGreaterThan(10);
    expect(result.manifest.counts).toEqual(Object.fromEntries(Object.entries(demo.tables).map(([t, r]) => [t, r.length])));
  });
});
