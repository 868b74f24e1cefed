import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultReportSettings, REPORT_SECTION_IDS } from '../../../shared/domain';
import { StaleStepError } from '../../../renderer/store/dexie/changeWriter';
import { auditLog, evaluationInput, NOW, openHarness, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

async function setup(label: string) {
  harness = openHarness(label);
  return harness.repos.evaluations.create(evaluationInput());
}

describe('the report settings in the store', () => {
  it('gives a new evaluation its default settings in the same transaction, and deletes them with it', async () => {
    const evaluation = await setup('report-settings-create');
    expect(await harness.db.reportSettings.get(evaluation.id)).toEqual(defaultReportSettings(evaluation.id, NOW));
    expect(await harness.repos.reportSettings.get(evaluation.id)).toEqual(defaultReportSettings(evaluation.id, NOW));
    await harness.repos.evaluations.remove(evaluation.id);
    expect(await harness.db.reportSettings.count()).toBe(0);
  });

  it('answers the defaults for an evaluation without a stored record, writing nothing', async () => {
    const evaluation = await setup('report-settings-default');
    await harness.db.reportSettings.delete(evaluation.id);
    harness.deps.setNow('2026-12-01T10:00:00.000Z');
    expect(await harness.repos.reportSettings.get(evaluation.id)).toEqual(defaultReportSettings(evaluation.id, '2026-12-01T10:00:00.000Z'));
    expect(await harness.db.reportSettings.count()).toBe(0);
  });

  it('updates in one undoable, logged step; undo and redo replay it', async () => {
    const evaluation = await setup('report-settings-update');
    const before = await snapshot(harness.db, ['auditLog']);
    harness.deps.setNow('2026-12-01T10:00:00.000Z');
    const step = await harness.repos.reportSettings.update(evaluation.id, { texts: { summary: 'Programmet har nått sina mål.' }, quotesPerCategory: 5 }, 'Sammanfattning');
    expect(step?.action).toBe('editReport');
    expect(step?.changes).toHaveLength(1);
    const after = await harness.repos.reportSettings.get(evaluation.id);
    expect(after).toMatchObject({ texts: { summary: 'Programmet har nått sina mål.' }, quotesPerCategory: 5, updatedAt: '2026-12-01T10:00:00.000Z' });
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({ action: 'editReport', summary: 'Sammanfattning', evaluationId: evaluation.id, segmentIds: [], codeIds: [] });
    const changed = await snapshot(harness.db, ['auditLog']);
    await harness.repos.history.undo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(before);
    await harness.repos.history.redo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(changed);
    expect((await auditLog(harness.db)).slice(-2).map((e) => [e.action, e.of])).toEqual([['undo', 'editReport'], ['redo', 'editReport']]);
  });

  it('merges texts key by key (a blank text removes its key) and writes nothing when nothing changes', async () => {
    const evaluation = await setup('report-settings-texts');
    await harness.repos.reportSettings.update(evaluation.id, { texts: { summary: 'A', conclusions: 'B' } });
    await harness.repos.reportSettings.update(evaluation.id, { texts: { conclusions: 'C', 'results.lokal.results': 'D' } });
    await harness.repos.reportSettings.update(evaluation.id, { texts: { summary: '  ' } });
    expect((await harness.repos.reportSettings.get(evaluation.id)).texts).toEqual({ conclusions: 'C', 'results.lokal.results': 'D' });
    const logged = (await auditLog(harness.db)).length;
    expect(await harness.repos.reportSettings.update(evaluation.id, { texts: { conclusions: 'C' }, anonymise: true })).toBeNull();
    expect(await auditLog(harness.db)).toHaveLength(logged);
  });

  it('keeps sections, people and the number of quotes within what the report can take', async () => {
    const evaluation = await setup('report-settings-rules');
    const reversed = [...REPORT_SECTION_IDS].reverse().map((id) => ({ id, enabled: id !== 'appendices' }));
    await harness.repos.reportSettings.update(evaluation.id, { sections: reversed, quotesPerCategory: 99, people: [{ name: ' Eva Ek ', role: 'projektledaren ' }, { name: ' ', role: 'x' }] });
    expect(await harness.repos.reportSettings.get(evaluation.id)).toMatchObject({ sections: reversed, quotesPerCategory: 20, people: [{ name: 'Eva Ek', role: 'projektledaren' }] });
    await expect(harness.repos.reportSettings.update(evaluation.id, { sections: reversed.slice(1) })).rejects.toThrow(RangeError);
    await expect(harness.repos.reportSettings.update('nope', { anonymise: false })).rejects.toThrow(/No evaluation/);
    expect(await harness.db.reportSettings.get('nope')).toBeUndefined();
  });

  it('undoes a first change of an evaluation with no stored record back to none, and refuses a stale undo', async () => {
    const evaluation = await setup('report-settings-first');
    await harness.db.reportSettings.delete(evaluation.id);
    const step = await harness.repos.reportSettings.update(evaluation.id, { anonymise: false });
    expect(step?.changes[0]).toMatchObject({ table: 'reportSettings', id: evaluation.id, before: null });
    const later = await harness.repos.reportSettings.update(evaluation.id, { reportDate: '2026-12-24' });
    await expect(harness.repos.history.undo(step!)).rejects.toThrow(StaleStepError);
    await harness.repos.history.undo(later!);
    await harness.repos.history.undo(step!);
    expect(await harness.db.reportSettings.get(evaluation.id)).toBeUndefined();
    expect((await harness.repos.reportSettings.get(evaluation.id)).anonymise).toBe(true);
  });
});
