import { useEffect, useSyncExternalStore } from 'react';

/** Work that leaves the store half-done, or a file unwritten, if the window goes while it runs. */
export type WorkKind = 'import' | 'autoCoding' | 'openFile' | 'saveFile' | 'restore';

const running = new Map<number, WorkKind>();
const listeners = new Set<() => void>();
let nextId = 1;
let snapshot = false;

function changed(): void {
  snapshot = running.size > 0;
  for (const listener of listeners) listener();
}

/** Registers running work; call the function returned when it is over (more than once does no harm). */
export function startWork(kind: WorkKind): () => void {
  const id = nextId++;
  running.set(id, kind);
  changed();
  return () => {
    if (running.delete(id)) changed();
  };
}

/** Runs the work registered for as long as its promise is pending. */
export async function whileRunning<T>(kind: WorkKind, work: () => Promise<T>): Promise<T> {
  const done = startWork(kind);
  try {
    return await work();
  } finally {
    done();
  }
}

/** The kinds of work running now. */
export function runningWork(): WorkKind[] {
  return [...running.values()];
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether any work is running (re-renders when that changes). */
export function useWorkRunning(): boolean {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** Registers the work for as long as `active` is true and the component is there. */
export function useRunningWhile(kind: WorkKind, active: boolean): void {
  useEffect(() => (active ? startWork(kind) : undefined), [kind, active]);
}
