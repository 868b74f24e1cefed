import { useSyncExternalStore } from 'react';
import type { SegmentPaint } from '../paint';

/** A segment painted the moment its code is applied, before the write comes back, in the chunks it touches. */
export interface ProvisionalPaint {
  paint: SegmentPaint;
  chunks: readonly number[];
}

/**
 * Holds the provisional paint of one reader. Only the chunks it touches subscribe to a change, so painting
 * it renders those chunks alone, not the reader with its thousands of segments.
 */
export interface ProvisionalStore {
  set: (value: ProvisionalPaint | null) => void;
  /** Takes `value` away if it is still the one shown (a later coding may have replaced it). */
  clear: (value: ProvisionalPaint) => void;
  forChunk: (chunk: number) => ProvisionalPaint | null;
  subscribe: (listener: () => void) => () => void;
}

export function createProvisionalStore(): ProvisionalStore {
  let current: ProvisionalPaint | null = null;
  const listeners = new Set<() => void>();
  return {
    set(value) {
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
    clear(value) {
      if (current === value) this.set(null);
    },
    forChunk(chunk) {
      return current && current.chunks.includes(chunk) ? current : null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NO_STORE: ProvisionalStore = { set: () => undefined, clear: () => undefined, forChunk: () => null, subscribe: () => () => undefined };

/** The provisional paint touching a chunk, or null. */
export function useProvisional(store: ProvisionalStore | null, chunk: number): ProvisionalPaint | null {
  const source = store ?? NO_STORE;
  return useSyncExternalStore(source.subscribe, () => source.forChunk(chunk));
}

/**
 * A chunk's paints with the provisional one laid in: replacing the segment it stands for, in start order.
 * Once the stored segment is painted (the same range with the same codes), the provisional one is not.
 */
export function withProvisional(ranges: readonly SegmentPaint[], provisional: SegmentPaint): readonly SegmentPaint[] {
  if (ranges.some((paint) => paint.start === provisional.start && paint.end === provisional.end && paint.label === provisional.label)) return ranges;
  const others = ranges.filter((paint) => paint.id !== provisional.id);
  let at = 0;
  while (at < others.length && (others[at] as SegmentPaint).start <= provisional.start) at++;
  others.splice(at, 0, provisional);
  return others;
}

/** The lane for a new segment: the lowest one that no overlapping segment stands in. */
export function freeLane(paints: readonly SegmentPaint[], start: number, end: number): number {
  const taken = new Set<number>();
  for (const paint of paints) if (paint.start < end && start < paint.end) taken.add(paint.lane);
  let lane = 0;
  while (taken.has(lane)) lane++;
  return lane;
}
