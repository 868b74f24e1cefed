import type { BlockCell, BlockKind, BlockNote } from '../../../domain/document';

/*
 * What the flow assembler collects text in: paragraphs (split where pages break) and the frames that own
 * them (the body, a table cell, a text box, a note), and the blocks it has finished but not yet placed.
 */

/** What a paragraph is: set by the importer from its style, outline level and numbering. */
export interface ParagraphRole {
  kind: 'heading' | 'paragraph' | 'listItem';
  level: number | null;
  list?: { depth: number; ordered: boolean };
}

export interface Segment {
  page: number;
  parts: string[];
}

export interface Paragraph {
  role: ParagraphRole;
  /** Split where a page break falls, so that each block has one page. */
  segments: Segment[];
  /** Text boxes anchored in this paragraph: they follow it. */
  deferred: Pending[];
}

export interface Pending {
  kind: BlockKind;
  text: string;
  level: number | null;
  page: number | null;
  list?: { depth: number; ordered: boolean };
  cell?: BlockCell;
  note?: BlockNote;
}

export interface FrameBase {
  para: Paragraph | null;
  /** A paragraph whose mark was deleted (tracked change): the next paragraph of the frame continues it. */
  carry: Paragraph | null;
}
export interface BodyFrame extends FrameBase {
  type: 'body';
}
export interface CellFrame extends FrameBase {
  type: 'cell';
  lines: string[];
  deferred: Pending[];
  cell: BlockCell;
  hidden: boolean;
  page: number | null;
}
export interface BoxFrame extends FrameBase {
  type: 'textBox';
  lines: string[];
  deferred: Pending[];
  page: number;
}
export interface NoteFrame extends FrameBase {
  type: 'note';
  lines: string[];
  note: BlockNote;
  page: number | null;
  order: number;
}
/** A table or text box inside a text box or a note: its paragraphs become lines of that text box or note. */
export interface PassFrame extends FrameBase {
  type: 'pass';
  target: BoxFrame | NoteFrame;
}
export type Frame = BodyFrame | CellFrame | BoxFrame | NoteFrame | PassFrame;
