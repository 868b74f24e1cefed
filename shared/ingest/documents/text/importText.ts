import type { FormatOptions, ImportedDocument } from '../importTypes';
import { createLimitGuard, DEFAULT_IMPORT_LIMITS } from '../../../domain/importLimits';
import { ImportError } from '../../../domain/importError';
import { createTextModelBuilder } from '../textModelBuilder';
import { decodeText } from '../../../formats/encoding/decodeText';
import { addMarkdownBlocks } from './markdownBlocks';
import { addPlainTextBlocks } from './plainTextBlocks';
import { cleanText } from './textLines';

/** True for a file name that says Markdown (.md, .markdown and their rarer spellings). */
export function isMarkdownFileName(fileName: string): boolean {
  return /\.(?:md|markdown|mdown|mkdn|mkd)$/i.test(fileName.trim());
}

/**
 * The pages of a plain text whose pages are separated by form feeds (as `pdftotext` writes them, and
 * printers read them), the last form feed ending the last page; null for a text without form feeds.
 */
export function textPages(text: string): string[] | null {
  if (!text.includes('\f')) return null;
  const pages = text.split('\f');
  if (pages.length > 1 && (pages.at(-1) as string).trim() === '') pages.pop();
  return pages;
}

/**
 * Reads a plain-text or Markdown file (Markdown when the name ends .md or .markdown) into the text
 * model. Encoding: a BOM decides (UTF-8, UTF-16 LE/BE), else valid UTF-8, else Windows-1252, with a
 * warning. Form feeds in plain text separate pages: its blocks are labelled with their page (1, 2, ...).
 * Throws ImportError 'binary' for NUL bytes outside UTF-16 and 'empty' for no text.
 */
export function importText(bytes: Uint8Array, options: FormatOptions): ImportedDocument {
  const decoded = decodeText(bytes);
  const utf16 = decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be';
  const nul = utf16 ? decoded.text.indexOf('\u0000') : bytes.indexOf(0);
  if (nul !== -1) throw new ImportError('binary', `NUL at ${utf16 ? 'character' : 'byte'} ${nul}`);
  const text = cleanText(decoded.text);
  if (text.trim() === '') throw new ImportError('empty');
  const format = isMarkdownFileName(options.fileName) ? 'md' : 'txt';
  const builder = createTextModelBuilder(createLimitGuard(options.limits ?? DEFAULT_IMPORT_LIMITS, options.clock));
  const pages = format === 'txt' ? textPages(decoded.text) : null;
  if (format === 'md') addMarkdownBlocks(text, builder);
  else if (pages === null) addPlainTextBlocks(text, builder);
  else pages.forEach((page, i) => addPlainTextBlocks(cleanText(page), builder, String(i + 1)));
  if (builder.blockCount === 0) throw new ImportError('empty', 'no text outside markup');
  const model = builder.build();
  return {
    format,
    text: model.text,
    blocks: model.blocks,
    pageCount: pages === null ? null : pages.length,
    warnings: decoded.warnings,
    metadata: { title: null, author: null, organisation: null, date: null },
  };
}
