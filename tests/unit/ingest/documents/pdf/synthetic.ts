// Builders for synthetic pdf.js text items and runs, so layout rules are tested without pdf.js.
import type { PdfLine, TextRun } from '../../../../../shared/ingest/documents/pdf/pdfTypes';

/** A run of Helvetica-like text: about half an em per character. */
export function run(str: string, x: number, y: number, size = 10, extra: Partial<TextRun> = {}): TextRun {
  return { str, x, y, width: str.length * size * 0.5, size, rtl: false, font: 'f1', ...extra };
}

/** A pdf.js text item as `getTextContent()` returns it. */
export function item(str: string, x: number, y: number, size = 10, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { str, dir: 'ltr', transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, fontName: 'g_d0_f1', hasEOL: false, ...extra };
}

/** A line as the line builder makes it. */
export function line(text: string, x0: number, y: number, options: Partial<PdfLine> = {}): PdfLine {
  const size = options.size ?? 10;
  return { text, x0, x1: x0 + text.length * size * 0.5, y, size, font: 'f1', column: 'full', ...options };
}
