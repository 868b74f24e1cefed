import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMerge, planMerge, type MergePlan } from '../../../shared/exchange/merge';
import type { EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import { StaleStepError } from '../../../renderer/store/dexie/changeWriter';
import { readText } from '../../../renderer/store/dexie/documentTextStore';
import { asCopy, colleaguePassage, edited, mineSnapshot } from '../exchange/merge/mergeSnapshots';
import { openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.db.close());

function planOf(mine: EvaluationSnapshot, theirs: EvaluationSnapshot): MergePlan {
  const result = planMerge(mine, theirs);
  if (!result.ok) throw new Error('refused');
  return result.plan;
}

/** The evaluation's records without its audit log (which undo adds to), as a comparable value. */
async function records(h: Harness, id: string) {
  const snap = await h.repos.evaluationFiles.snapshotOf(id);
  return { ...snap.tables, auditLog: [] };
}

/** A colleague's copy (new ids) with a passage of theirs, a report only they have, and a memo changed. */
function colleagueFile(): EvaluationSnapshot {
  const copy = asCopy(mineSnapshot());
  const [document] = copy.tables.documents ?? [];
  const [text] = copy.tables.documentTexts ?? [];
  const [original] = copy.tables.originals ?? [];
  let theirs = edited(copy, 'documents', (d) => [...d, { ...document, id: 'their-doc', versionGroupId: 'their-doc', sha256: 'f'.repeat(64), title: 'Kollegans rapport' }]);
  theirs = edited(theirs, 'documentTexts', (t) => [...t, { ...text, documentId: 'their-doc' }]);
  theirs = edited(theirs, 'originals', (o) => [...o, { ...original, documentId: 'their-doc' }]);
  const [first] = copy.tables.segments ?? [];
  return edited(theirs, 'segments', (s) => [
    ...s.map((x) => (x.id === first?.id ? { ...x, memo: 'Kollegans memo' } : x)),
    colleaguePassage(copy, 'their-1'),
    { ...colleaguePassage(copy, 'their-2'), documentId: 'their-doc' },
  ]);
}

describe('merge repository', () => {
  it('writes a merge as one undoable step in the audit log; undo removes exactly what it added and changed, redo writes it again', async () => {
    harness = openHarness('merge');
    const { repos, db } = harness;
    const id = await repos.evaluationFiles.restore(mineSnapshot(), 'new');
    const before = await records(harness, id);
    const plan = planOf(await repos.evaluationFiles.snapshotOf(id), colleagueFile());
    expect(plan.conflicts.map((c) => c.field)).toEqual(['memo']);
    const step = await repos.merge.write(applyMerge(plan, { [plan.conflicts[0]?.key ?? '']: 'theirs' }), 'kollega.sparbar');
    expect(step?.action).toBe('mergeFile');
    expect(step?.summary).toBe('kollega.sparbar');

    const segments = await db.segments.where('evaluationId').equals(id).toArray();
    expect(segments.filter((s) => s.coder === 'Kollega B').map((s) => s.id).sort()).toEqual(['their-1', 'their-2']);
    expect(segments.find((s) => s.memo === 'Kollegans memo')).toBeDefined();
    expect((await db.documents.get('their-doc'))?.evaluationId).toBe(id);
    expect((await readText(db, 'their-doc'))?.text.length).toBeGreaterThan(100);
    expect(await db.originals.get('their-doc')).toBeDefined();
    const audit = await db.auditLog.where('evaluationId').equals(id).toArray();
    expect(audit.map((a) => [a.action, a.summary])).toEqual([['mergeFile', 'kollega.sparbar']]);
    const merged = await records(harness, id);

    if (!step) throw new Error('no step');
    await repos.history.undo(step);
    expect(await records(harness, id)).toEqual(before);
    expect(await readText(db, 'their-doc')).toBeUndefined();
    expect(await db.originals.get('their-doc')).toBeUndefined();
    await repos.history.redo(step);
    expect(await records(harness, id)).toEqual(merged);
    expect((await db.auditLog.where('evaluationId').equals(id).toArray()).map((a) => [a.action, a.of])).toEqual([
      ['mergeFile', null],
      ['undo', 'mergeFile'],
      ['redo', 'mergeFile'],
    ]);
  });

  it('merging the same file again writes nothing', async () => {
    harness = openHarness('merge-twice');
    const { repos } = harness;
    const id = await repos.evaluationFiles.restore(mineSnapshot(), 'new');
    const theirs = colleagueFile();
    const first = planOf(await repos.evaluationFiles.snapshotOf(id), theirs);
    const choices = Object.fromEntries(first.conflicts.map((c) => [c.key, 'theirs' as const]));
    expect(await repos.merge.write(applyMerge(first, choices), 'kollega.sparbar')).not.toBeNull();
    const once = await records(harness, id);
    const again = planOf(await repos.evaluationFiles.snapshotOf(id), theirs);
    expect(await repos.merge.write(applyMerge(again, choices), 'kollega.sparbar')).toBeNull();
    expect(await records(harness, id)).toEqual(once);
  });

  it('refuses a plan the store has moved past, writing nothing', async () => {
    harness = openHarness('merge-stale');
    const { repos, db } = harness;
    const id = await repos.evaluationFiles.restore(mineSnapshot(), 'new');
    const plan = planOf(await repos.evaluationFiles.snapshotOf(id), colleagueFile());
    const writes = applyMerge(plan, {});
    expect(await repos.merge.write(writes, 'kollega.sparbar')).not.toBeNull();
    const once = await records(harness, id);
    await expect(repos.merge.write(writes, 'kollega.sparbar')).rejects.toBeInstanceOf(StaleStepError);
    expect(await records(harness, id)).toEqual(once);
    expect(await db.auditLog.where('evaluationId').equals(id).count()).toBe(1);
  });
});
