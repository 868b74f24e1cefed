import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { measureAgreement } from '../../../shared/analysis/agreement/measureAgreement';
import { agreementDocuments } from '../../../shared/analysis/agreement/agreementChoice';
import { codeAt, codingSetup } from './codingSetup';
import { auditLog, openHarness, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

/** Two coders on the same report: both code "fler anbud" with Nätverk, only B codes "Nätverket växer" with it. */
async function setup(label: string) {
  harness = openHarness(label);
  const s = await codingSetup(harness);
  await harness.repos.settings.setCoderName('Anna');
  await codeAt(harness, s.documentId, s.text, 'Resultatet blev fler anbud', s.natverk);
  await harness.repos.settings.setCoderName('Bo');
  // Coding the same range adds to the passage there, whoever codes: B's passage is a sentence of its own.
  await codeAt(harness, s.documentId, s.text, 'fler anbud från lokala företag', s.natverk);
  await codeAt(harness, s.documentId, s.text, 'Nätverket växer', s.natverk);
  await harness.repos.settings.setCoderName('Eva');
  return s;
}

async function measure() {
  const data = await harness.repos.agreement.data((await harness.repos.evaluations.list())[0]?.id as string);
  return { data, m: measureAgreement({ unit: 'character', coders: ['Anna', 'Bo'], documents: agreementDocuments(data.texts, data.texts.map((t) => t.documentId)), passages: data.segments }) };
}

describe('the agreement repository', () => {
  it('reads the passages and the texts of the documents two coders coded', async () => {
    const s = await setup('agreement-read');
    const { data, m } = await measure();
    expect(data.texts.map((t) => t.documentId)).toEqual([s.documentId]);
    expect(data.runs).toEqual([]);
    expect(m.disagreements.length).toBeGreaterThan(0);
  });

  it('resolves a disagreement into the shared coding as one undoable, logged step; the coders\u2019 passages stay', async () => {
    const s = await setup('agreement-resolve');
    const { m } = await measure();
    const open = m.disagreements.find((d) => s.text.slice(d.start, d.end).includes('Nätverket'));
    expect(open).toBeDefined();
    const before = await snapshot(harness.db, ['auditLog']);
    const step = await harness.repos.agreement.resolve(s.evaluation.id, { documentId: s.documentId, codeId: s.natverk, spans: open?.spans ?? [] }, 'keep');
    expect(step?.action).toBe('resolveDisagreement');
    expect(step?.changes).toHaveLength(1);
    expect(step?.changes[0]?.after).toMatchObject({ consensus: true, coder: 'Eva', codeIds: [s.natverk], droppedCodeIds: [] });
    expect((await auditLog(harness.db)).at(-1)).toMatchObject({ action: 'resolveDisagreement', coder: 'Eva', summary: expect.stringMatching(/^Nätverk ✓: .*Nätverket växer/) });
    const after = await measure();
    expect(after.m.disagreements.find((d) => d.key === open?.key)?.resolution).toBe('kept');
    expect(after.m.before).toEqual(m.before);
    expect(after.m.after.overall.disagreements).toBeLessThan(m.before.overall.disagreements);
    await harness.repos.history.undo(step!);
    expect(await snapshot(harness.db, ['auditLog'])).toEqual(before);
    expect((await measure()).m.disagreements.every((d) => d.resolution === null)).toBe(true);
  });

  it('keeps a measurement as one undoable step; the runs are read newest first', async () => {
    const s = await setup('agreement-run');
    const { m } = await measure();
    const run = { evaluationId: s.evaluation.id, unit: 'character' as const, coders: ['Anna', 'Bo'], documentIds: [s.documentId], before: m.before, after: m.after, resolved: 0, open: m.disagreements.length };
    const step = await harness.repos.agreement.saveRun(run);
    expect(step?.action).toBe('saveAgreementRun');
    const { data } = await measure();
    expect(data.runs).toEqual([{ ...run, id: step?.changes[0]?.id, createdAt: expect.any(String) }]);
    await harness.repos.history.undo(step!);
    expect((await measure()).data.runs).toEqual([]);
  });
});
