import type { ReportLanguage } from '../../domain/evaluation';
import type { ReportLogo } from '../../domain/reportSettings';

/**
 * The report as a document: what the report model (shared/report/model) builds from an evaluation and the
 * Word rendering (shared/report/docx) writes, knowing nothing of evaluations. Every text here is final:
 * in the report language, anonymised, with quotation marks and citations already worded.
 */

/** A piece of a paragraph: text, or a footnote reference whose footnote holds `footnote`. */
export type ReportInline = { text: string; bold?: boolean; italics?: boolean } | { footnote: string };

/** A table cell: its text, and optionally a fill (6-hex colour, written label always in `inlines`). */
export interface ReportTableCell {
  inlines: ReportInline[];
  /** Background colour as `RRGGBB`, e.g. a rating's scale colour; never the only carrier of meaning. */
  fill?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface ReportTableColumn {
  header: string;
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  widthPercent: number;
  align?: 'left' | 'center' | 'right';
}

export type ReportBlock =
  /** Level 1 starts a section (on a new page); levels 2 and 3 are its parts. All go to the table of contents. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; inlines: ReportInline[]; style?: 'normal' | 'note' }
  | { kind: 'bullets'; items: ReportInline[][]; numbered?: boolean }
  /**
   * A quote: set in the Quote style inside Swedish quotation marks (”…”) followed by a footnote holding
   * `citation` (project, document title, type, date, page, and the evidence number). `memo`, when the
   * evaluator marked it for the report, follows the quote as a note.
   */
  | { kind: 'quote'; text: string; citation: string; evidenceNumber: number; memo: string | null }
  /** A native Word table with its header row repeated on each page and no row split across pages. */
  | { kind: 'table'; caption: string; columns: ReportTableColumn[]; rows: ReportTableCell[][]; note?: string }
  /** A chart: the SVG (shared/report/charts) rendered to PNG, with its alt text and caption. */
  | { kind: 'chart'; svg: string; alt: string; caption: string }
  /** The table of contents: a real TOC field over headings 1-3, with estimated page numbers. */
  | { kind: 'contents'; title: string }
  | { kind: 'pageBreak' };

export interface ReportTitlePage {
  title: string;
  /** e.g. the programme's name. */
  subtitle: string;
  /** e.g. `Slututvärdering`. */
  kindLabel: string;
  /** Label and value lines, e.g. [`Beställare`, `Tillväxtverket`], [`Utvärderare`, `A, B`], [`Datum`, `2026-12-07`]. */
  lines: { label: string; value: string }[];
  logo: ReportLogo | null;
}

export interface ReportDocument {
  language: ReportLanguage;
  /** The document's title (Word's document properties and the running header). */
  title: string;
  /** Null: the title page section is switched off. */
  titlePage: ReportTitlePage | null;
  blocks: ReportBlock[];
  /** Words the renderer needs in the report language (the footer's page label). */
  words: { page: string };
}
