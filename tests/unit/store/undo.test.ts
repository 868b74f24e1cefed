import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StaleStepError } from '../../../renderer/store/dexie/changeWriter';
import type { AuditEntry } from '../../../shared/domain';
import { touchedIds, type ChangeSet } from '../../../shared/coding/changeSet';
import { codeAt, codingSetup, rangeOf, segmentOf } from './codingSetup';
import { auditLog, evaluationInput, importText, openHarness, REPORT_TEXT, projectInput, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

type Setup = Awaited<ReturnType<typeof codingSetup>>;

/** Every table but the audit log, which undo and redo add to. */
const data = (h: Harness) => snapshot(h.db, ['auditLog']);

interface Case {
  name: string;
  /** Evidence and codes that the step works on, made before the snapshot. */
  prepare?: (h: Harness, s: Setup) => Promise<Record<string, string>>;
  act: (h: Harness, s: Setup, made: Record<string, string>) => Promise<ChangeSet | null>;
  action: AuditEntry['action'];
}

const CASES: Case[] = [
  {
    name: 'code (a new segment)',
    act: (h, s) => h.repos.coding.code(s.documentId, rangeOf(s.text, 'fler anbud').start, rangeOf(s.text, 'fler anbud').end, s.natverk),
    action: 'code',
  },
  {
    name: 'code (a second code on a segment)',
    prepare: async (h, s) => ({ segment: (await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk)).id }),
    act: (h, s) => h.repos.coding.code(s.documentId, rangeOf(s.text, 'fler anbud').start, rangeOf(s.text, 'fler anbud').end, s.goda),
    action: 'code',
  },
  {
    name: 'uncode that deletes the segment',
    prepare: async (h, s) => ({ segment: (await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk)).id }),
    act: (h, s, made) => h.repos.coding.uncode(made.segment as string, s.natverk),
    action: 'uncode',
  },
  {
    name: 'uncode that keeps a judged segment as uncoded',
    prepare: async (h, s) => {
      const segment = await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk);
      await h.repos.coding.judge(segment.id, { memo: 'Memo' });
      return { segment: segment.id };
    },
    act: (h, s, made) => h.repos.coding.uncode(made.segment as string, s.natverk),
    action: 'uncode',
  },
  {
    name: 'autoCode via codeRanges',
    prepare: async (h, s) => ({ segment: (await codeAt(h, s.documentId, s.text, 'Nätverket växer', s.goda)).id }),
    act: (h, s) =>
      h.repos.coding.codeRanges(
        s.evaluation.id,
        [
          { documentId: s.documentId, ...rangeOf(s.text, 'leverantörsträffar') },
          { documentId: s.documentId, ...rangeOf(s.text, 'fler anbud') },
          { documentId: s.documentId, ...rangeOf(s.text, 'Nätverket växer') },
        ],
        s.natverk,
      ),
    action: 'autoCode',
  },
  {
    name: 'judge',
    prepare: async (h, s) => ({ segment: (await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk)).id }),
    act: (h, _s, made) => h.repos.coding.judge(made.segment as string, { memo: 'Tre upphandlingar', strength: 'strong', direction: 'promoting' }),
    action: 'judge',
  },
  {
    name: 'adjustRange',
    prepare: async (h, s) => ({ segment: (await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk)).id }),
    act: (h, s, made) => {
      const { start, end } = rangeOf(s.text, 'Resultatet blev fler anbud från lokala företag');
      return h.repos.coding.adjustRange(made.segment as string, start, end);
    },
    action: 'adjustRange',
  },
  {
    name: 'deleteSegment',
    prepare: async (h, s) => ({ segment: (await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk)).id }),
    act: (h, _s, made) => h.repos.coding.deleteSegment(made.segment as string),
    action: 'deleteSegment',
  },
  {
    name: 'addCode',
    act: async (h, s) => (await h.repos.codebook.add({ evaluationId: s.evaluation.id, parentId: s.results, frameworkId: null, texts: { labelSv: 'Ny kod' } })).step,
    action: 'addCode',
  },
  {
    name: 'editCode (texts, colour and a shortcut taken from another code)',
    prepare: async (h, s) => {
      await h.repos.codebook.update(s.goda, { shortcut: 'g' });
      return {};
    },
    act: (h, s) => h.repos.codebook.update(s.natverk, { labelSv: 'Nätverk och kontakter', colour: '#102030', shortcut: 'g' }),
    action: 'editCode',
  },
  {
    name: 'moveCode',
    act: (h, s) => h.repos.codebook.move(s.natverk, s.effects, 2),
    action: 'moveCode',
  },
  {
    name: 'mergeCodes',
    prepare: async (h, s) => {
      await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk);
      await codeAt(h, s.documentId, s.text, 'fler anbud', s.goda);
      await codeAt(h, s.documentId, s.text, 'leverantörsträffar', s.natverk);
      await h.repos.coding.codeData(s.rows[0]!, null, s.natverk);
      await h.repos.codebook.add({ evaluationId: s.evaluation.id, parentId: s.natverk, frameworkId: null, texts: { labelSv: 'Barn' } });
      return {};
    },
    act: (h, s) => h.repos.codebook.merge(s.natverk, s.goda),
    action: 'mergeCodes',
  },
  {
    name: 'deleteCode (a subtree, with evidence kept as uncoded)',
    prepare: async (h, s) => {
      await codeAt(h, s.documentId, s.text, 'fler anbud', s.natverk);
      await codeAt(h, s.documentId, s.text, 'fler anbud', s.tillvaxt);
      await codeAt(h, s.documentId, s.text, 'leverantörsträffar', s.goda);
      await h.repos.coding.codeData(s.rows[1]!, 2, s.inspiration);
      return {};
    },
    act: (h, s) => h.repos.codebook.remove(s.results),
    action: 'deleteCode',
  },
  {
    name: 'codeData',
    act: (h, s) => h.repos.coding.codeData(s.rows[0]!, 2, s.tillvaxt),
    action: 'codeData',
  },
  {
    name: 'uncodeData that deletes the coding',
    prepare: async (h, s) => {
      await h.repos.coding.codeData(s.rows[0]!, null, s.tillvaxt);
      return { coding: (await h.db.dataCodings.toArray())[0]!.id };
    },
    act: (h, s, made) => h.repos.coding.uncodeData(made.coding as string, s.tillvaxt),
    action: 'uncodeData',
  },
];

describe('undo and redo of every kind of step', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: undo restores every table as before, redo as after; both are logged', async (_name, c) => {
    harness = openHarness('undo-kinds');
    const { repos, db, deps } = harness;
    const s = await codingSetup(harness);
    await repos.settings.setCoderName('Karin Lindqvist');
    const made = c.prepare ? await c.prepare(harness, s) : {};
    deps.setNow('2026-11-22T10:00:00.000Z');
    const before = await data(harness);
    const logBefore = await auditLog(db);

    const step = await c.act(harness, s, made);
    if (!step) throw new Error('the step changed nothing');
    expect(step.action).toBe(c.action);
    const after = await data(harness);
    expect(after).not.toEqual(before);

    deps.setNow('2026-11-22T10:01:00.000Z');
    await repos.history.undo(step);
    expect(await data(harness)).toEqual(before);

    deps.setNow('2026-11-22T10:02:00.000Z');
    await repos.history.redo(step);
    expect(await data(harness)).toEqual(after);

    // And back again: a redone step can be undone.
    deps.setNow('2026-11-22T10:03:00.000Z');
    await repos.history.undo(step);
    expect(await data(harness)).toEqual(before);

    const ids = touchedIds(step.changes);
    const entry = (at: string, action: AuditEntry['action'], of: AuditEntry['action'] | null) => ({
      id: expect.any(String),
      evaluationId: s.evaluation.id,
      at,
      coder: 'Karin Lindqvist',
      action,
      of,
      codeIds: expect.arrayContaining(ids.codeIds),
      segmentIds: expect.arrayContaining(ids.segmentIds),
      dataCodingIds: expect.arrayContaining(ids.dataCodingIds),
      summary: step.summary,
    });
    const written = (await auditLog(db)).slice(logBefore.length);
    expect(written).toEqual([
      { ...entry('2026-11-22T10:00:00.000Z', c.action, null), id: step.id },
      entry('2026-11-22T10:01:00.000Z', 'undo', c.action),
      entry('2026-11-22T10:02:00.000Z', 'redo', c.action),
      entry('2026-11-22T10:03:00.000Z', 'undo', c.action),
    ]);
    for (const line of written) {
      expect(line.codeIds).toHaveLength(ids.codeIds.length);
      expect(line.segmentIds).toHaveLength(ids.segmentIds.length);
      expect(line.dataCodingIds).toHaveLength(ids.dataCodingIds.length);
    }
    expect((await repos.audit.list(s.evaluation.id, 3)).map((e) => [e.action, e.of])).toEqual([
      ['undo', c.action],
      ['redo', c.action],
      ['undo', c.action],
    ]);
  });

  it('undoes several steps in reverse order back to the start', async () => {
    harness = openHarness('undo-sequence');
    const { repos } = harness;
    const s = await codingSetup(harness);
    const start = await data(harness);
    const first = await repos.coding.code(s.documentId, rangeOf(s.text, 'fler anbud').start, rangeOf(s.text, 'fler anbud').end, s.natverk);
    const segment = segmentOf(first);
    const second = await repos.coding.judge(segment.id, { memo: 'Ett' });
    const third = await repos.coding.code(s.documentId, segment.position.start, segment.position.end, s.goda);
    const fourth = await repos.codebook.merge(s.natverk, s.goda);
    const steps = [first, second, third, fourth];
    const states = [];
    for (const step of steps) expect(step).not.toBeNull();
    for (const step of [...steps].reverse()) {
      states.push(await data(harness));
      await repos.history.undo(step as ChangeSet);
    }
    expect(await data(harness)).toEqual(start);
    for (const step of steps) await repos.history.redo(step as ChangeSet);
    expect(await data(harness)).toEqual(states[0]);
  });
});

describe('stale steps', () => {
  it('refuses to undo an older step after a newer one changed the same record, and changes nothing', async () => {
    harness = openHarness('undo-stale');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    const coded = await repos.coding.code(s.documentId, rangeOf(s.text, 'fler anbud').start, rangeOf(s.text, 'fler anbud').end, s.natverk);
    const judged = await repos.coding.judge(segmentOf(coded).id, { memo: 'Senare' });
    const before = await snapshot(db);
    await expect(repos.history.undo(coded as ChangeSet)).rejects.toBeInstanceOf(StaleStepError);
    await expect(repos.history.undo(coded as ChangeSet)).rejects.toMatchObject({ name: 'StaleStepError' });
    expect(await snapshot(db)).toEqual(before);
    // In order, both undo.
    await repos.history.undo(judged as ChangeSet);
    await repos.history.undo(coded as ChangeSet);
    expect(await db.segments.count()).toBe(0);
  });

  it('refuses a redo when the records changed after the undo, and a codebook undo after a later edit', async () => {
    harness = openHarness('undo-stale-redo');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    const rename = await repos.codebook.update(s.natverk, { labelSv: 'Kontakter' });
    const recolour = await repos.codebook.update(s.natverk, { colour: '#000000' });
    let before = await snapshot(db);
    await expect(repos.history.undo(rename as ChangeSet)).rejects.toBeInstanceOf(StaleStepError);
    expect(await snapshot(db)).toEqual(before);

    await repos.history.undo(recolour as ChangeSet);
    await repos.codebook.update(s.natverk, { labelEn: 'Contacts' });
    before = await snapshot(db);
    await expect(repos.history.redo(recolour as ChangeSet)).rejects.toBeInstanceOf(StaleStepError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to undo coding of a segment whose document was deleted since', async () => {
    harness = openHarness('undo-stale-deleted');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    const keep = await importText(repos, s.evaluation.id, s.project.id, 'Behålls.', { fileName: 'keep.txt' });
    expect(keep).toBeTruthy();
    const step = await repos.coding.judge((await codeAt(harness, s.documentId, s.text, 'fler anbud', s.natverk)).id, { memo: 'M' });
    await repos.documents.remove(s.documentId);
    const before = await snapshot(db);
    await expect(repos.history.undo(step as ChangeSet)).rejects.toBeInstanceOf(StaleStepError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('atomicity', () => {
  it('a codeRanges call with a range in a document of another evaluation throws and leaves nothing', async () => {
    harness = openHarness('undo-atomic-foreign');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    const other = await repos.evaluations.create(evaluationInput('Annan'));
    const project = await repos.projects.add(other.id, projectInput('Annat projekt'));
    const foreignDoc = await importText(repos, other.id, project.id, REPORT_TEXT, { allowDuplicate: true });
    const before = await snapshot(db);
    await expect(
      repos.coding.codeRanges(
        s.evaluation.id,
        [
          { documentId: s.documentId, ...rangeOf(s.text, 'leverantörsträffar') },
          { documentId: s.documentId, ...rangeOf(s.text, 'fler anbud') },
          { documentId: foreignDoc, ...rangeOf(s.text, 'Nätverket växer') },
        ],
        s.natverk,
      ),
    ).rejects.toThrow(/No document/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a write that fails after the records were written takes the whole step back, audit line included', async () => {
    harness = openHarness('undo-atomic-audit');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    await codeAt(harness, s.documentId, s.text, 'fler anbud', s.natverk);
    await codeAt(harness, s.documentId, s.text, 'leverantörsträffar', s.natverk);
    await repos.coding.codeData(s.rows[0]!, null, s.natverk);
    const before = await snapshot(db);
    // The audit line is written last: fail it, after the step's records are in.
    const fail = () => {
      throw new Error('disk full');
    };
    db.auditLog.hook('creating', fail);
    try {
      await expect(repos.codebook.merge(s.natverk, s.goda)).rejects.toThrow(/disk full/);
      await expect(repos.coding.code(s.documentId, rangeOf(s.text, 'Aneby').start, rangeOf(s.text, 'Aneby').end, s.goda)).rejects.toThrow(/disk full/);
      await expect(repos.codebook.remove(s.results)).rejects.toThrow(/disk full/);
    } finally {
      db.auditLog.hook('creating').unsubscribe(fail);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failing write in the middle of a step (the removal of the merged code) leaves every record as it was', async () => {
    harness = openHarness('undo-atomic-middle');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    await codeAt(harness, s.documentId, s.text, 'fler anbud', s.natverk);
    await repos.codebook.add({ evaluationId: s.evaluation.id, parentId: s.natverk, frameworkId: null, texts: { labelSv: 'Barn' } });
    const before = await snapshot(db);
    const fail = () => {
      throw new Error('cannot delete');
    };
    db.codes.hook('deleting', fail);
    try {
      await expect(repos.codebook.merge(s.natverk, s.goda)).rejects.toThrow(/cannot delete/);
    } finally {
      db.codes.hook('deleting').unsubscribe(fail);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('an undo that fails to log takes itself back', async () => {
    harness = openHarness('undo-atomic-undo');
    const { repos, db } = harness;
    const s = await codingSetup(harness);
    const step = await repos.coding.code(s.documentId, rangeOf(s.text, 'fler anbud').start, rangeOf(s.text, 'fler anbud').end, s.natverk);
    const before = await snapshot(db);
    const fail = () => {
      throw new Error('disk full');
    };
    db.auditLog.hook('creating', fail);
    try {
      await expect(repos.history.undo(step as ChangeSet)).rejects.toThrow(/disk full/);
    } finally {
      db.auditLog.hook('creating').unsubscribe(fail);
    }
    expect(await snapshot(db)).toEqual(before);
    await repos.history.undo(step as ChangeSet);
    expect(await db.segments.count()).toBe(0);
  });
});
