import { useSyncExternalStore } from 'react';
import { withRecentCode } from './paletteModel';

/**
 * The codes used most recently, per evaluation, for the palette's "recently used" group. Kept in memory
 * for the session only: nothing of it is written anywhere.
 */
const recentByEvaluation = new Map<string, readonly string[]>();
const listeners = new Set<() => void>();
const NONE: readonly string[] = [];

/** Notes that a code was just used in an evaluation. */
export function rememberCode(evaluationId: string, codeId: string): void {
  recentByEvaluation.set(evaluationId, withRecentCode(recentByEvaluation.get(evaluationId) ?? NONE, codeId));
  for (const listener of listeners) listener();
}

/** The evaluation's recently used code ids, most recent first. */
export function recentCodes(evaluationId: string): readonly string[] {
  return recentByEvaluation.get(evaluationId) ?? NONE;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecentCodes(evaluationId: string): readonly string[] {
  return useSyncExternalStore(subscribe, () => recentCodes(evaluationId));
}
