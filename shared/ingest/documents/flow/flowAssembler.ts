import type { Block, BlockCell, BlockNote } from '../../../domain/document';
import { DEFAULT_GUARD, type LimitGuard } from '../../../domain/importLimits';
import { createTextModelBuilder } from '../textModelBuilder';
import type { Frame, Paragraph, ParagraphRole, PassFrame, Pending, Segment } from './flowFrames';

const PARAGRAPH: ParagraphRole = { kind: 'paragraph', level: null };
const NOTE_RANK = { footnote: 0, endnote: 1, comment: 2 } as const;

/**
 * Assembles the blocks of a flowing word-processor document (DOCX, ODT) as its XML is read in one pass:
 * - body paragraphs become heading/paragraph/listItem blocks, split at page breaks;
 * - a table cell becomes one tableCell block, its paragraphs joined with '\n'; a table nested in a cell
 *   gives its own cell blocks right after the outer cell's block;
 * - a text box becomes one textBox block right after the paragraph (or cell) that anchors it; tables and
 *   text boxes inside a text box or a note are read as lines of it;
 * - notes and comments become note/comment blocks at the end: footnotes, then endnotes, then comments,
 *   each in the order the importer gives.
 * Pages: the importer reports page breaks; with none, every block's page is null. Within a table row the
 * page goes on from the row's start in each cell, and after the row from the furthest cell.
 * The guard's limits hold as the XML is read: the characters of text, tables in tables, the time.
 */
export function createFlowAssembler(guard: LimitGuard = DEFAULT_GUARD) {
  const frames: Frame[] = [{ type: 'body', para: null, carry: null }];
  const out: Pending[] = [];
  const notes: (Pending & { order: number; rank: number })[] = [];
  const tables: number[] = [];
  const rows: { start: number; furthest: number }[] = [];
  let nextTable = 0;
  let page = 1;
  let lastPage = 1;
  let breaks = 0;
  let bodyText = false;
  let characters = 0;

  const top = (): Frame => frames[frames.length - 1] as Frame;
  /** The frame that owns lines and pages for the top frame (a pass frame's target). */
  const owner = (frame: Frame): Exclude<Frame, PassFrame> => (frame.type === 'pass' ? frame.target : frame);
  const newParagraph = (): Paragraph => ({ role: PARAGRAPH, segments: [{ page, parts: [] }], deferred: [] });
  const paragraphText = (para: Paragraph): string => para.segments.map((segment) => segment.parts.join('')).join('');

  function currentParagraph(): Paragraph {
    const frame = top();
    frame.para ??= frame.carry ?? newParagraph();
    frame.carry = null;
    return frame.para;
  }

  function finishParagraph(frame: Frame, para: Paragraph): void {
    const { role } = para;
    if (frame.type === 'body') {
      for (const segment of para.segments) {
        const text = segment.parts.join('');
        if (text.trim() === '') continue;
        out.push({ kind: role.kind, text, level: role.level, page: segment.page, ...(role.list ? { list: role.list } : {}) });
      }
      out.push(...para.deferred);
      return;
    }
    const text = paragraphText(para);
    const target = owner(frame);
    if (target.type === 'body') return; // a pass frame never targets the body
    if (text.trim() !== '') {
      target.lines.push(text);
      if (target.type === 'cell' && target.page === null) {
        target.page = para.segments.find((segment) => segment.parts.join('').trim() !== '')?.page ?? page;
      }
    }
    if (target.type === 'cell' || target.type === 'textBox') target.deferred.push(...para.deferred);
  }

  function flushFrame(frame: Frame): void {
    if (frame.carry) {
      finishParagraph(frame, frame.carry);
      frame.carry = null;
    }
    if (frame.para) {
      finishParagraph(frame, frame.para);
      frame.para = null;
    }
  }

  /** Places finished blocks (a cell's, a text box's) after the unit that contains them. */
  function emitUp(blocks: Pending[]): void {
    const frame = top();
    if (frame.type === 'body') {
      if (frame.para) frame.para.deferred.push(...blocks);
      else out.push(...blocks);
    } else if (frame.type === 'cell' || frame.type === 'textBox') {
      if (frame.para) frame.para.deferred.push(...blocks);
      else frame.deferred.push(...blocks);
    }
  }

  const inFlow = (): boolean => {
    const frame = owner(top());
    return frame.type === 'body' || frame.type === 'cell';
  };

  /** A page break at this point of the flow (ignored inside text boxes and notes). */
  function pageBreak(): void {
    if (!inFlow()) return;
    page++;
    breaks++;
    lastPage = Math.max(lastPage, page);
    const para = top().para;
    if (para) para.segments.push({ page, parts: [] });
  }

  return {
    beginParagraph(): void {
      const frame = top();
      if (frame.para) flushFrame(frame);
      frame.para = frame.carry ?? newParagraph();
      frame.para.role = PARAGRAPH;
      frame.carry = null;
    },
    setRole(role: ParagraphRole): void {
      currentParagraph().role = role;
    },
    text(text: string): void {
      if (text === '') return;
      characters += text.length;
      guard.check('characters', characters);
      guard.tick();
      const para = currentParagraph();
      (para.segments[para.segments.length - 1] as Segment).parts.push(text);
      if (!bodyText && inFlow() && /\S/.test(text)) bodyText = true;
    },
    /** Ends the paragraph; with `continues`, its text runs on into the frame's next paragraph. */
    endParagraph(continues = false): void {
      const frame = top();
      const para = frame.para;
      if (!para) return;
      frame.para = null;
      if (continues) frame.carry = para;
      else finishParagraph(frame, para);
    },
    pageBreak,
    /** A break before a paragraph: none before the first text of the document. */
    pageBreakBefore(): void {
      if (bodyText) pageBreak();
    },
    /** Starts a table; returns its number, or null when it is read as lines of a text box or note. */
    beginTable(): number | null {
      guard.check('tableDepth', tables.length + 1);
      const frame = top();
      flushFrame(frame);
      const target = owner(frame);
      if (target.type === 'textBox' || target.type === 'note') {
        frames.push({ type: 'pass', para: null, carry: null, target });
        tables.push(-1);
        return null;
      }
      tables.push(nextTable);
      return nextTable++;
    },
    endTable(): void {
      const table = tables.pop();
      if (table === -1) {
        const frame = top();
        flushFrame(frame);
        frames.pop();
      }
    },
    beginRow(): void {
      rows.push({ start: page, furthest: page });
    },
    endRow(): void {
      const row = rows.pop();
      if (row) page = Math.max(row.furthest, page);
    },
    /** Starts a cell; a hidden cell (a vertically merged continuation) gives no block. */
    beginCell(cell: Omit<BlockCell, 'table'>, hidden = false): void {
      const row = rows[rows.length - 1];
      if (row) page = row.start;
      const table = tables[tables.length - 1] ?? -1;
      if (table === -1) return;
      frames.push({ type: 'cell', para: null, carry: null, lines: [], deferred: [], cell: { table, ...cell }, hidden, page: null });
    },
    /** Marks the open cell as hidden (its content was merged into the cell above, or deleted). */
    hideCell(): void {
      const frame = top();
      if (frame.type === 'cell') frame.hidden = true;
    },
    endCell(): void {
      const row = rows[rows.length - 1];
      if (row) row.furthest = Math.max(row.furthest, page);
      const frame = top();
      if (frame.type !== 'cell') {
        flushFrame(frame);
        return;
      }
      flushFrame(frame);
      frames.pop();
      const blocks: Pending[] = [];
      if (!frame.hidden) blocks.push({ kind: 'tableCell', text: frame.lines.join('\n'), level: null, page: frame.page ?? page, cell: frame.cell });
      blocks.push(...frame.deferred);
      emitUp(blocks);
    },
    beginTextBox(): void {
      const target = owner(top());
      if (target.type === 'textBox' || target.type === 'note') frames.push({ type: 'pass', para: null, carry: null, target });
      else frames.push({ type: 'textBox', para: null, carry: null, lines: [], deferred: [], page });
    },
    endTextBox(): void {
      const frame = top();
      flushFrame(frame);
      frames.pop();
      if (frame.type !== 'textBox') return;
      emitUp([{ kind: 'textBox', text: frame.lines.join('\n'), level: null, page: frame.page }, ...frame.deferred]);
    },
    /** Starts a footnote, endnote or comment; `order` sorts the notes of one kind. */
    beginNote(note: BlockNote, notePage: number | null, order: number): void {
      frames.push({ type: 'note', para: null, carry: null, lines: [], note, page: notePage, order });
    },
    endNote(): void {
      const frame = top();
      flushFrame(frame);
      frames.pop();
      if (frame.type !== 'note') return;
      const kind = frame.note.kind === 'comment' ? 'comment' : 'note';
      notes.push({ kind, text: frame.lines.join('\n'), level: null, page: frame.page, note: frame.note, order: frame.order, rank: NOTE_RANK[frame.note.kind] });
    },
    /** The limits the importer reading into this assembler holds to. */
    guard,
    /** The page the flow is on now (1 before any break). */
    get page(): number {
      return page;
    },
    /** Whether any page break was reported. */
    get paged(): boolean {
      return breaks > 0;
    },
    finish(): { text: string; blocks: Block[]; pageCount: number | null } {
      while (frames.length > 1) {
        flushFrame(top());
        frames.pop();
      }
      flushFrame(top());
      const builder = createTextModelBuilder(guard);
      const paged = breaks > 0;
      const ordered = [...out, ...notes.sort((a, b) => a.rank - b.rank || a.order - b.order)];
      for (const block of ordered) {
        builder.add(block.kind, block.text, {
          level: block.level,
          page: paged && block.page !== null ? String(block.page) : null,
          ...(block.list ? { list: block.list } : {}),
          ...(block.cell ? { cell: block.cell } : {}),
          ...(block.note ? { note: block.note } : {}),
        });
      }
      return { ...builder.build(), pageCount: paged ? lastPage : null };
    },
  };
}

export type FlowAssembler = ReturnType<typeof createFlowAssembler>;
