import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';

/**
 * How the table of contents gets its page numbers before Word updates it: docx's own layout of the pages
 * (fonts, spacing, keep settings, tables, pictures, footnotes), guessing where it cannot follow Word
 * exactly (a template's font it has no widths for), so LibreOffice, which shows the written numbers, and
 * Word before it updates the field both show them.
 */
export function reportPageNumbers(): PageNumberEstimator {
  return estimatePageNumbersWith({ guess: true });
}
