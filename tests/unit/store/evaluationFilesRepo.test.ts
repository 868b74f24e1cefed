import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemo } from '../../../shared/demo/buildDemo';
import { parseDemoManifest } from '../../../shared/demo/demoManifest';
import { EVALUATION_TABLES, readEvaluationFile, webSha256, writeEvaluationFile, type EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import type { StoredRecord } from '../../../shared/migrations';
import { pageAtOffset } from '../../../shared/domain/pageAtOffset';
import { counter, demoFiles, demoFrameworks, demoJson } from '../demo/demoFiles';
import { readTextsOf } from '../../../renderer/store/dexie/documentTextStore';
import { NOW, openHarness, snapshot, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.db.close());

const sha256 = webSha256(globalThis.crypto.subtle);

async function storeDemo(h: Harness): Promise<string> {
  const files = demoFiles();
  const records = buildDemo(parseDemoManifest(demoJson()), files, demoFrameworks(), counter('demo-'), NOW);
  const originals = new Map([...files].map(([name, file]) => [name, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'text/plain' })]));
  return h.repos.demo.store(records, originals);
}

async function throughFile(snap: EvaluationSnapshot): Promise<EvaluationSnapshot> {
  const bytes = await writeEvaluationFile(snap, { appVersion: 'test', now: NOW, sha256 });
  const read = await readEvaluationFile(bytes, { sha256 });
  if (!read.ok) throw new Error(`unreadable: ${read.error.code}`);
  return read.snapshot;
}

function counts(snap: EvaluationSnapshot): Record<string, number> {
  return Object.fromEntries(EVALUATION_TABLES.map((t) => [t, (snap.tables[t] ?? []).length]));
}

/** Every passage's quote and page, by its position in the evaluation's order of documents and passages. */
async function quotesOf(h: Harness, evaluationId: string): Promise<string[]> {
  const segments = await h.db.segments.where('evaluationId').equals(evaluationId).toArray();
  const documents = new Map((await h.db.documents.where('evaluationId').equals(evaluationId).toArray()).map((d) => [d.id, d.title]));
  const texts = new Map((await readTextsOf(h.db, evaluationId)).map((d) => [d.documentId, d]));
  return segments
    .map((s) => {
      const text = texts.get(s.documentId);
      return `${documents.get(s.documentId)}|${s.quote.exact}|${pageAtOffset(text?.blocks ?? [], s.position.start)}|${text?.text.slice(s.position.start, s.position.end)}`;
    })
    .sort();
}

describe('evaluation files repository', () => {
  it('snapshots the demo, and its file restores as a copy with the same counts, quotes and pages', async () => {
    harness = openHarness('evfile-copy');
    const id = await storeDemo(harness);
    const snap = await harness.repos.evaluationFiles.snapshotOf(id);
    expect(counts(snap)).toMatchObject({ evaluations: 1, projects: 4, documents: 7, documentTexts: 7, originals: 7, segments: 100, judgements: 137, findings: 5, recommendations: 3 });
    expect(snap.tables.originals?.[0]?.bytes).toBeInstanceOf(Uint8Array);
    const opened = await throughFile(snap);
    expect(await harness.repos.evaluationFiles.exists(id)).toBe(true);
    const copyId = await harness.repos.evaluationFiles.restore(opened, 'copy');
    expect(copyId).not.toBe(id);
    const copy = await harness.repos.evaluationFiles.snapshotOf(copyId);
    expect(counts(copy)).toEqual(counts(snap));
    expect(copy.tables.evaluations?.[0]?.title).toBe(`${String(snap.tables.evaluations?.[0]?.title)} (kopia)`);
    expect(await quotesOf(harness, copyId)).toEqual(await quotesOf(harness, id));
    // The originals come back byte for byte, as Blobs.
    const original = await harness.db.originals.where('evaluationId').equals(copyId).first();
    expect(original?.blob).toBeInstanceOf(Blob);
    const bytesOf = async (blob: Blob | undefined) => new Uint8Array(await (blob as Blob).arrayBuffer());
    const sameDocument = copy.tables.originals?.find((o) => o.documentId === original?.documentId);
    expect(await bytesOf(original?.blob)).toEqual(sameDocument?.bytes);
    // No id of the original is left in the copy.
    const copyIds = new Set(Object.values(copy.tables).flatMap((records: StoredRecord[]) => records.map((r) => String(r.id ?? r.documentId))));
    for (const record of Object.values(snap.tables).flat()) if (typeof record.id === 'string') expect(copyIds.has(record.id)).toBe(false);
  });

  it('leaves the originals out when asked (the report reads everything else, the same as a file holds)', async () => {
    harness = openHarness('evfile-no-originals');
    const id = await storeDemo(harness);
    const whole = await harness.repos.evaluationFiles.snapshotOf(id);
    const lean = await harness.repos.evaluationFiles.snapshotOf(id, { originals: false });
    expect(lean.tables.originals).toEqual([]);
    const { originals: _left, ...rest } = counts(whole);
    expect(counts(lean)).toEqual({ ...rest, originals: 0 });
    expect(lean.tables.documentTexts).toEqual(whole.tables.documentTexts);
  });

  it('carries the report settings and the passages\u2019 report marks through a file, to a copy under its new id', async () => {
    harness = openHarness('evfile-report');
    const id = await storeDemo(harness);
    const marksOf = async (evaluationId: string) =>
      (await harness.db.segments.where('evaluationId').equals(evaluationId).toArray()).filter((s) => s.inReport || s.memoInReport).map((s) => `${s.quote.exact}|${String(s.inReport)}|${String(s.memoInReport ?? false)}`).sort();
    const [first, second] = (await harness.db.segments.where('evaluationId').equals(id).sortBy('id')).filter((s) => s.memo.trim() !== '' && !s.inReport);
    await harness.repos.reportSettings.update(id, { texts: { summary: 'Programmet har i huvudsak nått sina mål.' }, people: [{ name: 'Eva Ek', role: 'projektledaren' }], anonymise: false });
    await harness.repos.segments.setReportMarks([first!.id, second!.id], { inReport: true });
    await harness.repos.segments.setReportMarks([first!.id], { memoInReport: true });
    const marked = await marksOf(id);
    expect(marked).toHaveLength(14);
    expect(marked).toContain(`${first!.quote.exact}|true|true`);
    const snap = await harness.repos.evaluationFiles.snapshotOf(id);
    expect(snap.tables.reportSettings).toEqual([await harness.repos.reportSettings.get(id)]);
    const opened = await throughFile(snap);
    expect(opened.tables.reportSettings).toEqual(snap.tables.reportSettings);
    const copyId = await harness.repos.evaluationFiles.restore(opened, 'copy');
    const copied = await harness.repos.reportSettings.get(copyId);
    expect(copied).toEqual({ ...(await harness.repos.reportSettings.get(id)), evaluationId: copyId });
    expect(await marksOf(copyId)).toEqual(marked);
    await harness.repos.evaluations.remove(copyId);
    expect(await harness.db.reportSettings.get(copyId)).toBeUndefined();
  });

  it('restores a deleted evaluation as new, the same records as before', async () => {
    harness = openHarness('evfile-new');
    const id = await storeDemo(harness);
    const before = await snapshot(harness.db, ['settings']);
    const opened = await throughFile(await harness.repos.evaluationFiles.snapshotOf(id));
    await harness.repos.evaluations.remove(id);
    expect(await harness.repos.evaluationFiles.exists(id)).toBe(false);
    expect(await harness.repos.evaluationFiles.restore(opened, 'new')).toBe(id);
    expect(await snapshot(harness.db, ['settings'])).toEqual(before);
  });

  it('replaces the existing evaluation: records added since are gone, the file\'s are back', async () => {
    harness = openHarness('evfile-replace');
    const id = await storeDemo(harness);
    const opened = await throughFile(await harness.repos.evaluationFiles.snapshotOf(id));
    const before = await snapshot(harness.db, ['settings']);
    const [project] = await harness.repos.projects.list(id);
    await harness.repos.projects.add(id, { ...project!, name: 'Nytt projekt' });
    const [segment] = await harness.db.segments.where('evaluationId').equals(id).toArray();
    await harness.db.segments.delete(segment!.id);
    expect(await harness.repos.evaluationFiles.restore(opened, 'replace')).toBe(id);
    expect(await snapshot(harness.db, ['settings'])).toEqual(before);
  });

  it('a write that fails midway leaves the store as it was', async () => {
    harness = openHarness('evfile-fail');
    const id = await storeDemo(harness);
    const opened = await throughFile(await harness.repos.evaluationFiles.snapshotOf(id));
    const before = await snapshot(harness.db, ['settings']);
    // Two passages with one id: the segments' bulkAdd fails after evaluations, projects and documents were written.
    const segments = opened.tables.segments ?? [];
    const broken: EvaluationSnapshot = { ...opened, tables: { ...opened.tables, segments: [...segments, { ...segments[0]! }] } };
    await expect(harness.repos.evaluationFiles.restore(broken, 'replace')).rejects.toThrow();
    expect(await snapshot(harness.db, ['settings'])).toEqual(before);
    await expect(harness.repos.evaluationFiles.restore(broken, 'copy')).rejects.toThrow();
    expect(await snapshot(harness.db, ['settings'])).toEqual(before);
    // As new over an existing id: refused by the key, nothing written.
    await expect(harness.repos.evaluationFiles.restore(opened, 'new')).rejects.toThrow();
    expect(await snapshot(harness.db, ['settings'])).toEqual(before);
  });
});
