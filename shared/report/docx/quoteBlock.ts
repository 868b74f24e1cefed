import { Paragraph, TextRun } from 'docx';
import type { ReportBlock } from '../document/reportDocument';
import { footnoteRun } from './inlineRuns';
import { STYLE } from './reportStyles';

type QuoteBlock = Extract<ReportBlock, { kind: 'quote' }>;

/**
 * A quote in the Quote style inside the report language's quotation marks (`marks` wraps the text), its
 * citation in a footnote right after it; the memo, when the evaluator put it in the report, as a note below,
 * kept on the quote's page. The quote's lines are kept together by its style.
 */
export function quoteBlock(block: QuoteBlock, marks: (text: string) => string): Paragraph[] {
  const hasMemo = block.memo !== null && block.memo.trim() !== '';
  const quote = new Paragraph({
    style: STYLE.quote,
    keepLines: true,
    keepNext: hasMemo,
    spacing: hasMemo ? { after: 60 } : undefined,
    children: [new TextRun(marks(block.text)), footnoteRun(block.citation)],
  });
  if (!hasMemo) return [quote];
  return [quote, new Paragraph({ style: STYLE.note, keepLines: true, children: [new TextRun(block.memo as string)] })];
}
