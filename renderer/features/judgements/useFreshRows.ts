import { useEffect, useState } from 'react';

/** Fresh rows made ordinary at a time, when the thread is idle (each costs a few ms to lay out and paint). */
const ROWS_PER_STEP = 5;
/** The longest wait for an idle moment before a step runs anyway, in ms. */
const STEP_TIMEOUT_MS = 250;

const idle: (run: () => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (run) => {
        const handle = requestIdleCallback(run, { timeout: STEP_TIMEOUT_MS });
        return () => cancelIdleCallback(handle);
      }
    : (run) => {
        const handle = setTimeout(run, 16);
        return () => clearTimeout(handle);
      };

/**
 * The index from which a table's rows are fresh: rows added below the first `first` are hidden
 * (`content-visibility: hidden`) on their first frames, then made ordinary rows (`auto`: painted when in
 * view, kept for find and screen readers) a few at a time when the thread is idle, top first. Chromium
 * lays out and paints a row newly given `content-visibility: auto` whole, in view or not, before it knows
 * where the row is: forty rows of thirty cells at once held the heatmap's frame for 70 ms.
 */
export function useFreshRows(count: number, first: number): number {
  const [settled, setSettled] = useState(0);
  // Fewer rows than settled (another framework's table): rows added again later are fresh again.
  if (settled > count) setSettled(count);
  const freshFrom = Math.max(first, Math.min(settled, count));
  useEffect(() => {
    if (freshFrom >= count) return;
    return idle(() => setSettled(Math.min(count, freshFrom + ROWS_PER_STEP)));
  }, [count, freshFrom]);
  return freshFrom;
}
