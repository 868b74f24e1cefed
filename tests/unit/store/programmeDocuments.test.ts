import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/domain/importLimits';
import { importDocument } from '../../../shared/ingest/documents/importDocument';
import { wordCount } from '../../../shared/text/wordCount';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { OTHER_REPORT, reportDocx, reportPdf } from '../../fixtures/twins/twinReports';
import { createNodePdfLoader } from '../../support/nodePdfLoader';
import { auditLog, codeIdOf, codePhrase, evaluationInput, importText, openHarness, projectInput, type Harness } from './harness';
import type { Repositories } from '../../../renderer/store';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const IDEA_BOOK =
  'Idébok för programmet\n\nProgrammet har 24 projekt som arbetar med lokal tillväxt.\n\nI Smart upphandling på Höglandet ökade andelen lokala anbud tydligt.\n\nHandel som tillväxtmotor har samlat butikerna i Vetlanda.';

async function setup(h: Harness) {
  const evaluation = await h.repos.evaluations.create(evaluationInput());
  const upphandling = await h.repos.projects.add(evaluation.id, projectInput('Smart upphandling på Höglandet'));
  const handel = await h.repos.projects.add(evaluation.id, projectInput('Handel som tillväxtmotor'));
  return { evaluation, upphandling, handel };
}

describe('a document of the programme as a whole', () => {
  it('is stored without a project; a new passage is about the project its text names, else about the programme', async () => {
    harness = openHarness('programme-doc');
    const { repos } = harness;
    const { evaluation, upphandling } = await setup(harness);
    const id = await importText(repos, evaluation.id, null, IDEA_BOOK, { type: 'ovrigt', title: 'Idébok' });
    expect((await repos.documents.get(id))?.projectId).toBeNull();
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    expect((await codePhrase(repos, id, 'I Smart upphandling på Höglandet ökade andelen lokala anbud tydligt.', code)).projectId).toBe(upphandling.id);
    expect((await codePhrase(repos, id, 'Programmet har 24 projekt som arbetar med lokal tillväxt.', code)).projectId).toBeNull();
  });

  it('sets the project a passage is about as one undoable step in the audit log', async () => {
    harness = openHarness('programme-passage');
    const { db, repos } = harness;
    const { evaluation, handel } = await setup(harness);
    const id = await importText(repos, evaluation.id, null, IDEA_BOOK, { type: 'ovrigt', title: 'Idébok' });
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    const passage = await codePhrase(repos, id, 'Programmet har 24 projekt som arbetar med lokal tillväxt.', code);
    const step = (await repos.coding.setProject(passage.id, handel.id)) as ChangeSet;
    expect((await db.segments.get(passage.id))?.projectId).toBe(handel.id);
    expect((await auditLog(db)).at(-1)).toMatchObject({ action: 'setPassageProject', segmentIds: [passage.id] });
    expect(await repos.coding.setProject(passage.id, handel.id)).toBeNull();
    await repos.history.undo(step);
    expect((await db.segments.get(passage.id))?.projectId).toBeNull();
    await repos.history.redo(step);
    expect((await db.segments.get(passage.id))?.projectId).toBe(handel.id);
  });

  it('leaves a passage in a project’s document with its document’s project', async () => {
    harness = openHarness('project-passage');
    const { db, repos } = harness;
    const { evaluation, upphandling, handel } = await setup(harness);
    const id = await importText(repos, evaluation.id, upphandling.id, IDEA_BOOK);
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    const passage = await codePhrase(repos, id, 'Handel som tillväxtmotor har samlat butikerna i Vetlanda.', code);
    expect(passage.projectId).toBe(upphandling.id);
    expect(await repos.coding.setProject(passage.id, handel.id)).toBeNull();
    expect((await db.segments.get(passage.id))?.projectId).toBe(upphandling.id);
  });

  it('moves by the move rule: to the programme its passages keep their project, to a project they take it', async () => {
    harness = openHarness('programme-move');
    const { db, repos } = harness;
    const { evaluation, upphandling, handel } = await setup(harness);
    const id = await importText(repos, evaluation.id, upphandling.id, IDEA_BOOK);
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    await codePhrase(repos, id, 'Programmet har 24 projekt', code);
    const details = { type: 'ovrigt' as const, date: null, title: 'Idébok', authorOrganisation: '' };
    await repos.documents.updateDetails(id, { ...details, projectId: null });
    expect((await repos.documents.get(id))?.projectId).toBeNull();
    expect((await db.segments.toArray()).map((s) => s.projectId)).toEqual([upphandling.id]);
    await repos.coding.setProject((await db.segments.toArray())[0]?.id ?? '', null);
    await repos.documents.updateDetails(id, { ...details, projectId: handel.id });
    expect((await db.segments.toArray()).map((s) => s.projectId)).toEqual([handel.id]);
  });
});

async function importFile(repos: Repositories, evaluationId: string, projectId: string, fileName: string, bytes: Uint8Array) {
  const imported = await importDocument(bytes, { fileName, limits: DEFAULT_IMPORT_LIMITS, pdf: createNodePdfLoader() });
  return repos.documents.store({
    evaluationId,
    projectId,
    type: 'delrapport',
    date: '2024-06-30',
    title: fileName,
    authorOrganisation: '',
    fileName,
    mimeType: '',
    bytes,
    imported,
    wordCount: wordCount(imported.text),
    allowDuplicate: false,
    replaces: null,
  });
}

describe('twins at import', () => {
  it('marks a DOCX of the same text as a PDF already imported as its twin, and never the project’s other report', async () => {
    harness = openHarness('twins');
    const { repos } = harness;
    const { evaluation, upphandling } = await setup(harness);
    const pdf = await importFile(repos, evaluation.id, upphandling.id, 'delrapport.pdf', reportPdf());
    const other = await importFile(repos, evaluation.id, upphandling.id, 'slutrapport.docx', reportDocx(OTHER_REPORT));
    // One set of bytes for the DOCX and its copy below: a zip carries the time it was written.
    const docxBytes = reportDocx();
    const docx = await importFile(repos, evaluation.id, upphandling.id, 'delrapport.docx', docxBytes);
    if (pdf.status !== 'imported' || other.status !== 'imported' || docx.status !== 'imported') throw new Error('expected three imports');
    expect(pdf.twin).toBeNull();
    expect(other.twin).toBeNull();
    expect(docx.twin?.of.id).toBe(pdf.document.id);
    expect(docx.twin?.similarity).toBeGreaterThanOrEqual(0.9);
    expect(await repos.documents.get(docx.document.id)).toMatchObject({ duplicateOf: pdf.document.id, duplicateSimilarity: docx.twin?.similarity });
    // The same bytes again are still refused as a duplicate, not imported as a twin.
    expect((await importFile(repos, evaluation.id, upphandling.id, 'kopia.docx', docxBytes)).status).toBe('duplicate');

    // "Inte en dubblett", then marked by hand again; deleting the original takes the mark off.
    await repos.documents.setDuplicateOf(docx.document.id, null);
    expect(await repos.documents.get(docx.document.id)).toMatchObject({ duplicateOf: null, duplicateSimilarity: null });
    await repos.documents.setDuplicateOf(docx.document.id, pdf.document.id);
    expect(await repos.documents.get(docx.document.id)).toMatchObject({ duplicateOf: pdf.document.id, duplicateSimilarity: null });
    await expect(repos.documents.setDuplicateOf(docx.document.id, docx.document.id)).rejects.toThrow(/No other document/);
    await repos.documents.remove(pdf.document.id);
    expect((await repos.documents.get(docx.document.id))?.duplicateOf).toBeNull();
  });

  it('finds a twin by the sketches kept on the documents, reading no stored text', async () => {
    harness = openHarness('twins-by-sketch');
    const { db, repos } = harness;
    const { evaluation } = await setup(harness);
    const first = await importText(repos, evaluation.id, null, IDEA_BOOK, { title: 'Idébok (text)' });
    expect((await repos.documents.get(first))?.sketch?.shingles).toBeGreaterThanOrEqual(20);
    // Without its text the older document is still found: only its sketch is compared.
    await db.documentTextPieces.where('documentId').equals(first).delete();
    const second = await importText(repos, evaluation.id, null, `${IDEA_BOOK}\n\n`, { title: 'Idébok (kopia)', fileName: 'idebok.txt' });
    expect(await repos.documents.get(second)).toMatchObject({ duplicateOf: first, duplicateSimilarity: 1 });
    // A document without a sketch is never taken for a twin.
    await db.documents.update(first, { sketch: null });
    await db.documents.update(second, { sketch: null });
    const third = await importText(repos, evaluation.id, null, `${IDEA_BOOK}\n\n\n`, { title: 'Idébok (tredje)', fileName: 'idebok-3.txt' });
    expect((await repos.documents.get(third))?.duplicateOf).toBeNull();
  });
});
