import { Parser } from 'htmlparser2';
import type { Block, BlockCell } from '../../../domain/document';
import { isIsoDate } from '../../../base/isoDate';
import type { FormatOptions, ImportedDocument, SourceMetadata } from '../importTypes';
import { createLimitGuard, DEFAULT_IMPORT_LIMITS } from '../../../domain/importLimits';
import { ImportError } from '../../../domain/importError';
import type { ImportWarning } from '../../../domain/importWarning';
import { createTextModelBuilder } from '../textModelBuilder';
import { decodeText } from '../../../formats/encoding/decodeText';
import { cleanText } from '../text/textLines';
import { declaredCharset, encodingOfLabel } from './htmlCharset';
import { BLOCK_ELEMENTS, CONTAINER_ELEMENTS, headingLevel, IGNORED_ELEMENTS, isHidden, isRemoteUrl, LIST_ELEMENTS, STRUCTURE_ELEMENTS } from './htmlElements';

const AUTHOR_META = new Set(['author', 'dc.creator', 'dcterms.creator']);
const DATE_META = new Set([
  'date', 'dc.date', 'dc.date.created', 'dcterms.date', 'dcterms.created', 'dcterms.issued', 'article:published_time', 'citation_publication_date',
]);

interface Context {
  kind: Block['kind'];
  level?: number;
  list?: { depth: number; ordered: boolean };
  cell?: BlockCell;
}

interface OpenElement {
  name: string;
  skip: boolean;
  /** The context its text is read in: its own (a heading, a list item, a cell) or its parent's. */
  context: Context | null;
}

interface OpenTable {
  index: number;
  row: number;
  column: number;
  head: boolean;
}

/** The ISO date at the start of a meta value (`2024-03-31`, `2024-03-31T12:00:00Z`), if it is a real date. */
function isoDateIn(value: string): string | null {
  const date = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  return date !== undefined && isIsoDate(date) ? date : null;
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * Reads an HTML file's visible text and structure: headings, paragraphs, list items (with depth and
 * numbering), table cells (with table, row and column), block quotes, preformatted text. Scripts,
 * styles, the head (but its title), SVG, frames, objects and hidden elements are left out; nothing is
 * fetched, and remote images, frames and style sheets are counted in a warning. The encoding comes from
 * a BOM, else the meta charset, else UTF-8 when valid, else Windows-1252. The limits hold as it reads:
 * elements nested too deep, tables in tables, characters, blocks, the time.
 */
export function importHtml(bytes: Uint8Array, options: FormatOptions): ImportedDocument {
  const guard = createLimitGuard(options.limits ?? DEFAULT_IMPORT_LIMITS, options.clock);
  const label = declaredCharset(bytes);
  const decoded = decodeText(bytes, label === null ? null : encodingOfLabel(label));
  const source = cleanText(decoded.text);

  const builder = createTextModelBuilder(guard);
  const metadata: SourceMetadata = { title: null, author: null, organisation: null, date: null };
  const stack: OpenElement[] = [];
  const lists: boolean[] = [];
  const tables: OpenTable[] = [];
  let tableCount = 0;
  let skipping = 0;
  let preDepth = 0;
  let remote = 0;
  let images = 0;
  let title: string | null = null;
  let characters = 0;

  let buffer = '';
  // The buffer's last character, kept aside: asking the growing string itself (endsWith) flattens it each
  // time, which made a paragraph of a million entities take minutes.
  let last = '';
  const append = (text: string) => {
    if (text === '') return;
    buffer += text;
    last = text[text.length - 1] as string;
  };
  let bufferIsPre = false;
  let bufferContext: Context | null = null;

  // The innermost open element's context and the number of open containers, kept as the stack changes
  // so that deeply nested markup costs no more than flat markup.
  const currentContext = (): Context => stack[stack.length - 1]?.context ?? { kind: 'paragraph' };
  let openContainers = 0;
  const insideContainer = () => openContainers > 0;

  const flush = () => {
    const context = bufferContext;
    const raw = buffer.replace(/\u00ad/g, '');
    const pre = bufferIsPre;
    buffer = '';
    last = '';
    bufferIsPre = false;
    bufferContext = null;
    if (!context) return;
    const options = { ...(context.level === undefined ? {} : { level: context.level }), ...(context.list ? { list: context.list } : {}), ...(context.cell ? { cell: context.cell } : {}) };
    const lines = raw.split('\n').map((line) => (pre ? line.trimEnd() : line.replace(/ {2,}/g, ' ').trim()));
    if (context.kind === 'paragraph') {
      // Blank lines (two line breaks, or blank lines in preformatted text) separate paragraphs.
      for (const chunk of lines.join('\n').split(/\n\s*\n/)) builder.add('paragraph', chunk.replace(/^\n+|\n+$/g, ''), options);
    } else {
      builder.add(context.kind, lines.filter((line) => line.trim() !== '').join('\n'), options);
    }
  };
  const softBreak = () => {
    if (buffer !== '' && last !== '\n') append('\n');
  };
  const boundary = (name: string) => {
    if (!CONTAINER_ELEMENTS.has(name) && !STRUCTURE_ELEMENTS.has(name) && insideContainer()) softBreak();
    else flush();
  };
  const addText = (data: string) => {
    characters += data.length;
    guard.check('characters', characters);
    if (preDepth > 0) {
      if (!bufferIsPre) {
        flush();
        bufferIsPre = true;
      }
      // A line break right after <pre> is not part of the text, as in browsers.
      append(buffer === '' ? data.replace(/^\n/, '') : data);
    } else {
      const text = data.replace(/[ \t\n\r\f]+/g, ' ');
      append(buffer === '' || last === ' ' || last === '\n' ? text.replace(/^ /, '') : text);
    }
    if (bufferContext === null && /\S/.test(data)) bufferContext = currentContext();
  };

  const openElement = (name: string, attributes: Record<string, string>) => {
    guard.check('elementDepth', stack.length + 1);
    guard.tick();
    if (name === 'table') guard.check('tableDepth', tables.length + 1);
    if (name === 'img') {
      if (isRemoteUrl(attributes.src)) remote++;
      else images++;
    } else if (name === 'iframe' && isRemoteUrl(attributes.src)) {
      remote++;
    } else if (name === 'link' && /(?:^|\s)stylesheet(?:\s|$)/i.test(attributes.rel ?? '') && isRemoteUrl(attributes.href)) {
      remote++;
    } else if (name === 'meta') {
      const key = (attributes.name ?? attributes.property ?? '').trim().toLowerCase();
      const content = attributes.content ?? '';
      if (AUTHOR_META.has(key) && metadata.author === null && collapse(content) !== '') metadata.author = collapse(content);
      if (DATE_META.has(key) && metadata.date === null) metadata.date = isoDateIn(content);
    }
    if (name === 'title' && title === null && !stack.some((element) => element.name === 'svg' || element.name === 'math')) title = '';

    if (BLOCK_ELEMENTS.has(name)) boundary(name);
    if (name === 'br' && skipping === 0) append('\n');

    let context: Context | null = null;
    const level = headingLevel(name);
    if (level !== null) context = { kind: 'heading', level };
    else if (LIST_ELEMENTS.has(name)) lists.push(name === 'ol');
    else if (name === 'li') context = { kind: 'listItem', list: { depth: Math.max(0, lists.length - 1), ordered: lists[lists.length - 1] ?? false } };
    else if (name === 'table') tables.push({ index: tableCount++, row: -1, column: 0, head: false });
    else if (name === 'thead' && tables.length > 0) (tables[tables.length - 1] as OpenTable).head = true;
    else if (name === 'tr' && tables.length > 0) {
      const table = tables[tables.length - 1] as OpenTable;
      table.row++;
      table.column = 0;
    } else if ((name === 'td' || name === 'th') && tables.length > 0) {
      const table = tables[tables.length - 1] as OpenTable;
      if (table.row < 0) table.row = 0;
      context = { kind: 'tableCell', cell: { table: table.index, row: table.row, column: table.column, header: name === 'th' || table.head } };
      const span = Number.parseInt(attributes.colspan ?? '1', 10);
      table.column += Number.isFinite(span) ? Math.min(Math.max(span, 1), 1000) : 1;
    } else if (CONTAINER_ELEMENTS.has(name)) context = { kind: 'paragraph' };
    if (name === 'pre') preDepth++;

    const skip = IGNORED_ELEMENTS.has(name) || isHidden(attributes) || (name === 'dialog' && attributes.open === undefined);
    if (skip) skipping++;
    if (CONTAINER_ELEMENTS.has(name)) openContainers++;
    stack.push({ name, skip, context: context ?? currentContext() });
  };

  const closeElement = (element: OpenElement) => {
    const { name } = element;
    if (element.skip) skipping--;
    if (CONTAINER_ELEMENTS.has(name)) openContainers--;
    if (name === 'pre') preDepth--;
    if (LIST_ELEMENTS.has(name)) lists.pop();
    else if (name === 'table') tables.pop();
    else if (name === 'thead' && tables.length > 0) (tables[tables.length - 1] as OpenTable).head = false;
    if (name === 'title' && title !== null && metadata.title === null) metadata.title = collapse(title) || null;
    if (BLOCK_ELEMENTS.has(name)) boundary(name);
  };

  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        openElement(name, attributes);
        inTitle = name === 'title' && title === '';
      },
      onclosetag(name) {
        inTitle = false;
        let index = stack.length - 1;
        while (index >= 0 && (stack[index] as OpenElement).name !== name) index--;
        if (index < 0) return;
        while (stack.length > index) closeElement(stack.pop() as OpenElement);
      },
      ontext(data) {
        guard.tick();
        if (inTitle) title = (title ?? '') + data;
        else if (skipping === 0) addText(data);
      },
    },
    { decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  while (stack.length > 0) closeElement(stack.pop() as OpenElement);
  flush();

  if (builder.blockCount === 0) throw new ImportError('empty', 'no visible text');
  const warnings: ImportWarning[] = [...decoded.warnings];
  if (remote > 0) warnings.push({ code: 'externalResourcesIgnored', values: { count: remote } });
  if (images > 0) warnings.push({ code: 'imagesIgnored', values: { count: images } });
  const model = builder.build();
  return { format: 'html', text: model.text, blocks: model.blocks, pageCount: null, warnings, metadata };
}
