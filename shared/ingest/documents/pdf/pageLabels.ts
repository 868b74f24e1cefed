/** The printed label of a page (0-based index) where the PDF has labels, else its physical number. */
export function pageLabelOf(labels: readonly string[] | null, index: number): string {
  const label = labels?.[index]?.trim();
  return label ? label : String(index + 1);
}

/** Reads pdf.js's `getPageLabels()` answer: one string per page, or null. */
export function readPageLabels(value: unknown, pageCount: number): string[] | null {
  if (!Array.isArray(value) || value.length !== pageCount) return null;
  return value.map((label) => (typeof label === 'string' ? label : ''));
}

/**
 * Pages as a short list of ranges, e.g. "3, 5–7" (physical numbers, 1-based, ascending), each shown by its
 * label.
 */
export function formatPageRanges(pages: readonly number[], labelOf: (page: number) => string): string {
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start < 0) return;
    parts.push(start === end ? labelOf(start) : `${labelOf(start)}–${labelOf(end)}`);
  };
  for (const page of pages) {
    if (page === end + 1 && start >= 0) {
      end = page;
      continue;
    }
    flush();
    start = page;
    end = page;
  }
  flush();
  return parts.join(', ');
}
