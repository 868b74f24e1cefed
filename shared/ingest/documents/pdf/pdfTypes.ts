/** One pdf.js text item in page space: where it starts, how wide it is, how big its font is. */
export interface TextRun {
  str: string;
  /** Left end of the run on its baseline (page units). */
  x: number;
  /** Baseline, growing upwards as in PDF user space. */
  y: number;
  width: number;
  /** Font size (the height of the text's em square). */
  size: number;
  /** pdf.js marked the run right-to-left (Arabic, Hebrew). */
  rtl: boolean;
  /** pdf.js's name for the run's font (e.g. `g_d0_f2`): only compared, never shown. */
  font: string;
}

/** Which side of a two-column page a line sits on; `full` for single-column pages and lines across both. */
export type LineColumn = 'full' | 'left' | 'right';

/** A line of text as read from a page, in reading order. Compact: kept for every page until blocks are built. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline of the line's main text. */
  y: number;
  /** The font size that carries most of the line's characters. */
  size: number;
  /** The font that carries most of the line's characters. */
  font: string;
  column: LineColumn;
}

/** A page's lines in reading order, and what the rest of the pipeline needs to know about the page. */
export interface PdfPageText {
  /** 1-based physical page number. */
  number: number;
  /** The printed page label, or the physical number as a string. */
  label: string;
  /** Top and bottom of the page in the lines' coordinates (for the header and footer bands). */
  top: number;
  bottom: number;
  lines: PdfLine[];
  /** Text set at an angle to the page's main text (stamps, margin notes), one string per line. */
  offAxis: string[];
}
