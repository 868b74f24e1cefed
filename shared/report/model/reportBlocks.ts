import type { ReportBlock, ReportInline, ReportTableCell, ReportTableColumn } from '../document/reportDocument';
import { formatReportCitation } from './citation';
import type { ReportContext, ReportQuoteItem } from './reportContext';
import type { QuotePlan } from './quotePlan';

export function heading(level: 1 | 2 | 3, text: string): ReportBlock {
  return { kind: 'heading', level, text };
}

export function paragraph(text: string, style: 'normal' | 'note' = 'normal'): ReportBlock {
  return { kind: 'paragraph', inlines: [{ text }], style };
}

export function cell(text: string, extra: Omit<ReportTableCell, 'inlines'> = {}): ReportTableCell {
  return { inlines: [{ text }], ...extra };
}

/** A table whose columns share the width as given (the first column's share, the others equal), numbers right-aligned by the caller. */
export function table(caption: string, headers: readonly string[], widths: readonly number[], rows: ReportTableCell[][], note?: string): ReportBlock {
  const columns: ReportTableColumn[] = headers.map((header, i) => ({ header, widthPercent: widths[i] ?? 0 }));
  return note === undefined ? { kind: 'table', caption, columns, rows } : { kind: 'table', caption, columns, rows, note };
}

/** Widths in percent: the first column `first`, the rest sharing what is left, adding up to 100. */
export function widths(count: number, first: number): number[] {
  if (count <= 1) return [100];
  const rest = Math.floor(((100 - first) / (count - 1)) * 100) / 100;
  const all = [first, ...Array.from({ length: count - 1 }, () => rest)];
  all[0] = Math.round((100 - rest * (count - 1)) * 100) / 100;
  return all;
}

/** A fill colour as the document wants it: `RRGGBB` without the `#`, or nothing for what is not a 6-hex colour. */
export function fillOf(colour: string | undefined): string | undefined {
  const hex = colour?.replace(/^#/, '') ?? '';
  return /^[0-9a-fA-F]{6}$/.test(hex) ? hex.toUpperCase() : undefined;
}

/** A quote as a block, footnoted to its source and its evidence number (which the plan gave it). */
export function quoteBlock(ctx: ReportContext, plan: QuotePlan, quote: ReportQuoteItem): ReportBlock {
  const evidenceNumber = plan.numbers.get(quote.segmentId) ?? 0;
  const citation = formatReportCitation({ ...quote, evidenceNumber }, ctx.input.language);
  return { kind: 'quote', text: quote.text, citation, evidenceNumber, memo: quote.memo };
}

/**
 * The evaluator's text for a place of the report as blocks: paragraphs split at blank lines, runs of
 * lines starting with `- ` or `• ` as bullet lists. Empty text gives no block.
 */
export function evaluatorText(ctx: ReportContext, key: string): ReportBlock[] {
  const text = (ctx.input.settings.texts[key] ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  const blocks: ReportBlock[] = [];
  for (const part of text.split(/\n\s*\n/)) {
    let lines: string[] = [];
    let items: ReportInline[][] = [];
    const flushLines = () => {
      if (lines.length > 0) blocks.push({ kind: 'paragraph', inlines: [{ text: lines.join(' ') }] });
      lines = [];
    };
    const flushItems = () => {
      if (items.length > 0) blocks.push({ kind: 'bullets', items });
      items = [];
    };
    for (const raw of part.split('\n')) {
      const line = raw.trim();
      const bullet = /^[-•]\s+(.*)$/u.exec(line);
      if (bullet) {
        flushLines();
        items.push([{ text: bullet[1] ?? '' }]);
      } else if (line !== '') {
        flushItems();
        lines.push(line);
      }
    }
    flushLines();
    flushItems();
  }
  return blocks;
}
