import { describe, expect, it } from 'vitest';
import { migrateSnapshot } from '../../../shared/migrations';
import { documentToV9 } from '../../../shared/migrations/v9';
import { documentFingerprint, findTwin, fingerprintOfSketch, sketchOf, textSimilarity } from '../../../shared/text/textSimilarity';
import type { Block } from '../../../shared/domain';
import { byId, fixture, rawFixture, records } from './fixtures';

function textOf(id: string): { text: string; blocks: Block[] } {
  const record = byId(
    records(8, 'documentTexts').map((t) => ({ ...t, id: t.documentId })),
    id,
  );
  return { text: record.text as string, blocks: record.blocks as Block[] };
}

describe('migration v8 → v9', () => {
  it('gives a document the sketch of its text, or null without one, and keeps a sketch already there', () => {
    const doc = byId(records(8, 'documents'), 'doc-8p');
    const sketch = sketchOf(documentFingerprint(textOf('doc-8p')));
    expect(documentToV9(doc, new Map([['doc-8p', sketch]]))).toEqual({ ...doc, sketch });
    expect(documentToV9(doc, new Map())).toEqual({ ...doc, sketch: null });
    const kept = { ...doc, sketch: { hashes: [1, 2], shingles: 2 } };
    expect(documentToV9(kept, new Map([['doc-8p', sketch]]))).toBe(kept);
  });

  it('migrates what v8 wrote: each document’s sketch made from its stored text as an import makes it; nothing else changes', () => {
    const v8 = fixture(8);
    const migrated = migrateSnapshot(rawFixture(8), 9);
    expect(migrated.version).toBe(9);
    const documents = migrated.tables.documents ?? [];
    expect(documents.map((d) => d.id)).toEqual(['doc-7a', 'doc-7b', 'doc-8p', 'doc-8t', 'doc-8x']);
    for (const document of documents) {
      const id = document.id as string;
      const before = byId(records(8, 'documents'), id);
      const expected = id === 'doc-8x' ? null : sketchOf(documentFingerprint(textOf(id)));
      expect(document, id).toEqual({ ...before, sketch: expected });
    }
    for (const [table, list] of Object.entries(v8.tables)) if (table !== 'documents') expect(migrated.tables[table], table).toEqual(list);

    // The twins of v8 (a PDF with a running header, a DOCX without) are as alike by their sketches as by their texts.
    const pdf = byId(documents, 'doc-8p').sketch as { hashes: number[]; shingles: number };
    const docx = byId(documents, 'doc-8t').sketch as { hashes: number[]; shingles: number };
    expect(pdf.shingles).toBeGreaterThanOrEqual(20);
    expect(pdf.hashes).toEqual([...pdf.hashes].sort((a, b) => a - b));
    const bySketch = textSimilarity(fingerprintOfSketch(pdf), fingerprintOfSketch(docx));
    expect(bySketch).toBe(textSimilarity(documentFingerprint(textOf('doc-8p')), documentFingerprint(textOf('doc-8t'))));
    expect(bySketch).toBe(1);
    expect(findTwin(fingerprintOfSketch(docx), [{ id: 'doc-8p', duplicateOf: null, fingerprint: fingerprintOfSketch(pdf) }])).toEqual({ of: 'doc-8p', similarity: 1 });
    expect(migrateSnapshot(rawFixture(8), 9)).toEqual(migrated);
  });
});
