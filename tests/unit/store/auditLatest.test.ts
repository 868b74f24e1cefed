import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { codingSetup } from './codingSetup';
import { evaluationInput, openHarness, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

describe('auditRepo.latestAt (what the backup schedule reads as the last change)', () => {
  it('gives the time of the newest entry of the evaluation’s log, and null for an evaluation without one', async () => {
    harness = openHarness('audit-latest');
    const s = await codingSetup(harness);
    const other = await harness.repos.evaluations.create(evaluationInput('Annan'));
    const before = await harness.repos.audit.latestAt(s.evaluation.id);
    harness.deps.setNow('2026-11-22T10:30:00.000Z');
    await harness.repos.findings.add(s.evaluation.id, { title: 'Nätverk växte', text: 'Fler anbud.', section: 'resultsLokal' });
    expect(await harness.repos.audit.latestAt(s.evaluation.id)).toBe('2026-11-22T10:30:00.000Z');
    expect(before === null || before < '2026-11-22T10:30:00.000Z').toBe(true);
    expect(await harness.repos.audit.latestAt(other.id)).toBeNull();
  });
});
