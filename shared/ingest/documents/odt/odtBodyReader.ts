import type { BlockNote } from '../../../domain/document';
import { ImportError } from '../../importError';
import type { FlowAssembler, ParagraphRole } from '../flow/flowAssembler';
import { headingLevelOfName } from '../flow/headingNames';
import { parseXml, type XmlAttributes } from '../../../formats/xml/parseXml';
import { ODF_NAMESPACES } from './namespaces';
import { createOdtStyleCollector, odtStyleChain, type OdtStyles } from './odtStyles';

export interface OdtCounts {
  images: number;
  external: number;
  embedded: number;
  insertions: number;
  deletions: number;
}

/**
 * Where page numbers come from: LibreOffice's soft page breaks (its last layout, like Word's
 * lastRenderedPageBreak), else page breaks before or after paragraphs set in their styles.
 */
export type OdtPageSource = 'rendered' | 'explicit';

interface ParagraphState {
  context: number;
  /** The last text ended in collapsible white space (ODF collapses runs of white space to one space). */
  lastSpace: boolean;
  breakAfter: boolean;
}

interface TableState {
  row: number;
  nextRow: number;
  nextColumn: number;
  header: boolean;
}

interface FrameState {
  object: boolean;
  image: 'internal' | 'external' | null;
}

/** Elements whose content is never text of the document. */
const SKIPPED = new Set([
  'office:forms', 'office:scripts', 'office:font-face-decls', 'office:event-listeners', 'office:binary-data', 'office:annotation-end',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'text:dde-connection-decls', 'text:number', 'text:ruby-text',
  'text:alphabetical-index-auto-mark-file', 'table:table-columns', 'table:table-column', 'table:table-header-columns', 'svg:title', 'svg:desc',
  'dc:date', 'meta:date-string', 'presentation:notes', 'draw:contour-polygon', 'draw:contour-path', 'draw:enhanced-geometry', 'draw:glue-point',
]);
/** Drawing shapes whose text (text:p inside them) is read as a text box. */
const SHAPES = new Set([
  'draw:text-box', 'draw:custom-shape', 'draw:rect', 'draw:ellipse', 'draw:circle', 'draw:polygon', 'draw:polyline', 'draw:path',
  'draw:line', 'draw:connector', 'draw:regular-polygon', 'draw:caption', 'draw:measure',
]);
const OBJECTS = new Set(['draw:object', 'draw:object-ole', 'draw:applet', 'draw:plugin', 'draw:floating-frame']);
const OTHER_BODIES = new Set(['office:spreadsheet', 'office:presentation', 'office:drawing', 'office:chart', 'office:image']);
const MAX_SPACES = 1000;

/** An href that points outside the package (a URL, an absolute or a parent path). */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('../') || href.startsWith('\\');
}

/**
 * Reads content.xml (its automatic styles into `styles`, then office:text) into the assembler in one SAX
 * pass. See importOdt for what is read and how.
 */
export function readOdtContent(source: string, styles: OdtStyles, assembler: FlowAssembler, counts: OdtCounts, pages: OdtPageSource): void {
  const collector = createOdtStyleCollector(styles);
  const paragraphs: ParagraphState[] = [];
  const lists: (string | null)[] = [];
  const tables: TableState[] = [];
  const frames: FrameState[] = [];
  const notes: BlockNote[] = [];
  const order = { footnote: 0, endnote: 0, comment: 0 };
  let skip = 0;
  let inStyles = 0;
  let tracked = 0;
  let context = 0;
  let capture: string | null = null;
  let captureFor: 'citation' | 'creator' | null = null;
  let citationLabel = '';
  let hasTextBody = false;

  const paragraph = (): ParagraphState | undefined => {
    const top = paragraphs[paragraphs.length - 1];
    return top && top.context === context ? top : undefined;
  };

  /** Text with ODF white-space collapsing; `raw` text (text:s, tabs, breaks, note marks) is kept as it is. */
  function emit(text: string, raw = false, spaceAfter = false): void {
    const current = paragraph();
    if (!current) return;
    let out = text;
    if (!raw) {
      out = out.replace(/[ \t\r\n]+/g, ' ');
      if (current.lastSpace && out.startsWith(' ')) out = out.slice(1);
      if (out === '') return;
      current.lastSpace = out.endsWith(' ');
    } else {
      current.lastSpace = spaceAfter;
    }
    assembler.text(out);
  }

  function role(heading: boolean, attributes: XmlAttributes, chain: ReturnType<typeof odtStyleChain>): ParagraphRole {
    if (heading) {
      const stated = Number.parseInt(attributes.get('text:outline-level') ?? '', 10);
      const level = Number.isFinite(stated) && stated > 0 ? stated : (chain.find((style) => style.outlineLevel !== null)?.outlineLevel ?? 1);
      return { kind: 'heading', level: Math.max(1, Math.min(level, 6)) };
    }
    if (lists.length > 0) {
      const depth = lists.length - 1;
      const listStyle = lists[lists.length - 1] ?? chain.find((style) => style.listStyle !== null)?.listStyle ?? null;
      const ordered = listStyle !== null && (styles.lists.get(listStyle)?.get(depth + 1) ?? false);
      return { kind: 'listItem', level: null, list: { depth, ordered } };
    }
    // A paragraph styled as a heading but outside the outline: LibreOffice writes one for a Word heading
    // style without an outline level. A style with an outline level means it was made body text on purpose.
    if (!chain.some((style) => style.outlineLevel !== null)) {
      for (const style of chain) {
        const level = headingLevelOfName(style.displayName) ?? headingLevelOfName(style.name);
        if (level !== null) return { kind: 'heading', level: Math.min(level, 6) };
      }
    }
    return { kind: 'paragraph', level: null };
  }

  function open(name: string, attributes: XmlAttributes): boolean {
    if (inStyles > 0) {
      collector.open(name, attributes);
      return true;
    }
    if (tracked > 0) {
      if (name === 'text:insertion') counts.insertions++;
      else if (name === 'text:deletion') counts.deletions++;
      return true;
    }
    if (SKIPPED.has(name) || name.endsWith('-source')) return false;
    if (OTHER_BODIES.has(name)) throw new ImportError('unsupportedFormat', `${name} body, not a text document`);
    switch (name) {
      case 'office:automatic-styles':
      case 'office:styles':
        inStyles = 1;
        return true;
      case 'office:text':
        hasTextBody = true;
        return true;
      case 'text:tracked-changes':
        tracked = 1;
        return true;
      case 'text:p':
      case 'text:h': {
        const chain = odtStyleChain(styles, attributes.get('text:style-name') ?? null);
        if (pages === 'explicit' && chain.find((style) => style.breakBefore)) assembler.pageBreakBefore();
        assembler.beginParagraph();
        assembler.setRole(role(name === 'text:h', attributes, chain));
        paragraphs.push({ context, lastSpace: true, breakAfter: pages === 'explicit' && chain.some((style) => style.breakAfter) });
        return true;
      }
      case 'text:s': {
        const count = Number.parseInt(attributes.get('text:c') ?? '1', 10);
        emit(' '.repeat(Math.max(1, Math.min(Number.isFinite(count) ? count : 1, MAX_SPACES))), true, false);
        return true;
      }
      case 'text:tab':
        emit('\t', true, true);
        return true;
      case 'text:line-break':
        emit('\n', true, true);
        return true;
      case 'text:soft-page-break':
        if (pages === 'rendered') assembler.pageBreak();
        return true;
      case 'text:list':
        lists.push(attributes.get('text:style-name') ?? lists[lists.length - 1] ?? null);
        return true;
      case 'table:table':
        assembler.beginTable();
        tables.push({ row: 0, nextRow: 0, nextColumn: 0, header: false });
        return true;
      case 'table:table-header-rows': {
        const table = tables[tables.length - 1];
        if (table) table.header = true;
        return true;
      }
      case 'table:table-row': {
        const table = tables[tables.length - 1];
        if (!table) return false;
        const repeat = Number.parseInt(attributes.get('table:number-rows-repeated') ?? '1', 10);
        table.row = table.nextRow;
        table.nextRow += Number.isFinite(repeat) && repeat > 0 ? repeat : 1;
        table.nextColumn = 0;
        assembler.beginRow();
        return true;
      }
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        const table = tables[tables.length - 1];
        if (!table) return false;
        const repeat = Number.parseInt(attributes.get('table:number-columns-repeated') ?? '1', 10);
        const column = table.nextColumn;
        table.nextColumn += Number.isFinite(repeat) && repeat > 0 ? repeat : 1;
        if (name === 'table:covered-table-cell') return false;
        context++;
        assembler.beginCell({ row: table.row, column, header: table.header });
        return true;
      }
      case 'draw:frame':
        frames.push({ object: false, image: null });
        return true;
      case 'draw:image': {
        const frame = frames[frames.length - 1];
        const href = attributes.get('xlink:href') ?? '';
        const kind = href && isExternal(href) ? 'external' : 'internal';
        if (frame) frame.image ??= kind;
        else if (kind === 'external') counts.external++;
        else counts.images++;
        return false;
      }
      case 'text:note': {
        const kind = attributes.get('text:note-class') === 'endnote' ? 'endnote' : 'footnote';
        notes.push({ kind, label: '', author: null });
        return true;
      }
      case 'text:note-citation':
        citationLabel = attributes.get('text:label') ?? '';
        capture = '';
        captureFor = 'citation';
        return true;
      case 'text:note-body': {
        const note = notes[notes.length - 1];
        if (!note || note.kind === 'comment') return false;
        context++;
        assembler.beginNote(note, assembler.page, order[note.kind]++);
        return true;
      }
      case 'office:annotation': {
        const note: BlockNote = { kind: 'comment', label: `K${order.comment + 1}`, author: null };
        notes.push(note);
        context++;
        assembler.beginNote(note, assembler.page, order.comment++);
        return true;
      }
      case 'dc:creator':
        if (notes[notes.length - 1]?.kind !== 'comment') return false;
        capture = '';
        captureFor = 'creator';
        return true;
      default:
        if (OBJECTS.has(name)) {
          const frame = frames[frames.length - 1];
          if (frame) frame.object = true;
          else counts.embedded++;
          return false;
        }
        if (SHAPES.has(name)) {
          context++;
          assembler.beginTextBox();
        }
        return true;
    }
  }

  function close(name: string): void {
    if (inStyles > 0) {
      if (name === 'office:automatic-styles' || name === 'office:styles') inStyles = 0;
      else collector.close(name);
      return;
    }
    if (tracked > 0) {
      if (name === 'text:tracked-changes') tracked = 0;
      return;
    }
    switch (name) {
      case 'text:p':
      case 'text:h': {
        const state = paragraphs.pop();
        assembler.endParagraph();
        if (state?.breakAfter) assembler.pageBreak();
        return;
      }
      case 'text:list':
        lists.pop();
        return;
      case 'table:table':
        assembler.endTable();
        tables.pop();
        return;
      case 'table:table-header-rows': {
        const table = tables[tables.length - 1];
        if (table) table.header = false;
        return;
      }
      case 'table:table-row':
        assembler.endRow();
        return;
      case 'table:table-cell':
        assembler.endCell();
        context--;
        return;
      case 'draw:frame': {
        const frame = frames.pop();
        if (frame?.object) counts.embedded++;
        else if (frame?.image === 'external') counts.external++;
        else if (frame?.image === 'internal') counts.images++;
        return;
      }
      case 'text:note-citation': {
        const note = notes[notes.length - 1];
        const label = (citationLabel || capture || '').trim() || '*';
        capture = null;
        captureFor = null;
        if (note) note.label = label;
        emit(`[${label}]`, true, false);
        return;
      }
      case 'text:note-body':
        assembler.endNote();
        context--;
        return;
      case 'text:note':
        notes.pop();
        return;
      case 'office:annotation':
        assembler.endNote();
        notes.pop();
        context--;
        return;
      case 'dc:creator': {
        const note = notes[notes.length - 1];
        if (note && captureFor === 'creator') note.author = (capture ?? '').trim() || null;
        capture = null;
        captureFor = null;
        return;
      }
      default:
        if (SHAPES.has(name)) {
          assembler.endTextBox();
          context--;
        }
        return;
    }
  }

  let rootSeen = false;
  parseXml(
    source,
    ODF_NAMESPACES,
    {
      open(name, attributes) {
        if (!rootSeen) {
          rootSeen = true;
          if (name !== 'office:document-content') throw new ImportError('corrupt', `content.xml is not OpenDocument content (root ${name})`);
        }
        if (skip > 0) {
          skip++;
          return;
        }
        if (!open(name, attributes)) skip = 1;
        else if (inStyles > 0 && name !== 'office:automatic-styles' && name !== 'office:styles') inStyles++;
        else if (tracked > 0 && name !== 'text:tracked-changes') tracked++;
      },
      close(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        if (inStyles > 1) {
          inStyles--;
          collector.close(name);
          return;
        }
        if (tracked > 1) {
          tracked--;
          return;
        }
        close(name);
      },
      text(text) {
        if (skip > 0 || inStyles > 0 || tracked > 0) return;
        if (capture !== null) {
          capture += text;
          return;
        }
        emit(text);
      },
    },
    'content.xml',
  );
  if (!hasTextBody) throw new ImportError('unsupportedFormat', 'content.xml has no text body (office:text)');
}
