import { FootnoteReferenceRun, Paragraph, TextRun } from 'docx';
import type { ReportInline } from '../document/reportDocument';

/** How a run of text looks beyond its paragraph's style (a table cell's colour and weight). */
export interface RunLook {
  bold?: boolean;
  color?: string;
  size?: number;
}

/** Word's built-in style of a footnote's text (10 pt, single-spaced; a template may have its own). */
const FOOTNOTE_TEXT = 'FootnoteText';

/** A footnote reference whose footnote is `text`, set in Word's footnote style. */
export function footnoteRun(text: string): FootnoteReferenceRun {
  return new FootnoteReferenceRun({ children: [new Paragraph({ style: FOOTNOTE_TEXT, children: [new TextRun(text)] })] });
}

/**
 * A paragraph's pieces as runs: text with its bold and italics, and footnote references, each bringing its
 * footnote with it. Line breaks in a text become Word line breaks; imported text is only ever text.
 */
export function inlineRuns(inlines: readonly ReportInline[], look: RunLook = {}): (TextRun | FootnoteReferenceRun)[] {
  return inlines.flatMap((inline) => {
    if ('footnote' in inline) return [footnoteRun(inline.footnote)];
    return inline.text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i === 0 ? undefined : 1,
          bold: inline.bold ?? look.bold,
          italics: inline.italics,
          color: look.color,
          size: look.size,
        }),
    );
  });
}
