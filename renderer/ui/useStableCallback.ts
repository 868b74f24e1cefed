import { useCallback, useEffect, useRef } from 'react';

/**
 * A callback that keeps its identity across renders and always calls the latest `fn`, so memoised
 * children (the palette, the segment panel) do not render again when only the closure changed.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
