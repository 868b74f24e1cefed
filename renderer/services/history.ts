import { useSyncExternalStore } from 'react';
import type { AuditAction, Id } from '../../shared/domain';
import type { ChangeSet } from '../../shared/coding/changeSet';
import type { HistoryRepo } from '../store';

/**
 * The session's undo and redo stacks, one pair per evaluation, so Ctrl+Z never reaches into an evaluation
 * that is not open. Every coding and codebook step is recorded here by the screen that made it.
 */
interface Stacks {
  undo: ChangeSet[];
  redo: ChangeSet[];
}

/** How many steps are kept per evaluation; the oldest go first. */
const LIMIT = 500;

const stacks = new Map<Id, Stacks>();
const listeners = new Set<() => void>();
let repo: HistoryRepo | null = null;
let version = 0;
let busy: Promise<unknown> = Promise.resolve();

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

function stacksOf(evaluationId: Id): Stacks {
  let entry = stacks.get(evaluationId);
  if (!entry) {
    entry = { undo: [], redo: [] };
    stacks.set(evaluationId, entry);
  }
  return entry;
}

/** Called once at start with the repository that writes undo and redo. */
export function configureHistory(historyRepo: HistoryRepo): void {
  repo = historyRepo;
  stacks.clear();
  changed();
}

/** Records a step that was just written (null: nothing changed, nothing to record). */
export function recordStep(step: ChangeSet | null): void {
  if (!step) return;
  const entry = stacksOf(step.evaluationId);
  // A step that joined the last one (a judgement's next change, shared/coding/stepJoin.ts) replaces it;
  // joined back to nothing, it is gone.
  const joined = entry.undo.at(-1)?.id === step.id;
  if (joined) entry.undo.pop();
  if (!joined || step.changes.length > 0) entry.undo.push(step);
  if (entry.undo.length > LIMIT) entry.undo.shift();
  entry.redo = [];
  changed();
}

/**
 * Records a step whose write is still under way, once it lands. Undo and redo wait for it, so a Ctrl+Z
 * pressed the moment after coding takes back that coding, not the step before it.
 */
export function recordWhenWritten(writing: Promise<ChangeSet | null>): Promise<ChangeSet | null> {
  const recorded = writing.then((step) => {
    recordStep(step);
    return step;
  });
  busy = Promise.all([busy, recorded.catch(() => undefined)]);
  return recorded;
}

export type HistoryOutcome = { done: AuditAction; summary: string } | { stale: true } | null;

async function replay(evaluationId: Id, direction: 'undo' | 'redo'): Promise<HistoryOutcome> {
  // Steps run one after the other, so a quick Ctrl+Z Ctrl+Z undoes two steps in order.
  const run = busy.then(async (): Promise<HistoryOutcome> => {
    if (!repo) return null;
    const entry = stacksOf(evaluationId);
    const from = direction === 'undo' ? entry.undo : entry.redo;
    const step = from.pop();
    if (!step) return null;
    try {
      await repo[direction](step);
    } catch (error) {
      if (error instanceof Error && error.name === 'StaleStepError') {
        // The records changed since; the step can no longer be replayed, and neither can those before it.
        from.length = 0;
        changed();
        return { stale: true };
      }
      from.push(step);
      throw error;
    }
    (direction === 'undo' ? entry.redo : entry.undo).push(step);
    changed();
    return { done: step.action, summary: step.summary };
  });
  busy = run.catch(() => undefined);
  return run;
}

export const undoStep = (evaluationId: Id) => replay(evaluationId, 'undo');

/** The step the next undo would take back, once the writes under way have landed: the step a judgement's change may join. */
export async function lastStep(evaluationId: Id): Promise<ChangeSet | null> {
  await busy;
  return stacks.get(evaluationId)?.undo.at(-1) ?? null;
}
export const redoStep = (evaluationId: Id) => replay(evaluationId, 'redo');

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** The action the next undo or redo takes back or does again. */
  nextUndo: AuditAction | null;
  nextRedo: AuditAction | null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshots = new Map<string, HistoryState>();

function snapshot(evaluationId: Id | null): HistoryState {
  const key = `${version}\u0000${evaluationId ?? ''}`;
  let state = snapshots.get(key);
  if (!state) {
    const entry = evaluationId ? stacks.get(evaluationId) : undefined;
    state = {
      canUndo: (entry?.undo.length ?? 0) > 0,
      canRedo: (entry?.redo.length ?? 0) > 0,
      nextUndo: entry?.undo.at(-1)?.action ?? null,
      nextRedo: entry?.redo.at(-1)?.action ?? null,
    };
    snapshots.clear();
    snapshots.set(key, state);
  }
  return state;
}

/** The undo and redo state of an evaluation, for buttons and menus. */
export function useHistoryState(evaluationId: Id | null): HistoryState {
  return useSyncExternalStore(subscribe, () => snapshot(evaluationId));
}
