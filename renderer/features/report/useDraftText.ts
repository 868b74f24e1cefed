import { useEffect, useRef, useState } from 'react';

/** How long typing may pause before the text is saved. */
export const SAVE_PAUSE_MS = 1200;

export type DraftStatus = 'idle' | 'saving' | 'saved';

/**
 * A text field's draft over a stored text: typing changes only the draft; it is saved after a pause and on
 * leaving the field (so one stretch of typing is one undoable step), and a stored value changed from
 * outside (undo, another window) replaces the draft when nothing is being typed.
 */
export function useDraftText(stored: string, save: (text: string) => Promise<void>) {
  const [draft, setDraft] = useState(stored);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const [seen, setSeen] = useState(stored);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, stored, save });
  latest.current = { draft, stored, save };

  // Only a change of the stored text itself (undo, another window) replaces the draft, never while typing.
  if (stored !== seen) {
    setSeen(stored);
    if (!dirty.current) setDraft(stored);
  }

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    const { draft: text, stored: before, save: write } = latest.current;
    dirty.current = false;
    if (text === before) return;
    setStatus('saving');
    void write(text).then(
      () => setStatus('saved'),
      () => setStatus('idle'),
    );
  };

  useEffect(() => () => flush(), []); // eslint-disable-line react-hooks/exhaustive-deps -- save what is typed when the field goes

  return {
    draft,
    status,
    onChange: (text: string) => {
      dirty.current = true;
      setDraft(text);
      setStatus('idle');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_PAUSE_MS);
    },
    onBlur: flush,
  };
}
