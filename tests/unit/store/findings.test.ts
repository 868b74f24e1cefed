import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, JudgementSubject, Recommendation } from '../../../shared/domain';
import { codeAt, codingSetup } from './codingSetup';
import { auditLog, openHarness, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

async function setup(label: string) {
  harness = openHarness(label);
  const s = await codingSetup(harness);
  const subject: JudgementSubject = { kind: 'project', projectId: s.project.id };
  const segment = await codeAt(harness, s.documentId, s.text, 'fler anbud', s.natverk);
  await harness.repos.judgements.judge(s.evaluation.id, subject, s.natverk, { rating: 'achieved' });
  const [judgement] = await harness.repos.judgements.list(s.evaluation.id);
  return { ...s, subject, segment, judgement: judgement! };
}

const added = (step: { changes: { after: unknown }[] } | null) => step?.changes[0]?.after as Finding;

describe('findings in the store', () => {
  it('writes a finding linked to a judgement in one undoable step, logged, and undo and redo replay it', async () => {
    const s = await setup('findings-add');
    const before = await snapshot(harness.db, ['auditLog']);
    const step = await harness.repos.findings.add(s.evaluation.id, { title: 'Nätverk växte', text: 'Fler anbud.', section: 'resultsLokal' }, { judgementIds: [s.judgement.id] });
    expect(step?.action).toBe('addFinding');
    expect(await harness.repos.findings.list(s.evaluation.id)).toEqual([expect.objectContaining({ title: 'Nätverk växte', section: 'resultsLokal', order: 0, judgementIds: [s.judgement.id] })]);
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({ action: 'addFinding', summary: 'Nätverk växte' });
    const after = await snapshot(harness.db, ['auditLog']);
    await harness.repos.history.undo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(before);
    await harness.repos.history.redo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(after);
  });

  it('refuses a missing title, an unknown section and links outside the evaluation', async () => {
    const s = await setup('findings-refuse');
    await expect(harness.repos.findings.add(s.evaluation.id, { title: ' ', text: '', section: 'factors' })).rejects.toThrow(/title/);
    await expect(harness.repos.findings.add(s.evaluation.id, { title: 'T', text: '', section: 'factors' }, { judgementIds: ['nope'] })).rejects.toThrow(/No judgement/);
    await expect(harness.repos.findings.addRecommendation(s.evaluation.id, { title: 'R', text: '', findingIds: [] })).rejects.toThrow(/at least one finding/);
    expect(await harness.repos.findings.list(s.evaluation.id)).toEqual([]);
  });

  it('edits, links a passage, moves within a section and deletes, each one step', async () => {
    const s = await setup('findings-edit');
    const a = added(await harness.repos.findings.add(s.evaluation.id, { title: 'A', text: '', section: 'factors' }));
    const b = added(await harness.repos.findings.add(s.evaluation.id, { title: 'B', text: '', section: 'factors' }));
    expect(b.order).toBe(1);
    await harness.repos.findings.edit(a.id, { title: 'A2', text: 'Ord', section: 'factors' });
    expect(await harness.repos.findings.edit(a.id, { title: 'A2', text: 'Ord', section: 'factors' })).toBeNull();
    const link = await harness.repos.findings.link(a.id, { kind: 'segment', id: s.segment.id }, true);
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({ action: 'linkFinding', segmentIds: [s.segment.id] });
    const move = await harness.repos.findings.move(b.id, -1);
    const orders = async () => Object.fromEntries((await harness.repos.findings.list(s.evaluation.id)).map((f) => [f.title, f.order]));
    expect(await orders()).toEqual({ A2: 1, B: 0 });
    expect(await harness.repos.findings.move(b.id, -1)).toBeNull();
    await harness.repos.history.undo(move!);
    expect(await orders()).toEqual({ A2: 0, B: 1 });
    await harness.repos.history.undo(link!);
    expect((await harness.db.findings.get(a.id))?.segmentIds).toEqual([]);
    const removal = await harness.repos.findings.remove(a.id);
    expect(await harness.repos.findings.list(s.evaluation.id)).toHaveLength(1);
    await harness.repos.history.undo(removal!);
    expect(await harness.repos.findings.list(s.evaluation.id)).toHaveLength(2);
  });

  it('a form saves only the fields it changed, keeping what another window changed, and asks about the same field', async () => {
    const s = await setup('findings-edit-fields');
    const a = added(await harness.repos.findings.add(s.evaluation.id, { title: 'A', text: 'Gammal text', section: 'factors' }));
    const opened = { title: 'A', text: 'Gammal text', section: 'factors' } as const;
    await harness.repos.findings.edit(a.id, { ...opened, text: 'Text från andra fönstret' });
    const saved = await harness.repos.findings.editFields(a.id, { base: opened, edited: { ...opened, title: 'A2' } });
    expect(saved.conflicts).toEqual([]);
    expect(saved.step?.changes).toEqual([expect.objectContaining({ before: expect.objectContaining({ title: 'A', text: 'Text från andra fönstret' }), after: expect.objectContaining({ title: 'A2', text: 'Text från andra fönstret' }) })]);
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({ action: 'editFinding', summary: 'A2' });
    const before = await snapshot(harness.db);
    expect(await harness.repos.findings.editFields(a.id, { base: opened, edited: { ...opened, text: 'Min text' } })).toEqual({
      step: null,
      conflicts: [{ field: 'text', mine: 'Min text', theirs: 'Text från andra fönstret' }],
    });
    expect(await snapshot(harness.db)).toEqual(before);

    const r = added(await harness.repos.findings.addRecommendation(s.evaluation.id, { title: 'R', text: '', findingIds: [a.id] })) as unknown as Recommendation;
    const rOpened = { title: 'R', text: '', findingIds: [a.id] };
    await harness.repos.findings.editRecommendation(r.id, { ...rOpened, title: 'R från andra' });
    expect((await harness.repos.findings.editRecommendationFields(r.id, { base: rOpened, edited: { ...rOpened, text: 'Gör så' } })).conflicts).toEqual([]);
    expect(await harness.db.recommendations.get(r.id)).toMatchObject({ title: 'R från andra', text: 'Gör så' });
    expect((await harness.repos.findings.editRecommendationFields(r.id, { base: rOpened, edited: { ...rOpened, title: 'R min' } })).conflicts).toEqual([{ field: 'title', mine: 'R min', theirs: 'R från andra' }]);
  });

  it('writes, moves and deletes recommendations tied to findings', async () => {
    const s = await setup('findings-recommendations');
    const a = added(await harness.repos.findings.add(s.evaluation.id, { title: 'A', text: '', section: 'factors' }));
    const r1 = added(await harness.repos.findings.addRecommendation(s.evaluation.id, { title: 'R1', text: '', findingIds: [a.id] })) as unknown as Recommendation;
    const r2 = added(await harness.repos.findings.addRecommendation(s.evaluation.id, { title: 'R2', text: '', findingIds: [a.id] })) as unknown as Recommendation;
    expect([r1.order, r2.order]).toEqual([0, 1]);
    await harness.repos.findings.moveRecommendation(r2.id, -1);
    expect((await harness.db.recommendations.get(r2.id))?.order).toBe(0);
    await harness.repos.findings.editRecommendation(r1.id, { title: 'R1 ny', text: 'Gör så', findingIds: [a.id] });
    expect(await harness.db.recommendations.get(r1.id)).toMatchObject({ title: 'R1 ny', text: 'Gör så' });
    const removal = await harness.repos.findings.removeRecommendation(r1.id);
    expect(removal?.action).toBe('deleteRecommendation');
    expect(await harness.repos.findings.recommendations(s.evaluation.id)).toEqual([expect.objectContaining({ id: r2.id })]);
  });

  it('a deleted finding leaves its recommendations without it, kept, and undo brings the tie back', async () => {
    const s = await setup('findings-delete-finding');
    const a = added(await harness.repos.findings.add(s.evaluation.id, { title: 'A', text: '', section: 'factors' }));
    await harness.repos.findings.addRecommendation(s.evaluation.id, { title: 'R', text: '', findingIds: [a.id] });
    const before = await snapshot(harness.db, ['auditLog']);
    const removal = await harness.repos.findings.remove(a.id);
    expect(await harness.repos.findings.recommendations(s.evaluation.id)).toEqual([expect.objectContaining({ title: 'R', findingIds: [] })]);
    await harness.repos.history.undo(removal!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(before);
  });

  it('deleting a passage or a code removes the links of findings in the same undoable step', async () => {
    const s = await setup('findings-cascade');
    const a = added(await harness.repos.findings.add(s.evaluation.id, { title: 'A', text: '', section: 'factors' }, { judgementIds: [s.judgement.id], segmentIds: [s.segment.id] }));
    const linked = await snapshot(harness.db, ['auditLog']);
    const deletion = await harness.repos.coding.deleteSegment(s.segment.id);
    expect((await harness.db.findings.get(a.id))?.segmentIds).toEqual([]);
    await harness.repos.history.undo(deletion!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(linked);
    // Deleting the criterion deletes its judgement, and with it the finding's link to the judgement.
    const codeDeletion = await harness.repos.codebook.remove(s.natverk);
    expect((await harness.db.findings.get(a.id))?.judgementIds).toEqual([]);
    await harness.repos.history.undo(codeDeletion!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(linked);
  });

  it('deleting a project or a dataset removes the links of findings to its judgements and evidence', async () => {
    const s = await setup('findings-cascade-project');
    await harness.repos.coding.codeData(s.rows[0]!, null, s.natverk);
    const [coding] = await harness.repos.datasets.codings(s.dataset.id);
    const a = added(await harness.repos.findings.add(s.evaluation.id, { title: 'A', text: '', section: 'factors' }, { judgementIds: [s.judgement.id], segmentIds: [s.segment.id], dataCodingIds: [coding!.id] }));
    await harness.repos.datasets.remove(s.dataset.id);
    expect((await harness.db.findings.get(a.id))?.dataCodingIds).toEqual([]);
    await harness.repos.projects.remove(s.project.id);
    expect(await harness.db.findings.get(a.id)).toMatchObject({ judgementIds: [], segmentIds: [], dataCodingIds: [] });
    await harness.repos.evaluations.remove(s.evaluation.id);
    expect(await harness.db.findings.count()).toBe(0);
  });
});
