import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { JudgementSubject } from '../../../shared/domain';
import { codeAt, codingSetup } from './codingSetup';
import { openHarness, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

describe('judgements when codes merge or go', () => {
  it('moves the source\'s judgements to the target in the merge step, joining those of the same subject, and relinks findings; undo restores all', async () => {
    harness = openHarness('merge-judgements');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    const project: JudgementSubject = { kind: 'project', projectId: s.project.id };
    const a = await codeAt(harness, s.documentId, s.text, 'fler anbud', s.natverk);
    const b = await codeAt(harness, s.documentId, s.text, 'Aneby', s.goda);
    await repos.judgements.judge(s.evaluation.id, project, s.natverk, { rating: 'notAchieved', justification: 'Nätverkets ord' });
    await repos.judgements.link(s.evaluation.id, project, s.natverk, { kind: 'segment', id: a.id }, true);
    await repos.judgements.judge(s.evaluation.id, project, s.goda, { rating: 'achieved', justification: 'Godas ord' });
    await repos.judgements.link(s.evaluation.id, project, s.goda, { kind: 'segment', id: b.id }, true);
    await repos.judgements.judge(s.evaluation.id, { kind: 'programme' }, s.natverk, { rating: 'partly' });
    const [sourceJudgement, programmeJudgement] = (await repos.judgements.list(s.evaluation.id)).filter((j) => j.criterionCodeId === s.natverk);
    await repos.findings.add(s.evaluation.id, { title: 'Slutsats', text: '', section: 'factors' }, { judgementIds: [sourceJudgement!.id] });
    const before = await snapshot(db, ['auditLog']);

    expect(await repos.codebook.mergeImpact(s.natverk, s.goda)).toEqual({ moved: 1, combined: 1, unrated: 0, findings: 1 });
    const step = await repos.codebook.merge(s.natverk, s.goda, 'Från Nätverk:');

    const after = await repos.judgements.list(s.evaluation.id);
    expect(after).toHaveLength(2);
    const kept = after.find((j) => j.subject.kind === 'project');
    expect(kept).toMatchObject({ criterionCodeId: s.goda, rating: 'achieved', justification: 'Godas ord\n\nFrån Nätverk:\nNätverkets ord', segmentIds: [b.id, a.id] });
    expect(after.find((j) => j.subject.kind === 'programme')).toMatchObject({ id: programmeJudgement!.id, criterionCodeId: s.goda, rating: 'partly' });
    expect((await repos.findings.list(s.evaluation.id))[0]?.judgementIds).toEqual([kept!.id]);
    await repos.history.undo(step!);
    expect(await snapshot(db, ['auditLog'])).toEqual(before);
  });

  it('counts the judgements that go with a deleted code and the findings that lose them', async () => {
    harness = openHarness('delete-impact-judgements');
    const { repos } = harness;
    const s = await codingSetup(harness);
    await repos.judgements.judge(s.evaluation.id, { kind: 'project', projectId: s.project.id }, s.natverk, { rating: 'partly' });
    await repos.judgements.judge(s.evaluation.id, { kind: 'programme' }, s.goda, { rating: 'partly' });
    const [judgement] = (await repos.judgements.list(s.evaluation.id)).filter((j) => j.criterionCodeId === s.natverk);
    await repos.findings.add(s.evaluation.id, { title: 'Slutsats', text: '', section: 'factors' }, { judgementIds: [judgement!.id] });
    expect(await repos.codebook.deleteImpact(s.results)).toMatchObject({ judgementCount: 2, findingCount: 1 });
    expect(await repos.codebook.deleteImpact(s.inspiration)).toMatchObject({ judgementCount: 0, findingCount: 0 });
    await repos.codebook.remove(s.results);
    expect(await repos.judgements.list(s.evaluation.id)).toEqual([]);
    expect((await repos.findings.list(s.evaluation.id))[0]?.judgementIds).toEqual([]);
  });
});
