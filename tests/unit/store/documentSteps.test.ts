import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { documentFieldsOf } from '../../../shared/coding/documentEdit';
import { auditLog, codeIdOf, codePhrase, evaluationInput, importText, openHarness, projectInput, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const REPORT = 'Delrapport\n\nProjektet har samlat tolv företag i ett nätverk för lokal upphandling.\n\nAndelen lokala anbud ökade under året.';
const DETAILS = { type: 'delrapport' as const, date: '2024-06-30', title: 'Delrapport 1', authorOrganisation: '' };

async function setup(h: Harness) {
  const evaluation = await h.repos.evaluations.create(evaluationInput());
  const upphandling = await h.repos.projects.add(evaluation.id, projectInput('Smart upphandling på Höglandet'));
  const handel = await h.repos.projects.add(evaluation.id, projectInput('Handel som tillväxtmotor'));
  return { evaluation, upphandling, handel };
}

describe('a document’s details saved from a form opened before another window changed them', () => {
  it('writes only the fields the form changed, and returns the conflict, writing nothing, when both changed one', async () => {
    harness = openHarness('document-details-patch');
    const { db, repos } = harness;
    const { evaluation, upphandling, handel } = await setup(harness);
    const id = await importText(repos, evaluation.id, upphandling.id, REPORT);
    const opened = documentFieldsOf((await db.documents.get(id))!);
    // Another window moves the document to another project.
    await repos.documents.updateDetails(id, { ...opened, projectId: handel.id });
    const saved = await repos.documents.editDetails(id, { base: opened, edited: { ...opened, title: 'Ny titel' } });
    expect(saved.conflicts).toEqual([]);
    expect(saved.step?.action).toBe('editDocument');
    expect(await db.documents.get(id)).toMatchObject({ title: 'Ny titel', projectId: handel.id });
    const snap = await db.documents.get(id);
    expect(await repos.documents.editDetails(id, { base: opened, edited: { ...opened, projectId: null } })).toEqual({
      step: null,
      conflicts: [{ field: 'projectId', mine: null, theirs: handel.id }],
    });
    expect(await db.documents.get(id)).toEqual(snap);
  });
});

describe('a document’s details changed by the evaluator', () => {
  it('are one undoable step in the audit log, the passages moved by the move rule in the same step', async () => {
    harness = openHarness('document-details-step');
    const { db, repos } = harness;
    const { evaluation, upphandling, handel } = await setup(harness);
    const id = await importText(repos, evaluation.id, upphandling.id, REPORT);
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    const passage = await codePhrase(repos, id, 'Andelen lokala anbud ökade under året.', code);
    const before = await repos.documents.get(id);

    const step = (await repos.documents.updateDetails(id, { ...DETAILS, projectId: handel.id, title: '  Delrapport 1 (reviderad) ' })) as ChangeSet;
    expect(step.action).toBe('editDocument');
    expect(await repos.documents.get(id)).toMatchObject({ projectId: handel.id, title: 'Delrapport 1 (reviderad)', date: '2024-06-30' });
    expect((await db.segments.get(passage.id))?.projectId).toBe(handel.id);
    expect((await auditLog(db)).at(-1)).toMatchObject({ action: 'editDocument', summary: 'Delrapport 1 (reviderad)', segmentIds: [passage.id] });

    await repos.history.undo(step);
    expect(await repos.documents.get(id)).toEqual(before);
    expect((await db.segments.get(passage.id))?.projectId).toBe(upphandling.id);
    expect((await auditLog(db)).at(-1)).toMatchObject({ action: 'undo', of: 'editDocument' });
    await repos.history.redo(step);
    expect((await repos.documents.get(id))?.projectId).toBe(handel.id);
    expect((await db.segments.get(passage.id))?.projectId).toBe(handel.id);
  });

  it('moves to the programme and back with its passages keeping their project, and a no-change edit is no step', async () => {
    harness = openHarness('document-programme-step');
    const { db, repos } = harness;
    const { evaluation, upphandling } = await setup(harness);
    const id = await importText(repos, evaluation.id, upphandling.id, REPORT);
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    const passage = await codePhrase(repos, id, 'Andelen lokala anbud ökade under året.', code);
    const current = await repos.documents.get(id);
    if (!current) throw new Error('no document');
    const same = { projectId: current.projectId, type: current.type, date: current.date, title: current.title, authorOrganisation: current.authorOrganisation };
    expect(await repos.documents.updateDetails(id, same)).toBeNull();

    const step = (await repos.documents.updateDetails(id, { ...same, projectId: null })) as ChangeSet;
    expect((await repos.documents.get(id))?.projectId).toBeNull();
    expect((await db.segments.get(passage.id))?.projectId).toBe(upphandling.id);
    expect(step.changes.map((c) => c.table)).toEqual(['documents']);
    await repos.history.undo(step);
    expect((await repos.documents.get(id))?.projectId).toBe(upphandling.id);
    await expect(repos.documents.updateDetails(id, { ...same, projectId: 'no-such-project' })).rejects.toThrow(/No project/);
  });
});

describe('a twin marked or unmarked by hand', () => {
  it('is one undoable step in the audit log, and the similarity measured comes back on undo', async () => {
    harness = openHarness('twin-step');
    const { db, repos } = harness;
    const { evaluation, upphandling } = await setup(harness);
    const first = await importText(repos, evaluation.id, upphandling.id, REPORT, { title: 'Delrapport (PDF)' });
    const second = await importText(repos, evaluation.id, upphandling.id, `${REPORT}\n`, { title: 'Delrapport (Word)' });
    await db.documents.update(second, { duplicateOf: first, duplicateSimilarity: 0.97 });

    const unmark = (await repos.documents.setDuplicateOf(second, null)) as ChangeSet;
    expect(unmark.action).toBe('unmarkTwin');
    expect(await repos.documents.get(second)).toMatchObject({ duplicateOf: null, duplicateSimilarity: null });
    expect((await auditLog(db)).at(-1)).toMatchObject({ action: 'unmarkTwin', summary: 'Delrapport (Word)' });
    await repos.history.undo(unmark);
    expect(await repos.documents.get(second)).toMatchObject({ duplicateOf: first, duplicateSimilarity: 0.97 });
    expect(await repos.documents.setDuplicateOf(second, first)).toBeNull();

    await repos.history.redo(unmark);
    const mark = (await repos.documents.setDuplicateOf(second, first)) as ChangeSet;
    expect(mark.action).toBe('markTwin');
    expect(await repos.documents.get(second)).toMatchObject({ duplicateOf: first, duplicateSimilarity: null });
    await repos.history.undo(mark);
    expect((await repos.documents.get(second))?.duplicateOf).toBeNull();
  });

  it('is marked in the same step as the details when the form changes both', async () => {
    harness = openHarness('twin-details-step');
    const { repos } = harness;
    const { evaluation, upphandling } = await setup(harness);
    const first = await importText(repos, evaluation.id, upphandling.id, REPORT);
    const second = await importText(repos, evaluation.id, upphandling.id, `${REPORT}\n`);
    const step = (await repos.documents.updateDetails(second, { ...DETAILS, projectId: upphandling.id }, first)) as ChangeSet;
    expect(await repos.documents.get(second)).toMatchObject({ title: 'Delrapport 1', duplicateOf: first, duplicateSimilarity: null });
    await repos.history.undo(step);
    expect((await repos.documents.get(second))?.duplicateOf).toBeNull();
    await expect(repos.documents.updateDetails(second, { ...DETAILS, projectId: upphandling.id }, second)).rejects.toThrow(/No other document/);
  });
});
