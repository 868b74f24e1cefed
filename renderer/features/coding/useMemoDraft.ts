import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing must pause before a memo is saved. */
export const MEMO_PAUSE_MS = 1200;

export interface MemoDraft {
  value: string;
  onChange: (value: string) => void;
  /** Save now (on blur). */
  flush: () => void;
}

/**
 * A memo being written: kept locally while typing and saved (one undoable step each time) after a pause
 * or when the field is left, never per keystroke. A change from outside (an undo, say) replaces the
 * draft unless it is the echo of this draft's own save. Switching to another record saves what was
 * pending for the previous one first.
 */
export function useMemoDraft(recordId: string, saved: string, save: (recordId: string, memo: string) => void, pauseMs = MEMO_PAUSE_MS): MemoDraft {
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState({ recordId, saved });
  const [sent, setSent] = useState<string | null>(null);
  const pending = useRef<{ recordId: string; memo: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ save, saved, recordId });

  if (shown.recordId !== recordId) {
    setShown({ recordId, saved });
    setDraft(saved);
    setSent(null);
  } else if (shown.saved !== saved) {
    setShown({ recordId, saved });
    if (saved !== sent) setDraft(saved);
  }

  useEffect(() => {
    latest.current = { save, saved, recordId };
  }, [save, saved, recordId]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const job = pending.current;
    pending.current = null;
    // Nothing changed after all (typed and taken back): no step.
    if (!job || (job.recordId === latest.current.recordId && job.memo === latest.current.saved)) return;
    setSent(job.memo);
    latest.current.save(job.recordId, job.memo);
  }, []);

  // Leaving a record (or the screen) saves what was still pending for it.
  useEffect(() => flush, [recordId, flush]);

  const onChange = useCallback(
    (value: string) => {
      setDraft(value);
      pending.current = { recordId, memo: value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, pauseMs);
    },
    [recordId, flush, pauseMs],
  );

  return { value: draft, onChange, flush };
}
