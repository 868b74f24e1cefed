import { LATEST_VERSION } from '../../../../shared/migrations';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readQdcBytes } from '../../../../shared/exchange/refi';
import { readEvaluationFile, writeEvaluationFile, type Manifest } from '../../../../shared/exchange/evaluationFile';
import { demoEvaluationSnapshot, nodeSha256, SAVED_AT, versionSnapshot } from '../../../support/evaluationFileFixtures';
import { sha256Of } from '../../demo/demoFiles';

const options = { appVersion: '0.1.0', now: SAVED_AT, sha256: nodeSha256 };
const manifestOf = (zip: Record<string, Uint8Array>) => JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Manifest;

describe('writeEvaluationFile', () => {
  it('writes the manifest, the records per table in order of id, the originals byte for byte and the codebook', async () => {
    const demo = demoEvaluationSnapshot();
    const zip = unzipSync(await writeEvaluationFile(demo, options));
    const manifest = manifestOf(zip);
    const evaluation = demo.tables.evaluations?.[0];
    expect(manifest).toMatchObject({ format: 'sparbar-evaluation', formatVersion: 1, schemaVersion: LATEST_VERSION, appVersion: '0.1.0', savedAt: SAVED_AT, evaluation: { id: evaluation?.id, title: evaluation?.title } });
    expect(manifest.counts.segments).toBe(demo.tables.segments?.length);
    // Every entry but the manifest is listed with its size and SHA-256.
    expect(manifest.entries.map((e) => e.path).sort()).toEqual(Object.keys(zip).filter((p) => p !== 'manifest.json').sort());
    for (const entry of manifest.entries) {
      expect(entry.sha256).toBe(sha256Of(zip[entry.path] as Uint8Array));
      expect(entry.size).toBe(zip[entry.path]?.byteLength);
    }
    const segments = JSON.parse(new TextDecoder().decode(zip['records/segments.json'])) as Array<{ id: string }>;
    expect(segments.map((s) => s.id)).toEqual(segments.map((s) => s.id).sort());
    for (const original of demo.tables.originals ?? []) {
      const document = demo.tables.documents?.find((d) => d.id === original.documentId);
      expect(zip[`sources/${String(original.documentId)}/${String(document?.fileName)}`]).toEqual(original.bytes);
    }
    const codebook = readQdcBytes(zip['codebook.qdc']);
    expect(codebook.ok && codebook.codes.map((c) => c.labelSv).sort()).toEqual(demo.tables.codes?.map((c) => c.labelSv).sort());
  });

  it('gives the same bytes for the same evaluation and time, whatever order the records come in', async () => {
    const demo = demoEvaluationSnapshot();
    const shuffled = { ...demo, tables: Object.fromEntries(Object.entries(demo.tables).map(([t, r]) => [t, [...r].reverse()])) };
    expect(await writeEvaluationFile(shuffled, options)).toEqual(await writeEvaluationFile(demo, options));
  });

  it('refuses a snapshot of no or two evaluations, and an original without its document', async () => {
    const demo = demoEvaluationSnapshot();
    const evaluation = demo.tables.evaluations?.[0] ?? {};
    await expect(writeEvaluationFile({ ...demo, tables: { ...demo.tables, evaluations: [] } }, options)).rejects.toThrow(/exactly one evaluation/);
    await expect(writeEvaluationFile({ ...demo, tables: { ...demo.tables, evaluations: [evaluation, { ...evaluation, id: 'x' }] } }, options)).rejects.toThrow(/exactly one/);
    await expect(writeEvaluationFile({ ...demo, tables: { ...demo.tables, documents: [] } }, options)).rejects.toThrow(/has no document/);
  });

  it('keeps a file name that is no safe path as one path segment', async () => {
    const snapshot = versionSnapshot(LATEST_VERSION);
    const documents = (snapshot.tables.documents ?? []).map((d, i) => (i === 0 ? { ...d, fileName: '../../etc/passwd' } : d));
    const zip = unzipSync(await writeEvaluationFile({ ...snapshot, tables: { ...snapshot.tables, documents } }, options));
    const sources = Object.keys(zip).filter((p) => p.startsWith('sources/'));
    expect(sources).toContain(`sources/${String(documents[0]?.id)}/.._.._etc_passwd`);
    expect(sources.every((p) => p.split('/').length === 3 && !p.split('/').includes('..'))).toBe(true);
  });
});

describe('readEvaluationFile', () => {
  it('gives back every record of what was written, the originals byte for byte', async () => {
    const demo = demoEvaluationSnapshot();
    const result = await readEvaluationFile(await writeEvaluationFile(demo, options), { sha256: nodeSha256 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.snapshot.version).toBe(LATEST_VERSION);
    for (const [table, records] of Object.entries(demo.tables)) {
      const key = table === 'originals' || table === 'documentTexts' ? 'documentId' : 'id';
      const sort = (list: readonly Record<string, unknown>[]) => [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
      expect(sort(result.snapshot.tables[table] ?? [])).toEqual(sort(records));
    }
  });
});
