import type { FlowAssembler } from '../flow/flowAssembler';
import type { NoteReferences } from './noteReferences';
import type { Numbering } from './numbering';
import type { Relationships } from './relationships';
import type { StyleSheet } from './styles';

/** What was left out or resolved on the way, for the warnings. */
export interface DocxCounts {
  images: number;
  external: number;
  embedded: number;
  insertions: number;
  deletions: number;
}

/**
 * Where page numbers come from: the page breaks Word rendered last time it saved (w:lastRenderedPageBreak,
 * which already include the explicit ones), else explicit page breaks, page-break-before and sections
 * that start on a new page.
 */
export type PageSource = 'rendered' | 'explicit';

export interface WordPartContext {
  assembler: FlowAssembler;
  styles: StyleSheet;
  numbering: Numbering;
  relationships: Relationships;
  counts: DocxCounts;
  references: NoteReferences;
  pages: PageSource;
  /** w:type of each section in document order ('nextPage' when unstated), for explicit paging. */
  sectionTypes: readonly string[];
  /** Comment id → its label, page and order (comments part only). */
  comments?: ReadonlyMap<string, { label: string; page: number | null; order: number }>;
}

export type WordPartKind = 'document' | 'footnotes' | 'endnotes' | 'comments';
