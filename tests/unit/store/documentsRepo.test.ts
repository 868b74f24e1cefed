import 'fake-indexeddb/auto';
import type { AuditEntry } from '../../../shared/domain';
import { documentFingerprint, sketchOf } from '../../../shared/text/textSimilarity';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreDocumentRequest } from '../../../renderer/store/dexie/documentsRepo';
import { importPlainText } from '../../support/plainText';
import { wordCount } from '../../../shared/text/wordCount';
import { codeIdOf, codePhrase, evaluationInput, importText, NOW, openHarness, parsedText, projectInput, REPORT_TEXT, snapshot, utf8, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

async function setup(h: Harness) {
  const evaluation = await h.repos.evaluations.create(evaluationInput());
  const project = await h.repos.projects.add(evaluation.id, projectInput('Smart upphandling på Höglandet'));
  return { evaluation, project };
}

function request(evaluationId: string, projectId: string, bytes: Uint8Array, overrides: Partial<StoreDocumentRequest> = {}): StoreDocumentRequest {
  return {
    evaluationId,
    projectId,
    type: 'delrapport',
    date: '2023-09-15',
    title: 'Delrapport 1',
    authorOrganisation: '',
    fileName: 'upphandling-delrapport-2023.txt',
    mimeType: 'text/plain',
    bytes,
    imported: parsedText(bytes),
    wordCount: wordCount(new TextDecoder().decode(bytes)),
    allowDuplicate: false,
    replaces: null,
    ...overrides,
  };
}

describe('documents.store', () => {
  it('stores the metadata, the text model and the original bytes with their SHA-256', async () => {
    harness = openHarness('doc-import');
    const { db, repos } = harness;
    const { evaluation, project } = await setup(harness);
    const bytes = utf8(REPORT_TEXT);
    const result = await repos.documents.store(request(evaluation.id, project.id, bytes, { title: '  Delrapport 1  ' }));
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    const expectedHash = createHash('sha256').update(bytes).digest('hex');
    expect(result.document).toEqual({
      id: expect.any(String),
      evaluationId: evaluation.id,
      projectId: project.id,
      type: 'delrapport',
      date: '2023-09-15',
      title: 'Delrapport 1',
      authorOrganisation: '',
      fileName: 'upphandling-delrapport-2023.txt',
      mimeType: 'text/plain',
      format: 'txt',
      size: bytes.byteLength,
      sha256: expectedHash,
      pageCount: null,
      wordCount: 28,
      warnings: [],
      importedAt: NOW,
      versionGroupId: result.document.id,
      version: 1,
      supersededBy: null,
      duplicateOf: null,
      duplicateSimilarity: null,
      // Its text's similarity sketch, to find its twins later without reading the text.
      sketch: sketchOf(documentFingerprint(importPlainText(bytes))),
    });
    expect(result.document.sketch?.shingles).toBe(24);
    expect(await repos.documents.get(result.document.id)).toEqual(result.document);

    const model = importPlainText(bytes);
    expect(await db.documentTextPieces.where('documentId').equals(result.document.id).toArray()).toEqual([{ documentId: result.document.id, evaluationId: evaluation.id, index: 0, text: model.text, blocks: model.blocks }]);
    const withText = await repos.documents.getWithText(result.document.id);
    expect(withText?.text).toBe(model.text);
    expect(withText?.text).not.toContain('\r');
    expect(withText?.blocks).toHaveLength(3);

    const blob = await repos.documents.original(result.document.id);
    expect(blob).toBeInstanceOf(Blob);
    expect(blob?.type).toBe('text/plain');
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(bytes);
    expect((await db.originals.get(result.document.id))?.evaluationId).toBe(evaluation.id);
  });

  it('keeps the original bytes unchanged even when the text is normalised (BOM, CRLF, NFD)', async () => {
    harness = openHarness('doc-original');
    const { repos } = harness;
    const { evaluation, project } = await setup(harness);
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Ma\u030al\r\n\r\nUppna\u030atts.')]);
    const result = await repos.documents.store(request(evaluation.id, project.id, bytes));
    if (result.status !== 'imported') throw new Error('not imported');
    expect((await repos.documents.getWithText(result.document.id))?.text).toBe('Mål\n\nUppnåtts.');
    expect(new Uint8Array(await ((await repos.documents.original(result.document.id)) as Blob).arrayBuffer())).toEqual(bytes);
    expect(result.document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('uses the file name when the title is blank, and a generic type when none is given', async () => {
    harness = openHarness('doc-defaults');
    const { evaluation, project } = await setup(harness);
    const result = await harness.repos.documents.store(request(evaluation.id, project.id, utf8('Text'), { title: '  ', mimeType: '' }));
    if (result.status !== 'imported') throw new Error('not imported');
    expect(result.document.title).toBe('upphandling-delrapport-2023.txt');
    expect(result.document.mimeType).toBe('application/octet-stream');
    expect((await harness.repos.documents.original(result.document.id))?.type).toBe('application/octet-stream');
  });

  it('returns the existing document for the same bytes in the same evaluation and writes nothing', async () => {
    harness = openHarness('doc-duplicate');
    const { db, repos } = harness;
    const { evaluation, project } = await setup(harness);
    const first = await repos.documents.store(request(evaluation.id, project.id, utf8(REPORT_TEXT)));
    if (first.status !== 'imported') throw new Error('not imported');
    const before = await snapshot(db);
    const second = await repos.documents.store(request(evaluation.id, project.id, utf8(REPORT_TEXT), { title: 'Annan titel', fileName: 'kopia.txt' }));
    expect(second).toEqual({ status: 'duplicate', existing: first.document });
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports the same bytes again with allowDuplicate', async () => {
    harness = openHarness('doc-allow-duplicate');
    const { repos } = harness;
    const { evaluation, project } = await setup(harness);
    const first = await repos.documents.store(request(evaluation.id, project.id, utf8(REPORT_TEXT)));
    const second = await repos.documents.store(request(evaluation.id, project.id, utf8(REPORT_TEXT), { allowDuplicate: true, title: 'Kopia' }));
    expect(second.status).toBe('imported');
    if (first.status !== 'imported' || second.status !== 'imported') return;
    expect(second.document.id).not.toBe(first.document.id);
    expect(second.document.sha256).toBe(first.document.sha256);
    expect(await repos.documents.list(evaluation.id)).toHaveLength(2);
    expect(await harness.db.documentTextPieces.count()).toBe(2);
    expect(await harness.db.originals.count()).toBe(2);
  });

  it('does not treat the same bytes in another evaluation as a duplicate', async () => {
    harness = openHarness('doc-other-eval');
    const { repos } = harness;
    const a = await setup(harness);
    const b = await setup(harness);
    await importText(repos, a.evaluation.id, a.project.id, REPORT_TEXT);
    const result = await repos.documents.store(request(b.evaluation.id, b.project.id, utf8(REPORT_TEXT)));
    expect(result.status).toBe('imported');
  });

  it('rejects a project of another evaluation and leaves nothing behind', async () => {
    harness = openHarness('doc-foreign-project');
    const { db, repos } = harness;
    const a = await setup(harness);
    const b = await setup(harness);
    const before = await snapshot(db);
    await expect(repos.documents.store(request(a.evaluation.id, b.project.id, utf8(REPORT_TEXT)))).rejects.toThrow(/No project/);
    await expect(repos.documents.store(request(a.evaluation.id, 'no-such-project', utf8(REPORT_TEXT)))).rejects.toThrow(/No project/);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.documents.count()).toBe(0);
    expect(await db.documentTextPieces.count()).toBe(0);
    expect(await db.originals.count()).toBe(0);
  });
});

describe('documents.list, textsOf and segmentCount', () => {
  it('lists newest document date first, undated last, then by title in Swedish order', async () => {
    harness = openHarness('doc-list');
    const { repos } = harness;
    const { evaluation, project } = await setup(harness);
    await importText(repos, evaluation.id, project.id, 'a', { title: 'Öppen', date: '2023-01-01' });
    await importText(repos, evaluation.id, project.id, 'b', { title: 'Utan datum', date: null });
    await importText(repos, evaluation.id, project.id, 'c', { title: 'Ärende', date: '2024-06-30' });
    await importText(repos, evaluation.id, project.id, 'd', { title: 'Zon', date: '2024-06-30' });
    await importText(repos, evaluation.id, project.id, 'e', { title: 'Alfa', date: '2024-06-30' });
    expect((await repos.documents.list(evaluation.id)).map((d) => d.title)).toEqual(['Alfa', 'Zon', 'Ärende', 'Öppen', 'Utan datum']);
  });

  it("gives the texts of one evaluation's documents", async () => {
    harness = openHarness('doc-texts');
    const { repos } = harness;
    const a = await setup(harness);
    const b = await setup(harness);
    await importText(repos, a.evaluation.id, a.project.id, 'Text A1');
    await importText(repos, a.evaluation.id, a.project.id, 'Text A2');
    await importText(repos, b.evaluation.id, b.project.id, 'Text B');
    const texts = await repos.documents.textsOf(a.evaluation.id);
    expect(texts.map((d) => d.text).sort()).toEqual(['Text A1', 'Text A2']);
    expect(texts.every((d) => d.blocks.length === 1 && d.evaluationId === a.evaluation.id)).toBe(true);
  });

  it('gives undefined for an unknown document', async () => {
    harness = openHarness('doc-unknown');
    expect(await harness.repos.documents.getWithText('nope')).toBeUndefined();
    expect(await harness.repos.documents.original('nope')).toBeUndefined();
  });
});

describe('documents.remove', () => {
  it('removes the document with its text, original and segments, and nothing else', async () => {
    harness = openHarness('doc-remove');
    const { db, repos } = harness;
    const { evaluation, project } = await setup(harness);
    const keep = await importText(repos, evaluation.id, project.id, 'Behålls.\n\nNätverket växer.', { fileName: 'keep.txt' });
    const gone = await importText(repos, evaluation.id, project.id, REPORT_TEXT, { fileName: 'gone.txt' });
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    await codePhrase(repos, gone, 'leverantörsträffar', code);
    await codePhrase(repos, gone, 'Nätverket växer', code);
    await codePhrase(repos, keep, 'Nätverket växer', code);
    expect(await repos.documents.segmentCount(gone)).toBe(2);
    const before = await snapshot(db);

    await repos.documents.remove(gone);

    expect(await repos.documents.get(gone)).toBeUndefined();
    expect(await db.documentTextPieces.where('documentId').equals(gone).count()).toBe(0);
    expect(await db.originals.get(gone)).toBeUndefined();
    expect(await repos.documents.segmentCount(gone)).toBe(0);
    const after = await snapshot(db);
    // The deletion is one new line in the log, naming the document and the coded quotes it took.
    const line = (after['auditLog'] as AuditEntry[]).at(-1);
    expect(line).toMatchObject({ evaluationId: evaluation.id, action: 'deleteDocument', summary: 'Delrapport 1', codeIds: [], dataCodingIds: [] });
    expect(line?.segmentIds).toHaveLength(2);
    after['auditLog'] = (after['auditLog'] as AuditEntry[]).slice(0, -1);
    const survives = (row: unknown) => (row as { id?: string }).id !== gone && (row as { documentId?: string }).documentId !== gone;
    for (const [table, rows] of Object.entries(before)) expect(after[table]).toEqual(rows.filter(survives));
    expect(await repos.documents.segmentCount(keep)).toBe(1);
  });
});

describe('document versions', () => {
  it('stores a replacement as the newer version and keeps the old one', async () => {
    harness = openHarness('doc-versions');
    const { repos } = harness;
    const { evaluation, project } = await setup(harness);
    const first = await importText(repos, evaluation.id, project.id, REPORT_TEXT, { title: 'Delrapport' });
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    await codePhrase(repos, first, 'leverantörsträffar', code);
    const revised = utf8(`${REPORT_TEXT}\n\nReviderad.`);
    const result = await repos.documents.store(request(evaluation.id, project.id, revised, { title: 'Delrapport (reviderad)', replaces: first }));
    if (result.status !== 'imported') throw new Error('not imported');
    expect(result.document).toMatchObject({ version: 2, versionGroupId: first, supersededBy: null });
    // The coded passage is found again in the new text and moves to the new version.
    expect(result.anchors).toEqual({ moved: 1, kept: 0 });
    const [moved] = await harness.db.segments.toArray();
    expect(moved?.documentId).toBe(result.document.id);
    const newText = (await repos.documents.getWithText(result.document.id))?.text ?? '';
    expect(newText.slice(moved?.position.start, moved?.position.end)).toBe('leverantörsträffar');
    expect(await repos.documents.get(first)).toMatchObject({ version: 1, supersededBy: result.document.id });
    expect((await repos.documents.list(evaluation.id)).map((d) => d.id)).toEqual([result.document.id]);
    expect((await repos.documents.versions(first)).map((d) => d.version)).toEqual([2, 1]);
    expect(await repos.documents.segmentCount(result.document.id)).toBe(1);

    // Deleting the document deletes every version with its segments.
    await repos.documents.remove(result.document.id);
    expect(await harness.db.documents.count()).toBe(0);
    expect(await harness.db.documentTextPieces.count()).toBe(0);
    expect(await harness.db.originals.count()).toBe(0);
    expect(await harness.db.segments.count()).toBe(0);
  });

  it('keeps a coded passage that the new version no longer has with the old version', async () => {
    harness = openHarness('doc-versions-kept');
    const { db, repos } = harness;
    const { evaluation, project } = await setup(harness);
    const first = await importText(repos, evaluation.id, project.id, REPORT_TEXT);
    await codePhrase(repos, first, 'leverantörsträffar', await codeIdOf(repos, evaluation.id, 'lokal.results.natverk'));
    const result = await repos.documents.store(request(evaluation.id, project.id, utf8('En helt omskriven rapport.'), { replaces: first }));
    if (result.status !== 'imported') throw new Error('not imported');
    expect(result.anchors).toEqual({ moved: 0, kept: 1 });
    expect((await db.segments.toArray())[0]?.documentId).toBe(first);
  });

  it('refuses to replace a version that was already replaced, and writes nothing', async () => {
    harness = openHarness('doc-versions-twice');
    const { db, repos } = harness;
    const { evaluation, project } = await setup(harness);
    const first = await importText(repos, evaluation.id, project.id, 'Version ett.');
    await repos.documents.store(request(evaluation.id, project.id, utf8('Version två.'), { replaces: first }));
    const before = await snapshot(db);
    await expect(repos.documents.store(request(evaluation.id, project.id, utf8('Version tre.'), { replaces: first }))).rejects.toThrow(/already replaced/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('documents.updateDetails', () => {
  it('changes the details, and a new project moves every version with its segments', async () => {
    harness = openHarness('doc-details');
    const { db, repos } = harness;
    const { evaluation, project } = await setup(harness);
    const other = await repos.projects.add(evaluation.id, projectInput('Kompetenslyft'));
    const first = await importText(repos, evaluation.id, project.id, REPORT_TEXT);
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    await codePhrase(repos, first, 'leverantörsträffar', code);
    const second = await repos.documents.store(request(evaluation.id, project.id, utf8(`${REPORT_TEXT} Ny.`), { replaces: first }));
    if (second.status !== 'imported') throw new Error('not imported');

    await repos.documents.updateDetails(second.document.id, { projectId: other.id, type: 'slutrapport', date: null, title: '  Slutrapport  ', authorOrganisation: ' Regionen ' });

    expect(await repos.documents.get(second.document.id)).toMatchObject({ projectId: other.id, type: 'slutrapport', date: null, title: 'Slutrapport', authorOrganisation: 'Regionen' });
    expect((await repos.documents.get(first))?.projectId).toBe(other.id);
    expect((await db.segments.toArray()).map((s) => s.projectId)).toEqual([other.id]);
  });

  it('rejects a project of another evaluation and changes nothing', async () => {
    harness = openHarness('doc-details-foreign');
    const { db, repos } = harness;
    const a = await setup(harness);
    const b = await setup(harness);
    const id = await importText(repos, a.evaluation.id, a.project.id, REPORT_TEXT);
    const before = await snapshot(db);
    await expect(repos.documents.updateDetails(id, { projectId: b.project.id, type: 'ovrigt', date: null, title: 'X', authorOrganisation: '' })).rejects.toThrow(/No project/);
    expect(await snapshot(db)).toEqual(before);
  });
});
