import type { HeadingLevelOf } from './pdfParagraphs';

/** A line this much bigger than the body text (both ratio and points) is a heading. */
const HEADING_RATIO = 1.15;
const HEADING_POINTS = 1;

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2;
}

/** Counts characters per font size over a document, to find the body size and the heading sizes. */
export function createSizeStats() {
  const chars = new Map<number, number>();
  /** The size that carries most characters; 0 for an empty document. */
  const bodySize = (): number => {
    let best = 0;
    let most = -1;
    for (const [size, count] of chars) {
      if (count > most || (count === most && size < best)) {
        best = size;
        most = count;
      }
    }
    return best;
  };
  return {
    add(size: number, count: number): void {
      const key = sizeKey(size);
      chars.set(key, (chars.get(key) ?? 0) + count);
    },
    bodySize,
    /**
     * Heading levels by size rank: the biggest heading size is level 1, every other heading size level 2.
     */
    headingLevels(): HeadingLevelOf {
      const body = bodySize();
      const isHeading = (size: number) => size >= body * HEADING_RATIO && size >= body + HEADING_POINTS;
      let biggest = 0;
      for (const size of chars.keys()) if (isHeading(size)) biggest = Math.max(biggest, size);
      return (size: number) => {
        const key = sizeKey(size);
        if (body === 0 || !isHeading(key)) return null;
        return key >= biggest ? 1 : 2;
      };
    },
  };
}

export type SizeStats = ReturnType<typeof createSizeStats>;
