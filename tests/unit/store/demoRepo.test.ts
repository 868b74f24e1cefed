import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemo, type DemoRecords } from '../../../shared/demo/buildDemo';
import { parseDemoManifest } from '../../../shared/demo/demoManifest';
import { counter, demoFiles, demoFrameworks, demoJson } from '../demo/demoFiles';
import { NOW, openHarness, rowsOf, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

function demo(prefix = 'demo-'): { records: DemoRecords; originals: Map<string, Blob> } {
  const files = demoFiles();
  const records = buildDemo(parseDemoManifest(demoJson()), files, demoFrameworks(), counter(prefix), NOW);
  const originals = new Map([...files].map(([name, file]) => [name, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'text/plain;charset=utf-8' })]));
  return { records, originals };
}

describe('demo repository', () => {
  it('has no demo before one is stored', async () => {
    harness = openHarness('demo-none');
    expect(await harness.repos.demo.existingId()).toBeNull();
  });

  it('stores the whole demo evaluation and remembers its id', async () => {
    harness = openHarness('demo-store');
    const { db, repos } = harness;
    const { records, originals } = demo();
    const id = await repos.demo.store(records, originals);
    expect(id).toBe(records.evaluation.id);
    expect(await repos.demo.existingId()).toBe(id);
    expect(await rowsOf(db, id)).toEqual({ evaluations: 1, projects: 4, documents: 7, documentTextPieces: 7, originals: 7, codes: records.codes.length, segments: 100 });
    expect(await repos.evaluations.contents(id)).toEqual({ projects: 4, documents: 7, segments: 100, judgements: 137, findings: 5, recommendations: 3 });
    // Its judgements, findings and recommendations, as built.
    expect(await repos.judgements.list(id)).toEqual(records.judgements);
    expect(await db.findings.where('evaluationId').equals(id).toArray()).toEqual(records.findings);
    expect(await db.recommendations.where('evaluationId').equals(id).toArray()).toEqual(records.recommendations);
    expect(records.judgements).toHaveLength(137);
    expect(await db.settings.get('demoEvaluationId')).toEqual({ key: 'demoEvaluationId', value: id, updatedAt: NOW });
  });

  it('stores documents so the reader gets text and original bytes back', async () => {
    harness = openHarness('demo-docs');
    const { repos } = harness;
    const { records, originals } = demo();
    await repos.demo.store(records, originals);
    const files = demoFiles();
    for (const document of records.documents) {
      const stored = await repos.documents.getWithText(document.id);
      expect(stored).toEqual(document);
      const blob = (await repos.documents.original(document.id)) as Blob;
      expect(new Uint8Array(await blob.arrayBuffer())).toEqual(files.get(document.fileName)?.bytes);
    }
    for (const segment of records.segments) {
      const text = (await repos.documents.getWithText(segment.documentId))?.text ?? '';
      expect(text.slice(segment.position.start, segment.position.end)).toBe(segment.quote.exact);
    }
  });

  it('falls back to the text as the original when a file is not given', async () => {
    harness = openHarness('demo-fallback');
    const { records } = demo();
    await harness.repos.demo.store(records, new Map());
    const first = records.documents[0];
    const blob = (await harness.repos.documents.original(first?.id as string)) as Blob;
    expect(await blob.text()).toBe(first?.text);
  });

  it('forgets the demo once its evaluation is removed', async () => {
    harness = openHarness('demo-removed');
    const { db, repos } = harness;
    const { records, originals } = demo();
    const id = await repos.demo.store(records, originals);
    await repos.evaluations.remove(id);
    expect(await repos.demo.existingId()).toBeNull();
    expect(await rowsOf(db, id)).toEqual({ evaluations: 0, projects: 0, documents: 0, documentTextPieces: 0, originals: 0, codes: 0, segments: 0 });
    expect(await db.judgements.where('evaluationId').equals(id).count()).toBe(0);
    expect(await db.findings.where('evaluationId').equals(id).count()).toBe(0);
    expect(await db.recommendations.where('evaluationId').equals(id).count()).toBe(0);
  });

  it('can store the demo again after removal, with new ids', async () => {
    harness = openHarness('demo-again');
    const { repos } = harness;
    const first = demo('first-');
    await repos.demo.store(first.records, first.originals);
    await repos.evaluations.remove(first.records.evaluation.id);
    const second = demo('second-');
    const id = await repos.demo.store(second.records, second.originals);
    expect(await repos.demo.existingId()).toBe(id);
    expect(await repos.evaluations.list()).toHaveLength(1);
  });

  it('writes in one transaction: a failing write leaves nothing, not even the setting', async () => {
    harness = openHarness('demo-atomic');
    const { db, repos } = harness;
    const { records, originals } = demo();
    const before = await snapshot(db);
    // Two recommendations with one id: the last bulkAdd fails after everything else was written.
    const broken: DemoRecords = { ...records, recommendations: records.recommendations.map((r, i) => (i === 1 ? { ...r, id: records.recommendations[0]?.id as string } : r)) };
    await expect(repos.demo.store(broken, originals)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    expect(await repos.demo.existingId()).toBeNull();
  });
});

describe('settings repository', () => {
  it('stores the language and ignores anything that is not one', async () => {
    harness = openHarness('settings');
    const { db, repos } = harness;
    expect(await repos.settings.language()).toBeNull();
    await repos.settings.setLanguage('en');
    expect(await repos.settings.language()).toBe('en');
    await repos.settings.setLanguage('sv');
    expect(await repos.settings.language()).toBe('sv');
    await db.settings.put({ key: 'language', value: 'de', updatedAt: NOW });
    expect(await repos.settings.language()).toBeNull();
  });
});
