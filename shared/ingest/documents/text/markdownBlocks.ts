import type { TextModelBuilder } from '../textModelBuilder';
import { stripInlineMarkdown } from './markdownInline';
import { isBlank } from './textLines';

const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const BLOCKQUOTE = /^ {0,3}> ?(.*)$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The column a line's text starts at, tabs counting to the next multiple of 4. */
function indentOf(whitespace: string): number {
  let column = 0;
  for (const ch of whitespace) column = ch === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** A table row's cells: pipes separate them, escaped pipes do not, edge pipes are optional. */
function tableCells(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

interface OpenList {
  markerIndent: number;
  contentIndent: number;
}

/**
 * Markdown, kept simple: ATX and setext headings, bullet and numbered list items with their depth,
 * pipe tables, block quotes and fenced code (kept verbatim) as paragraphs; thematic breaks and link
 * definitions dropped; inline markup stripped from the text. Anything else is a paragraph.
 */
export function addMarkdownBlocks(text: string, builder: TextModelBuilder): void {
  const lines = text.split('\n');
  let paragraph: string[] = [];
  let quoting = false;
  let item: { depth: number; ordered: boolean; lines: string[] } | null = null;
  let lists: OpenList[] = [];
  let tableCount = 0;

  const flushParagraph = () => {
    if (paragraph.length > 0) builder.add('paragraph', stripInlineMarkdown(paragraph.join('\n')));
    paragraph = [];
    quoting = false;
  };
  const flushItem = () => {
    if (item) builder.add('listItem', stripInlineMarkdown(item.lines.join('\n')), { list: { depth: item.depth, ordered: item.ordered } });
    item = null;
  };
  const flushAll = () => {
    flushParagraph();
    flushItem();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trimEnd();
    if (isBlank(line)) {
      flushAll();
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence && !(fence[2]?.startsWith('`') && fence[3]?.includes('`'))) {
      flushAll();
      const marker = fence[2] as string;
      const indent = (fence[1] as string).length;
      const body: string[] = [];
      for (i++; i < lines.length; i++) {
        const inner = (lines[i] as string).replace(/\s+$/, '');
        const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
        if (close.test(inner)) break;
        body.push(inner.replace(new RegExp(`^ {0,${indent}}`), ''));
      }
      builder.add('paragraph', body.join('\n'));
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      flushAll();
      lists = [];
      const content = (atx[2] as string).trim().replace(/(?:^|[ \t]+)#+$/, '');
      builder.add('heading', stripInlineMarkdown(content), { level: (atx[1] as string).length });
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && paragraph.length > 0 && !item) {
      builder.add('heading', stripInlineMarkdown(paragraph.map((l) => l.trim()).join(' ')), { level: underline[1]?.startsWith('=') ? 1 : 2 });
      paragraph = [];
      lists = [];
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flushAll();
      continue;
    }
    const listItem = LIST_ITEM.exec(line);
    if (listItem) {
      flushAll();
      const markerIndent = indentOf(listItem[1] as string);
      const marker = listItem[2] as string;
      const contentIndent = markerIndent + marker.length + Math.min(Math.max(indentOf(listItem[3] ?? ' '), 1), 4);
      while (lists.length > 0) {
        const top = lists[lists.length - 1] as OpenList;
        if (markerIndent >= top.contentIndent) break;
        lists.pop();
        if (markerIndent >= top.markerIndent) break;
      }
      lists.push({ markerIndent, contentIndent });
      item = { depth: lists.length - 1, ordered: /\d/.test(marker), lines: [(listItem[4] ?? '').trim()] };
      continue;
    }
    const next = lines[i + 1];
    if (paragraph.length === 0 && !item && line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-')) {
      const table = tableCount++;
      tableCells(line).forEach((cell, column) => builder.add('tableCell', stripInlineMarkdown(cell), { cell: { table, row: 0, column, header: true } }));
      let row = 1;
      for (i += 2; i < lines.length && !isBlank(lines[i] as string) && (lines[i] as string).includes('|'); i++, row++) {
        const r = row;
        tableCells(lines[i] as string).forEach((cell, column) => builder.add('tableCell', stripInlineMarkdown(cell), { cell: { table, row: r, column, header: false } }));
      }
      i--;
      lists = [];
      continue;
    }
    if (LINK_DEFINITION.test(line) && paragraph.length === 0 && !item) continue;
    const quote = BLOCKQUOTE.exec(line);
    if (quote) {
      flushItem();
      if (!quoting) flushParagraph();
      lists = [];
      quoting = true;
      paragraph.push((quote[1] as string).trim());
      continue;
    }
    if (item) {
      // A continuation line of the list item (indented or lazy).
      item.lines.push(line.trim());
      continue;
    }
    if (paragraph.length === 0 && indentOf(/^[ \t]*/.exec(line)?.[0] ?? '') === 0) lists = [];
    paragraph.push(line.trim());
  }
  flushAll();
}
