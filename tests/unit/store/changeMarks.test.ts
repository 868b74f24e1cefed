import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { codingSetup } from './codingSetup';
import { evaluationInput, importText, openHarness, projectInput, REPORT_TEXT, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

describe('what the backup schedule reads as a change', () => {
  it('auditRepo.latestAt gives the newest entry of the evaluation’s log, and null for an evaluation without one', async () => {
    harness = openHarness('audit-latest');
    const s = await codingSetup(harness);
    const other = await harness.repos.evaluations.create(evaluationInput('Annan'));
    harness.deps.setNow('2026-11-22T10:30:00.000Z');
    await harness.repos.findings.add(s.evaluation.id, { title: 'Nätverk växte', text: 'Fler anbud.', section: 'resultsLokal' });
    expect(await harness.repos.audit.latestAt(s.evaluation.id)).toBe('2026-11-22T10:30:00.000Z');
    expect(await harness.repos.audit.latestAt(other.id)).toBeNull();
  });

  it('changeMarks.of stays while nothing changes and differs after each kind of write, also those not in the audit log', async () => {
    harness = openHarness('change-marks');
    const s = await codingSetup(harness);
    const other = await harness.repos.evaluations.create(evaluationInput('Annan'));
    const marks = harness.repos.changeMarks;
    let mark = await marks.of(s.evaluation.id);
    expect(await marks.of(s.evaluation.id)).toBe(mark);
    const changed = async (what: string) => {
      const next = await marks.of(s.evaluation.id);
      expect(next, what).not.toBe(mark);
      mark = next;
    };
    let minute = 10;
    const tick = () => harness.deps.setNow(`2026-11-22T10:${String(minute++).padStart(2, '0')}:00.000Z`);

    tick();
    await harness.repos.findings.add(s.evaluation.id, { title: 'Nätverk växte', text: 'Fler anbud.', section: 'resultsLokal' });
    await changed('a finding (audited)');
    tick();
    await harness.repos.projects.update(s.project.id, { base: s.project, edited: { ...s.project, name: 'Nytt namn' } });
    await changed('a project edited');
    tick();
    const added = await harness.repos.projects.add(s.evaluation.id, projectInput('Ett projekt till'));
    await changed('a project added');
    tick();
    await importText(harness.repos, s.evaluation.id, added.id, `${REPORT_TEXT}\nEn annan rapport.`, { fileName: 'annan.txt', allowDuplicate: true });
    await changed('a document imported');
    tick();
    await harness.repos.projects.remove(added.id);
    await changed('a project deleted with its document');
    // Another evaluation's writes leave this mark as it is.
    tick();
    await harness.repos.projects.add(other.id, projectInput('Annat projekt'));
    expect(await marks.of(s.evaluation.id)).toBe(mark);
  });
});
