import type { OpenRefusal } from '../../shared/ports/openBatch';
import type { OpenResult, Platform } from '../../shared/ports/platform';

/** The listeners of a platform's refused choices of files (Platform.onOpenRefused), and telling them. */
export interface OpenRefusals {
  subscribe: Platform['onOpenRefused'];
  /** Tells every listener when the result is a refusal; returns the result unchanged. */
  tell(result: OpenResult): OpenResult;
}

export function createOpenRefusals(): OpenRefusals {
  const listeners = new Set<(refusal: OpenRefusal) => void>();
  return {
    subscribe(listener) {
      // Each subscription is its own, even for the same function.
      const own = (refusal: OpenRefusal) => listener(refusal);
      listeners.add(own);
      return () => {
        listeners.delete(own);
      };
    },
    tell(result) {
      if (result.cancelled && result.refused) for (const listener of [...listeners]) listener(result.refused);
      return result;
    },
  };
}
