import { describe, expect, it } from 'vitest';
import { configureHistory, lastStep, recordStep, recordWhenWritten, redoStep, undoStep } from '../../../renderer/services/history';
import type { HistoryRepo } from '../../../renderer/store/dexie/historyRepo';
import type { ChangeSet } from '../../../shared/coding/changeSet';

function step(id: string, evaluationId = 'e1'): ChangeSet {
  return { id, evaluationId, action: 'code', at: '2026-11-22T10:00:00.000Z', summary: id, changes: [] };
}

function fakeRepo() {
  const calls: string[] = [];
  const repo: HistoryRepo = {
    undo: async (s) => void calls.push(`undo ${s.id}`),
    redo: async (s) => void calls.push(`redo ${s.id}`),
  };
  return { repo, calls };
}

describe('the session history', () => {
  it('a step that joined the last one replaces it, and one joined back to nothing takes it away', async () => {
    const { repo, calls } = fakeRepo();
    configureHistory(repo);
    const change = { table: 'segments', id: 's1', before: null, after: null } as unknown as ChangeSet['changes'][number];
    recordStep(step('coded'));
    recordStep({ ...step('judged'), action: 'judge', changes: [change] });
    recordStep({ ...step('judged'), action: 'judge', summary: 'joined', changes: [change] });
    expect(await lastStep('e1')).toMatchObject({ id: 'judged', summary: 'joined' });
    expect(await undoStep('e1')).toEqual({ done: 'judge', summary: 'joined' });
    expect(await redoStep('e1')).toEqual({ done: 'judge', summary: 'joined' });
    recordStep({ ...step('judged'), action: 'judge', changes: [] });
    expect(await lastStep('e1')).toMatchObject({ id: 'coded' });
    expect(calls).toEqual(['undo judged', 'redo judged']);
  });

  it('undoes the newest step first and redoes it, per evaluation', async () => {
    const { repo, calls } = fakeRepo();
    configureHistory(repo);
    recordStep(step('a'));
    recordStep(step('b'));
    recordStep(step('x', 'e2'));
    expect(await undoStep('e1')).toEqual({ done: 'code', summary: 'b' });
    expect(await redoStep('e1')).toEqual({ done: 'code', summary: 'b' });
    expect(await undoStep('e1')).toEqual({ done: 'code', summary: 'b' });
    expect(await undoStep('e1')).toEqual({ done: 'code', summary: 'a' });
    expect(await undoStep('e1')).toBeNull();
    expect(calls).toEqual(['undo b', 'redo b', 'undo b', 'undo a']);
  });

  it('an undo asked for while a coding is still being written waits for it and takes it back', async () => {
    const { repo, calls } = fakeRepo();
    configureHistory(repo);
    recordStep(step('earlier'));
    let finish: (value: ChangeSet) => void = () => undefined;
    const writing = new Promise<ChangeSet>((resolve) => (finish = resolve));
    void recordWhenWritten(writing);
    const undone = undoStep('e1');
    finish(step('just-coded'));
    expect(await undone).toEqual({ done: 'code', summary: 'just-coded' });
    expect(calls).toEqual(['undo just-coded']);
  });

  it('a new step clears what could be redone; a failed write records nothing', async () => {
    const { repo, calls } = fakeRepo();
    configureHistory(repo);
    recordStep(step('a'));
    await undoStep('e1');
    recordStep(step('b'));
    expect(await redoStep('e1')).toBeNull();
    await expect(recordWhenWritten(Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await undoStep('e1')).toEqual({ done: 'code', summary: 'b' });
    expect(calls).toEqual(['undo a', 'undo b']);
  });
});
