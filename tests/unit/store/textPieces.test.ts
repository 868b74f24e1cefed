import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { createRepositories } from '../../../renderer/store/dexie/repositories';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10 } from '../../../renderer/store/dexie/schema';
import { MAX_PIECE_CHARS, type Block } from '../../../shared/domain';
import { fixture } from '../migrations/fixtures';
import { evaluationInput, importText, matrix, openHarness, testDeps, uniqueName, type Harness } from './harness';

const open: Dexie[] = [];
let harness: Harness | undefined;
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  harness?.db.close();
  harness = undefined;
});

/** A text longer than two pieces whose first piece would end between the halves of 😀. */
function longText(): { text: string; blocks: Block[] } {
  const head = 'x'.repeat(MAX_PIECE_CHARS - 1);
  const text = `${head}😀 ${'Projektet i Eksjö växer. '.repeat(Math.ceil(MAX_PIECE_CHARS / 25) + 10)}Slut.`;
  const blocks: Block[] = [
    { id: 'p0', kind: 'paragraph', level: null, page: '1', start: 0, end: head.length },
    { id: 'p1', kind: 'paragraph', level: null, page: '2', start: head.length, end: text.length - 5 },
    { id: 'p2', kind: 'paragraph', level: null, page: '3', start: text.length - 5, end: text.length },
  ];
  return { text, blocks };
}

describe('document texts in pieces (schema v10)', () => {
  it('version 10 drops documentTexts and keeps texts in documentTextPieces, keyed [documentId+index]', () => {
    expect(SCHEMA_V10).toEqual({ ...SCHEMA_V9, documentTexts: null, documentTextPieces: '[documentId+index], documentId, evaluationId' });
  });

  it('upgrades a database v9 wrote: every text becomes its pieces, none over the limit, read whole as before', async () => {
    const name = uniqueName('pieces-v9');
    const old = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9].forEach((schema, i) => old.version(i + 1).stores(schema));
    await old.open();
    const v9 = fixture(9);
    const long = { documentId: 'doc-7a', evaluationId: 'eval-7', ...longText() };
    await old.transaction('rw', old.tables, async () => {
      for (const [table, records] of Object.entries(v9.tables)) await old.table(table).bulkPut(records);
      await old.table('documentTexts').put(long);
    });
    old.close();

    const db = new SparbarDatabase(name);
    open.push(db);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('documentTexts');
    expect([...db.backendDB().objectStoreNames]).not.toContain('documentTexts');
    const pieces = await db.documentTextPieces.where('documentId').equals('doc-7a').toArray();
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    expect(pieces[0]?.text.endsWith('x')).toBe(true);
    expect(pieces[1]?.text.startsWith('😀')).toBe(true);
    expect(await db.documentTextPieces.where('documentId').equals('doc-9u').count()).toBe(1);

    const repos = createRepositories(db, testDeps(), () => [matrix]);
    const read = await repos.documents.getWithText('doc-7a');
    expect(read?.text).toBe(long.text);
    expect(read?.blocks).toEqual(long.blocks);
    const short = (v9.tables.documentTexts ?? []).find((t) => t.documentId === 'doc-9u');
    expect((await repos.documents.getWithText('doc-9u'))?.text).toBe(short?.text);
    expect((await repos.documents.textsOf('eval-7')).map((d) => d.id).sort()).toEqual(['doc-7a', 'doc-7b', 'doc-8p', 'doc-8t', 'doc-9u']);
  });

  it('imports a long document in pieces, codes in it, saves it to a snapshot whole, restores it in pieces and deletes every piece', async () => {
    harness = openHarness('pieces-import');
    const { repos, db } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const paragraph = 'Projektet har prövat leverantörsträffar i Aneby, Eksjö och Sävsjö 😀.\n\n';
    const text = `${paragraph.repeat(Math.ceil((MAX_PIECE_CHARS * 1.5) / paragraph.length))}Sista stycket.`;
    const id = await importText(repos, evaluation.id, null, text);
    const pieces = await db.documentTextPieces.where('documentId').equals(id).toArray();
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    const whole = await repos.documents.getWithText(id);
    expect(whole?.text).toBe(text);
    const last = whole?.blocks.at(-1);
    expect(last && whole?.text.slice(last.start, last.end)).toBe('Sista stycket.');

    // Coding reads the text whole inside its transaction: a passage in the last piece.
    const code = (await repos.codes.list(evaluation.id))[0];
    if (!code || !last) throw new Error('no code or block');
    const step = await repos.coding.code(id, last.start, last.end, code.id);
    expect(step?.changes.find((c) => c.table === 'segments')?.after).toMatchObject({ quote: { exact: 'Sista stycket.' } });

    const snapshot = await repos.evaluationFiles.snapshotOf(evaluation.id);
    expect(snapshot.tables.documentTexts).toEqual([{ documentId: id, evaluationId: evaluation.id, text, blocks: whole?.blocks }]);
    const copyId = await repos.evaluationFiles.restore(snapshot, 'copy');
    const [copyDocument] = await repos.documents.list(copyId);
    if (!copyDocument) throw new Error('no copy');
    expect(await db.documentTextPieces.where('documentId').equals(copyDocument.id).count()).toBe(pieces.length);
    expect((await repos.documents.getWithText(copyDocument.id))?.text).toBe(text);

    await repos.documents.remove(id);
    expect(await db.documentTextPieces.where('documentId').equals(id).count()).toBe(0);
    await repos.evaluations.remove(copyId);
    expect(await db.documentTextPieces.count()).toBe(0);
  });
});
