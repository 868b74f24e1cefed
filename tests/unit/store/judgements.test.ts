import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { JudgementSubject } from '../../../shared/domain';
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
  return { ...s, subject, segment };
}

describe('judgements in the store', () => {
  it('gives a new evaluation the default scale of each framework', async () => {
    const s = await setup('judgements-scales');
    const scales = await harness.repos.judgements.scales(s.evaluation.id);
    expect(scales.map((scale) => scale.frameworkId).sort()).toEqual(['learning-factors', 'lnu-conditions', 'multi-level-governance', 'results-matrix', 'success-factors']);
    expect(scales.find((scale) => scale.frameworkId === 'results-matrix')?.levels[0]?.labelSv).toBe('Uppnått');
  });

  it('judges a criterion for a project in one undoable step, logged, and changes it in place', async () => {
    const s = await setup('judgements-judge');
    const step = await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'partly', confidence: 'high', justification: 'Fler anbud.' });
    expect(step?.action).toBe('judgeCriterion');
    const [judgement] = await harness.repos.judgements.list(s.evaluation.id);
    expect(judgement).toMatchObject({ subject: s.subject, criterionCodeId: s.natverk, rating: 'partly', confidence: 'high', justification: 'Fler anbud.', segmentIds: [] });
    await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'achieved' });
    expect(await harness.repos.judgements.list(s.evaluation.id)).toEqual([expect.objectContaining({ id: judgement?.id, rating: 'achieved', confidence: 'high' })]);
    expect(await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'achieved' })).toBeNull();
    const log = await auditLog(harness.db);
    expect(log.slice(-2).map((e) => [e.action, e.codeIds, e.summary])).toEqual([
      ['judgeCriterion', [s.natverk], expect.stringContaining('Smart upphandling på Höglandet')],
      ['judgeCriterion', [s.natverk], expect.stringContaining('Smart upphandling på Höglandet')],
    ]);
  });

  it('refuses a rating that is not on the framework scale, a code or project of another evaluation', async () => {
    const s = await setup('judgements-refuse');
    await expect(harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: '3' })).rejects.toThrow(/not on the scale/);
    await expect(harness.repos.judgements.judge(s.evaluation.id, { kind: 'project', projectId: 'nope' }, s.natverk, { rating: 'partly' })).rejects.toThrow(/No project/);
    await expect(harness.repos.judgements.judge(s.evaluation.id, s.subject, 'nope', { rating: 'partly' })).rejects.toThrow(/No code/);
    expect(await harness.repos.judgements.list(s.evaluation.id)).toEqual([]);
  });

  it('links and unlinks evidence, each an undoable step that undo and redo replay', async () => {
    const s = await setup('judgements-link');
    const before = await snapshot(harness.db, ['auditLog']);
    const step = await harness.repos.judgements.link(s.evaluation.id, { kind: 'programme' }, s.natverk, { kind: 'segment', id: s.segment.id }, true);
    expect(step?.action).toBe('linkEvidence');
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({ action: 'linkEvidence', segmentIds: [s.segment.id], summary: expect.stringContaining('Programmet') });
    const linked = await snapshot(harness.db, ['auditLog']);
    expect(linked.judgements).toEqual([expect.objectContaining({ subject: { kind: 'programme' }, segmentIds: [s.segment.id] })]);
    await harness.repos.history.undo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(before);
    await harness.repos.history.redo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(linked);
    const unlink = await harness.repos.judgements.link(s.evaluation.id, { kind: 'programme' }, s.natverk, { kind: 'segment', id: s.segment.id }, false);
    expect((await harness.repos.judgements.list(s.evaluation.id))[0]?.segmentIds).toEqual([]);
    await harness.repos.history.undo(unlink!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(linked);
  });

  it('removes a link when its passage is deleted, and undoing the deletion brings the link back', async () => {
    const s = await setup('judgements-delete-segment');
    await harness.repos.judgements.link(s.evaluation.id, s.subject, s.natverk, { kind: 'segment', id: s.segment.id }, true);
    const linked = await snapshot(harness.db, ['auditLog']);
    const deletion = await harness.repos.coding.deleteSegment(s.segment.id);
    const [judgement] = await harness.repos.judgements.list(s.evaluation.id);
    expect(judgement?.segmentIds).toEqual([]);
    await harness.repos.history.undo(deletion!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(linked);
  });

  it('deletes the judgements of a deleted code, in the same undoable step', async () => {
    const s = await setup('judgements-delete-code');
    await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.inspiration, { rating: 'achieved' });
    const judged = await snapshot(harness.db, ['auditLog']);
    const deletion = await harness.repos.codebook.remove(s.inspiration);
    expect(await harness.repos.judgements.list(s.evaluation.id)).toEqual([]);
    await harness.repos.history.undo(deletion!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(judged);
  });

  it('deletes the judgements of a deleted project and the links to its passages', async () => {
    const s = await setup('judgements-delete-project');
    await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'achieved' });
    await harness.repos.judgements.link(s.evaluation.id, { kind: 'programme' }, s.natverk, { kind: 'segment', id: s.segment.id }, true);
    await harness.repos.projects.remove(s.project.id);
    expect(await harness.repos.judgements.list(s.evaluation.id)).toEqual([expect.objectContaining({ subject: { kind: 'programme' }, segmentIds: [] })]);
  });

  it('removes links to the passages of a deleted document and the rows of a deleted dataset', async () => {
    const s = await setup('judgements-delete-document');
    const row = s.rows[0]!;
    await harness.repos.coding.codeData(row, null, s.natverk);
    const [coding] = await harness.repos.datasets.codings(s.dataset.id);
    await harness.repos.judgements.link(s.evaluation.id, s.subject, s.natverk, { kind: 'segment', id: s.segment.id }, true);
    await harness.repos.judgements.link(s.evaluation.id, s.subject, s.natverk, { kind: 'dataCoding', id: coding!.id }, true);
    await harness.repos.documents.remove(s.documentId);
    expect((await harness.repos.judgements.list(s.evaluation.id))[0]).toMatchObject({ segmentIds: [], dataCodingIds: [coding!.id] });
    await harness.repos.datasets.remove(s.dataset.id);
    expect((await harness.repos.judgements.list(s.evaluation.id))[0]).toMatchObject({ segmentIds: [], dataCodingIds: [] });
  });

  it('rates on the scale as edited for the framework, and refuses a scale without distinct keys or labels', async () => {
    const s = await setup('judgements-edit-scale');
    const matrix = (await harness.repos.judgements.scales(s.evaluation.id)).find((scale) => scale.frameworkId === 'results-matrix')!;
    const edited = { ...matrix, levels: [...matrix.levels.filter((l) => l.key !== 'tooEarly'), { key: 'mixed', labelSv: 'Blandat', labelEn: 'Mixed', colour: '#cccccc', order: 9, notAssessable: false }] };
    await harness.repos.judgements.saveScale(edited);
    await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'mixed' });
    expect((await harness.repos.judgements.list(s.evaluation.id))[0]?.rating).toBe('mixed');
    await expect(harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'tooEarly' })).rejects.toThrow(/not on the scale/);
    await expect(harness.repos.judgements.saveScale({ ...edited, levels: [...edited.levels, edited.levels[0]!] })).rejects.toThrow(/distinct keys/);
    await expect(harness.repos.judgements.saveScale({ ...edited, levels: [{ ...edited.levels[0]!, labelEn: ' ' }] })).rejects.toThrow(/label/);
    await expect(harness.repos.judgements.saveScale({ ...edited, levels: [...edited.levels.slice(0, 2), { ...edited.levels[2]!, labelSv: 'uppnått' }] })).rejects.toThrow(/unique/);
    await expect(harness.repos.judgements.saveScale({ ...edited, evaluationId: 'other' })).rejects.toThrow(/id/);
  });

  it('saves an edited scale in one undoable, logged step that takes the ratings of a removed level with it', async () => {
    const s = await setup('judgements-scale-step');
    await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'partly', justification: 'Delvis.' });
    await harness.repos.judgements.judge(s.evaluation.id, { kind: 'programme' }, s.natverk, { rating: 'achieved' });
    const before = await snapshot(harness.db, ['auditLog']);
    const matrix = (await harness.repos.judgements.scales(s.evaluation.id)).find((scale) => scale.frameworkId === 'results-matrix')!;
    const levels = matrix.levels.filter((l) => l.key !== 'partly').map((l) => (l.key === 'achieved' ? { ...l, labelSv: 'Nått', colour: '#00aa00' } : l));
    const step = await harness.repos.judgements.saveScale({ ...matrix, levels: levels.reverse() });
    expect(step?.action).toBe('editScale');
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({ action: 'editScale', summary: 'results-matrix' });
    const saved = (await harness.repos.judgements.scales(s.evaluation.id)).find((scale) => scale.frameworkId === 'results-matrix')!;
    expect(saved.levels.map((l) => [l.key, l.labelSv, l.order])).toEqual([['tooEarly', 'För tidigt att säga', 0], ['notAchieved', 'Inte uppnått', 1], ['achieved', 'Nått', 2]]);
    const judged = await harness.repos.judgements.list(s.evaluation.id);
    expect(judged.map((j) => [j.subject.kind, j.rating, j.justification]).sort()).toEqual([['programme', 'achieved', ''], ['project', null, 'Delvis.']]);
    await harness.repos.history.undo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(before);
    await harness.repos.history.redo(step!);
    expect((await harness.repos.judgements.list(s.evaluation.id)).find((j) => j.subject.kind === 'project')?.rating).toBeNull();
    const moved = await harness.repos.judgements.saveScale({ ...matrix, levels: matrix.levels.filter((l) => l.key !== 'achieved') }, 'notAchieved');
    expect(moved?.changes.filter((c) => c.table === 'judgements').map((c) => c.after && 'rating' in c.after && c.after.rating)).toEqual(['notAchieved']);
  });

  it('deletes judgements and scales with their evaluation', async () => {
    const s = await setup('judgements-delete-evaluation');
    await harness.repos.judgements.judge(s.evaluation.id, s.subject, s.natverk, { rating: 'achieved' });
    await harness.repos.evaluations.remove(s.evaluation.id);
    expect(await harness.db.judgements.count()).toBe(0);
    expect(await harness.db.ratingScales.count()).toBe(0);
  });
});
