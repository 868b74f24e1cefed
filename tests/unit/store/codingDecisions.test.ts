// Coding decisions: auto-coding says why it left a range uncoded; a judgement's strength, direction and
// memo set one after the other are one step (one line in the log, one undo).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { codeAt, codingSetup, rangeOf } from './codingSetup';
import { auditLog, openHarness, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const T1 = '2026-11-22T10:00:00.000Z';
const T3 = '2026-11-22T12:00:00.000Z';

describe('coding.autoCode', () => {
  it('says why each range it left uncoded was left: already coded, the same passage as another, white space, a document deleted', async () => {
    harness = openHarness('coding-auto-why');
    const { repos } = harness;
    const { evaluation, documentId, text, natverk } = await codingSetup(harness);
    await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const lev = rangeOf(text, 'leverantörsträffar');
    const outcome = await repos.coding.autoCode(
      evaluation.id,
      [
        { documentId, ...lev },
        { documentId, start: lev.start - 1, end: lev.end + 1 },
        { documentId, ...rangeOf(text, 'fler anbud') },
        { documentId, start: lev.end, end: lev.end + 1 },
        { documentId: 'deleted-since', start: 0, end: 5 },
      ],
      natverk,
    );
    expect(outcome.step?.changes).toHaveLength(1);
    expect(outcome.skipped).toEqual({ alreadyCoded: 1, samePassage: 1, blank: 1, documentGone: 1 });
  });
});

describe('coding.judge, one decision', () => {
  it('joins strength, direction and memo set one after the other into one step: one line in the log, one undo', async () => {
    harness = openHarness('coding-judge-join');
    const { repos, db, deps } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const segment = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const linesBefore = await db.auditLog.count();
    deps.setNow(T1);
    const first = await repos.coding.judge(segment.id, { strength: 'strong' });
    deps.setNow('2026-11-22T10:01:00.000Z');
    const second = await repos.coding.judge(segment.id, { direction: 'promoting' }, first);
    deps.setNow('2026-11-22T10:02:00.000Z');
    const third = await repos.coding.judge(segment.id, { memo: 'Tre upphandlingar' }, second);
    const judged = { ...segment, strength: 'strong', direction: 'promoting', memo: 'Tre upphandlingar', updatedAt: '2026-11-22T10:02:00.000Z' };
    expect(third).toEqual({ id: first?.id, evaluationId: segment.evaluationId, action: 'judge', at: '2026-11-22T10:02:00.000Z', summary: '”fler anbud”', changes: [{ table: 'segments', id: segment.id, before: segment, after: judged }] });
    expect(await db.auditLog.count()).toBe(linesBefore + 1);
    expect((await auditLog(db)).at(-1)).toMatchObject({ id: first?.id, action: 'judge', at: '2026-11-22T10:02:00.000Z', segmentIds: [segment.id] });
    // The one undo takes back all three.
    await harness.repos.history.undo(third as ChangeSet);
    expect(await db.segments.get(segment.id)).toEqual(segment);
  });

  it('does not join a step of another passage, one after something else was logged, or one long after', async () => {
    harness = openHarness('coding-judge-apart');
    const { repos, db, deps } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const one = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const two = await codeAt(harness, documentId, text, 'Nätverket växer', natverk);
    deps.setNow(T1);
    const first = await repos.coding.judge(one.id, { strength: 'strong' });
    const other = await repos.coding.judge(two.id, { strength: 'weak' }, first);
    expect(other?.id).not.toBe(first?.id);
    const again = await repos.coding.judge(one.id, { direction: 'hindering' }, first);
    expect(again?.id).not.toBe(first?.id);
    deps.setNow(T3);
    const later = await repos.coding.judge(one.id, { memo: 'Senare' }, again);
    expect(later?.id).not.toBe(again?.id);
    expect((await auditLog(db)).filter((entry) => entry.action === 'judge')).toHaveLength(4);
  });
});
