import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readEvaluationFile, webSha256, writeEvaluationFile } from '../../../shared/exchange/evaluationFile';
import { mineSnapshot } from '../exchange/merge/mergeSnapshots';
import { NOW, openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.db.close());
const sha256 = webSha256(globalThis.crypto.subtle);

describe('documents assigned to coders', () => {
  it('assigns documents as one undoable step, and the overview counts who has coded what', async () => {
    harness = openHarness('coders');
    const { repos, db } = harness;
    const id = await repos.evaluationFiles.restore(mineSnapshot(), 'new');
    const [a, b] = await repos.documents.list(id);
    if (!a || !b) throw new Error('no documents');
    const step = await repos.documentCoders.assign([a.id, b.id], ['Kollega B', 'Karin Lindqvist'], 'set');
    expect(step?.action).toBe('assignCoders');
    expect((await db.documents.get(a.id))?.coders).toEqual(['Karin Lindqvist', 'Kollega B']);
    expect(await repos.documentCoders.assign([a.id], ['Kollega B'], 'add')).toBeNull();
    const audit = await db.auditLog.where('evaluationId').equals(id).toArray();
    expect(audit.map((entry) => entry.action)).toEqual(['assignCoders']);
    expect(audit[0]?.summary).toContain('Karin Lindqvist, Kollega B: ');

    const work = await repos.documentCoders.work(id);
    const segments = await db.segments.where('evaluationId').equals(id).toArray();
    const byKarin = segments.filter((s) => s.coder === 'Karin Lindqvist');
    expect(work.find((row) => row.coder === 'Kollega B')).toEqual({ coder: 'Kollega B', assigned: 2, codedDocuments: 0, passages: 0 });
    expect(work.find((row) => row.coder === 'Karin Lindqvist')).toEqual({ coder: 'Karin Lindqvist', assigned: 2, codedDocuments: new Set(byKarin.map((s) => s.documentId)).size, passages: byKarin.length });

    if (!step) throw new Error('no step');
    await repos.history.undo(step);
    expect('coders' in ((await db.documents.get(a.id)) ?? {})).toBe(false);
    await repos.history.redo(step);
    expect((await db.documents.get(b.id))?.coders).toEqual(['Karin Lindqvist', 'Kollega B']);
  });

  it('keeps the coders in an evaluation file, and refuses a file whose coders are not names', async () => {
    harness = openHarness('coders-file');
    const { repos } = harness;
    const id = await repos.evaluationFiles.restore(mineSnapshot(), 'new');
    const [a] = await repos.documents.list(id);
    await repos.documentCoders.assign([a?.id ?? ''], ['Kollega B'], 'set');
    const snapshot = await repos.evaluationFiles.snapshotOf(id);
    const read = await readEvaluationFile(await writeEvaluationFile(snapshot, { appVersion: 'test', now: NOW, sha256 }), { sha256 });
    expect(read.ok && read.snapshot.tables.documents?.find((d) => d.id === a?.id)?.coders).toEqual(['Kollega B']);
    const wrong = { ...snapshot, tables: { ...snapshot.tables, documents: (snapshot.tables.documents ?? []).map((d) => (d.id === a?.id ? { ...d, coders: [1] } : d)) } };
    const refused = await readEvaluationFile(await writeEvaluationFile(wrong, { appVersion: 'test', now: NOW, sha256 }), { sha256 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalidRecord', table: 'documents', problem: 'coders: list?' } });
  });
});
