import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { codeAt, codingSetup } from './codingSetup';
import { auditLog, openHarness, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

async function setup(label: string) {
  harness = openHarness(label);
  const s = await codingSetup(harness);
  const first = await codeAt(harness, s.documentId, s.text, 'fler anbud', s.natverk);
  const second = await codeAt(harness, s.documentId, s.text, 'Nätverket växer', s.natverk);
  return { ...s, first, second };
}

describe('marking passages for the report', () => {
  it('marks several passages in one undoable, logged step; undo and redo replay it', async () => {
    const s = await setup('report-marks');
    const before = await snapshot(harness.db, ['auditLog']);
    const step = await harness.repos.segments.setReportMarks([s.first.id, s.second.id], { inReport: true });
    expect(step?.action).toBe('markForReport');
    expect(step?.changes.map((c) => c.id).sort()).toEqual([s.first.id, s.second.id].sort());
    expect((await harness.repos.segments.getMany([s.first.id, s.second.id])).map((x) => x.inReport)).toEqual([true, true]);
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({
      action: 'markForReport',
      segmentIds: expect.arrayContaining([s.first.id, s.second.id]),
      summary: 'Med i rapporten: ”fler anbud” och 1 till',
    });
    const marked = await snapshot(harness.db, ['auditLog']);
    await harness.repos.history.undo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(before);
    await harness.repos.history.redo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(marked);
  });

  it('marks a memo only where the passage has one, and changes nothing when the marks are as asked', async () => {
    const s = await setup('report-marks-memo');
    expect(await harness.repos.segments.setReportMarks([s.first.id], { memoInReport: true })).toBeNull();
    await harness.repos.coding.judge(s.first.id, { memo: 'Ett tydligt exempel på lokal upphandling.' });
    const step = await harness.repos.segments.setReportMarks([s.first.id, s.second.id], { memoInReport: true });
    expect(step?.changes.map((c) => c.id)).toEqual([s.first.id]);
    expect((await auditLog(harness.db)).at(-1)?.summary).toBe('Notat med i rapporten: ”fler anbud”');
    const [first, second] = await harness.repos.segments.getMany([s.first.id, s.second.id]);
    expect(first).toMatchObject({ memoInReport: true });
    expect(second).not.toHaveProperty('memoInReport');
    const logged = (await auditLog(harness.db)).length;
    expect(await harness.repos.segments.setReportMarks([s.first.id], { memoInReport: true })).toBeNull();
    expect(await harness.repos.segments.setReportMarks(['nope'], { inReport: true })).toBeNull();
    expect(await auditLog(harness.db)).toHaveLength(logged);
  });

  it('refuses to mark passages of two evaluations in one step, writing nothing', async () => {
    const s = await setup('report-marks-two');
    const other = await codingSetup(harness, 'Annan utvärdering');
    const elsewhere = await codeAt(harness, other.documentId, other.text, 'fler anbud', other.natverk);
    const before = await snapshot(harness.db);
    await expect(harness.repos.segments.setReportMarks([s.first.id, elsewhere.id], { inReport: true })).rejects.toThrow(/different evaluations/);
    expect(await snapshot(harness.db)).toEqual(before);
  });
});
