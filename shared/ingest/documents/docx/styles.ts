import { parseXml } from '../../../formats/xml/parseXml';
import { headingLevelOfName } from '../flow/headingNames';
import { OOXML_NAMESPACES, onOff } from './namespaces';

/** What the importer needs of one style of styles.xml. */
export interface WordStyle {
  id: string;
  type: string;
  name: string;
  basedOn: string | null;
  /** w:outlineLvl: 0-8 are heading levels 1-9, 9 is body text. */
  outlineLevel: number | null;
  numId: string | null;
  ilvl: number | null;
  pageBreakBefore: boolean | null;
  /** A table style with conditional formatting of its first row (a header row when tblLook asks for it). */
  firstRowFormatting: boolean;
}

export interface StyleSheet {
  /** False when the document has no styles part. */
  present: boolean;
  styles: ReadonlyMap<string, WordStyle>;
  defaultParagraphStyle: string | null;
}

export const NO_STYLES: StyleSheet = { present: false, styles: new Map(), defaultParagraphStyle: null };

export function parseStyles(source: string, part: string): StyleSheet {
  const styles = new Map<string, WordStyle>();
  let defaultParagraphStyle: string | null = null;
  let style: WordStyle | null = null;
  const path: string[] = [];
  parseXml(
    source,
    OOXML_NAMESPACES,
    {
      open(name, attributes) {
        path.push(name);
        if (name === 'w:style' && path.length === 2) {
          const id = attributes.get('w:styleId') ?? '';
          const type = attributes.get('w:type') ?? 'paragraph';
          style = { id, type, name: '', basedOn: null, outlineLevel: null, numId: null, ilvl: null, pageBreakBefore: null, firstRowFormatting: false };
          if (type === 'paragraph' && onOffAttribute(attributes.get('w:default'))) defaultParagraphStyle ??= id;
          return;
        }
        if (!style || path[1] !== 'w:style') return;
        const parent = path[path.length - 2];
        const value = attributes.get('w:val');
        if (path.length === 3) {
          if (name === 'w:name') style.name = value ?? '';
          else if (name === 'w:basedOn') style.basedOn = value ?? null;
          else if (name === 'w:tblStylePr' && attributes.get('w:type') === 'firstRow') style.firstRowFormatting = true;
          return;
        }
        if (parent === 'w:pPr' && path.length === 4) {
          if (name === 'w:outlineLvl') style.outlineLevel = toInt(value);
          else if (name === 'w:pageBreakBefore') style.pageBreakBefore = onOff(value);
        } else if (parent === 'w:numPr' && path.length === 5 && path[2] === 'w:pPr') {
          if (name === 'w:numId') style.numId = value ?? null;
          else if (name === 'w:ilvl') style.ilvl = toInt(value);
        }
      },
      close(name) {
        path.pop();
        if (name === 'w:style' && path.length === 1 && style) {
          if (style.id && !styles.has(style.id)) styles.set(style.id, style);
          style = null;
        }
      },
      text() {},
    },
    part,
  );
  return { present: true, styles, defaultParagraphStyle };
}

function onOffAttribute(value: string | undefined): boolean {
  return value !== undefined && onOff(value);
}

export function toInt(value: string | undefined): number | null {
  if (value === undefined) return null;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : null;
}

/** A style and the styles it is based on, nearest first (cycles cut). */
export function styleChain(sheet: StyleSheet, id: string | null): WordStyle[] {
  const chain: WordStyle[] = [];
  let current = id;
  while (current !== null && chain.length < 32) {
    const style = sheet.styles.get(current);
    if (!style || chain.includes(style)) break;
    chain.push(style);
    current = style.basedOn;
  }
  return chain;
}

/**
 * The heading level (1-9) a paragraph style gives: the first w:outlineLvl along its basedOn chain (9, body
 * text, means none), else a heading or title name or id along the chain. Without a styles part, the style
 * id alone decides.
 */
export function headingLevelOfStyle(sheet: StyleSheet, id: string | null): number | null {
  if (id === null) return null;
  if (!sheet.present) return headingLevelOfName(id);
  const chain = styleChain(sheet, id);
  for (const style of chain) {
    if (style.outlineLevel !== null) return style.outlineLevel >= 0 && style.outlineLevel < 9 ? style.outlineLevel + 1 : null;
  }
  for (const style of chain) {
    const level = headingLevelOfName(style.name) ?? headingLevelOfName(style.id);
    if (level !== null) return level;
  }
  return null;
}
