import { describe, expect, it } from 'vitest';
import { copyWithNewIds, readEvaluationFile, writeEvaluationFile, type EvaluationSnapshot } from '../../../../shared/exchange/evaluationFile';
import { demoEvaluationSnapshot, nodeSha256, SAVED_AT } from '../../../support/evaluationFileFixtures';
import { counter } from '../../demo/demoFiles';

const options = { appVersion: 'test', now: SAVED_AT, sha256: nodeSha256 };

/** The demo with a kept agreement measurement and a passage of the shared coding (one code kept, one dropped). */
function withAgreement(): EvaluationSnapshot {
  const demo = demoEvaluationSnapshot();
  const [evaluation] = demo.tables.evaluations ?? [];
  const [segment] = demo.tables.segments ?? [];
  const [first, second] = (demo.tables.codes ?? []).map((c) => String(c.id));
  const evaluationId = String(evaluation?.id);
  const figures = { units: 10, disagreements: 2, percent: 0.8, kappa: 0.5, alpha: 0.49 };
  const run = { id: 'run-1', evaluationId, unit: 'paragraph', coders: ['Karin Lindqvist', 'Omar Haddad'], documentIds: [String(segment?.documentId)], before: { overall: figures, codes: [{ codeId: first, ...figures }] }, after: { overall: figures, codes: [{ codeId: first, ...figures }] }, resolved: 1, open: 1, createdAt: SAVED_AT };
  const shared = { ...segment, id: 'shared-1', consensus: true, codeIds: [first], droppedCodeIds: [second], coder: 'Karin Lindqvist' };
  return { ...demo, tables: { ...demo.tables, segments: [...(demo.tables.segments ?? []), shared], agreementRuns: [run] } };
}

describe('an evaluation file carries the agreement measurements and the shared coding', () => {
  it('writes and reads them back as they were', async () => {
    const snapshot = withAgreement();
    const read = await readEvaluationFile(await writeEvaluationFile(snapshot, options), { sha256: nodeSha256 });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.manifest.counts.agreementRuns).toBe(1);
    expect(read.snapshot.tables.agreementRuns).toEqual(snapshot.tables.agreementRuns);
    expect(read.snapshot.tables.segments?.find((s) => s.id === 'shared-1')).toEqual(snapshot.tables.segments?.find((s) => s.id === 'shared-1'));
  });

  it('refuses a measurement of an unknown unit', async () => {
    const snapshot = withAgreement();
    const bad = { ...snapshot, tables: { ...snapshot.tables, agreementRuns: [{ ...snapshot.tables.agreementRuns?.[0], unit: 'word' }] } };
    const read = await readEvaluationFile(await writeEvaluationFile(bad, options), { sha256: nodeSha256 });
    expect(read.ok).toBe(false);
  });

  it('copies with new ids: the run\u2019s evaluation, documents and codes, and the shared passage\u2019s dropped codes, follow', () => {
    const snapshot = withAgreement();
    const copy = copyWithNewIds(snapshot, counter('new-'));
    const newCodeIds = new Set((copy.tables.codes ?? []).map((c) => c.id));
    const run = copy.tables.agreementRuns?.[0] as Record<string, unknown> & { before: { codes: { codeId: string }[] }; after: { codes: { codeId: string }[] }; documentIds: string[] };
    expect(run.evaluationId).toBe(copy.tables.evaluations?.[0]?.id);
    expect(newCodeIds.has(run.before.codes[0]?.codeId)).toBe(true);
    expect(newCodeIds.has(run.after.codes[0]?.codeId)).toBe(true);
    expect((copy.tables.documents ?? []).some((d) => d.id === run.documentIds[0])).toBe(true);
    const shared = (copy.tables.segments ?? []).find((s) => s.consensus === true) as { droppedCodeIds: string[] };
    expect(newCodeIds.has(shared.droppedCodeIds[0] as string)).toBe(true);
  });
});
