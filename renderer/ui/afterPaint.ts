import { useEffect, useState } from 'react';

/** Runs `fn` once the next frame has been painted; the returned function cancels it. */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, one painted frame late (`initial` until then): what is rendered with it is styled, laid out and
 * painted in a task of its own, after what the same change showed at once.
 */
export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState<T>(initial);
  useEffect(() => afterPaint(() => setShown(() => value)), [value]);
  return shown;
}
