import { useEffect, useRef, type RefObject } from 'react';

/**
 * A file dialog's work in a worker: the job under way and what the worker holds for the dialog (a file
 * read, a project or a merge planned), in the dialog's refs. Both are let go when the dialog goes,
 * however it goes; the function returned stops the job, lets go of what is held and closes. Shared by
 * opening an evaluation file, merging a colleague's and importing a REFI-QDA project.
 */
export function useLetGoOnClose(jobRef: RefObject<{ cancel(): void } | null>, heldRef: RefObject<{ discard(): void } | null>, onClose: () => void): () => void {
  useEffect(
    () => () => {
      jobRef.current?.cancel();
      heldRef.current?.discard();
    },
    [jobRef, heldRef],
  );
  return () => {
    jobRef.current?.cancel();
    jobRef.current = null;
    heldRef.current?.discard();
    heldRef.current = null;
    onClose();
  };
}

/** Runs `start` once, when the dialog opens (not again in React's development double effects). */
export function useOnOpen(start: () => void): void {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start();
    // Once, when the dialog opens for its file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
