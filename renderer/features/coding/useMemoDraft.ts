import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** How long typing must pause before a memo is saved. */
export const MEMO_PAUSE_MS = 1200;

export interface MemoDraft {
  value: string;
  onChange: (value: string) => void;
  /** Save now (on blur). */
  flush: () => void;
  /** The memo stored meanwhile by another window while this one was being typed (null: none). */
  elsewhere: string | null;
  /** Drop what was typed here for the memo stored elsewhere. */
  takeTheirs: () => void;
  /** Save what was typed here over the memo stored elsewhere. */
  keepMine: () => void;
}

/**
 * A memo being written: kept locally while typing and saved (one undoable step each time) after a pause
 * or when the field is left, never per keystroke. A change from outside (an undo, say) replaces the
 * draft unless it is the echo of this draft's own save; while something typed here is still unsaved, a
 * change from outside (another window) is not overwritten: the draft waits, and `elsewhere` holds the
 * stored memo until the evaluator takes theirs or keeps mine. Switching to another record saves what was
 * pending for the previous one first (unless it waits so).
 */
export function useMemoDraft(recordId: string, saved: string, save: (recordId: string, memo: string) => void, pauseMs = MEMO_PAUSE_MS): MemoDraft {
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState({ recordId, saved });
  const [sent, setSent] = useState<string | null>(null);
  const [elsewhere, setElsewhere] = useState<string | null>(null);
  const [typed, setTyped] = useState(false);
  const waiting = useRef(false);
  const pending = useRef<{ recordId: string; memo: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ save, saved, recordId });

  if (shown.recordId !== recordId) {
    setShown({ recordId, saved });
    setDraft(saved);
    setSent(null);
    setElsewhere(null);
    setTyped(false);
  } else if (shown.saved !== saved) {
    setShown({ recordId, saved });
    // The echo of this draft's save is taken once; after it (an undo, then a redo) the same value is news.
    setSent(null);
    if (saved !== sent) {
      if (typed && draft !== saved) setElsewhere(saved);
      else {
        setDraft(saved);
        setElsewhere(null);
      }
    }
  }

  // Before any timer can run: a draft that waits is not saved by its pause.
  useLayoutEffect(() => {
    waiting.current = elsewhere !== null;
    if (waiting.current) clearTimeout(timer.current);
  }, [elsewhere]);

  useEffect(() => {
    latest.current = { save, saved, recordId };
  }, [save, saved, recordId]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (waiting.current) return;
    const job = pending.current;
    pending.current = null;
    setTyped(false);
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
      setTyped(true);
      pending.current = { recordId, memo: value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, pauseMs);
    },
    [recordId, flush, pauseMs],
  );

  const takeTheirs = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    waiting.current = false;
    setTyped(false);
    setElsewhere(null);
    setDraft(latest.current.saved);
  }, []);

  const keepMine = useCallback(() => {
    waiting.current = false;
    setElsewhere(null);
    pending.current ??= { recordId, memo: draft };
    flush();
  }, [flush, recordId, draft]);

  return { value: draft, onChange, flush, elsewhere, takeTheirs, keepMine };
}
