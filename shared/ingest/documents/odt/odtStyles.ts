import type { XmlAttributes } from '../../../formats/xml/parseXml';

export interface OdtParagraphStyle {
  name: string;
  displayName: string;
  parent: string | null;
  /** style:default-outline-level: the level of a heading (text:h) of this style. */
  outlineLevel: number | null;
  listStyle: string | null;
  breakBefore: boolean;
  breakAfter: boolean;
}

export interface OdtStyles {
  paragraphs: Map<string, OdtParagraphStyle>;
  /** List style name → level (1-based) → numbered? */
  lists: Map<string, Map<number, boolean>>;
}

export const createOdtStyles = (): OdtStyles => ({ paragraphs: new Map(), lists: new Map() });

/**
 * Collects paragraph and list styles from the events of office:styles or office:automatic-styles (fed
 * to it element by element). Later definitions of a name replace earlier ones, so content.xml's
 * automatic styles, read last, win.
 */
export function createOdtStyleCollector(styles: OdtStyles) {
  let paragraph: OdtParagraphStyle | null = null;
  let list: Map<number, boolean> | null = null;
  return {
    open(name: string, attributes: XmlAttributes): void {
      if (name === 'style:style') {
        const styleName = attributes.get('style:name');
        if (attributes.get('style:family') === 'paragraph' && styleName) {
          const level = Number.parseInt(attributes.get('style:default-outline-level') ?? '', 10);
          paragraph = {
            name: styleName,
            displayName: attributes.get('style:display-name') ?? styleName,
            parent: attributes.get('style:parent-style-name') ?? null,
            outlineLevel: Number.isFinite(level) ? level : null,
            listStyle: attributes.get('style:list-style-name') ?? null,
            breakBefore: false,
            breakAfter: false,
          };
          styles.paragraphs.set(styleName, paragraph);
        }
      } else if (name === 'style:paragraph-properties' && paragraph) {
        paragraph.breakBefore = attributes.get('fo:break-before') === 'page';
        paragraph.breakAfter = attributes.get('fo:break-after') === 'page';
      } else if (name === 'text:list-style') {
        const styleName = attributes.get('style:name');
        list = new Map();
        if (styleName) styles.lists.set(styleName, list);
      } else if (list && name.startsWith('text:list-level-style-')) {
        const level = Number.parseInt(attributes.get('text:level') ?? '1', 10);
        const numbered = name === 'text:list-level-style-number' && (attributes.get('style:num-format') ?? '1') !== '';
        if (Number.isFinite(level)) list.set(level, numbered);
      }
    },
    close(name: string): void {
      if (name === 'style:style') paragraph = null;
      else if (name === 'text:list-style') list = null;
    },
  };
}

/** A paragraph style and those it inherits from, nearest first. */
export function odtStyleChain(styles: OdtStyles, name: string | null): OdtParagraphStyle[] {
  const chain: OdtParagraphStyle[] = [];
  let current = name;
  while (current !== null && chain.length < 32) {
    const style = styles.paragraphs.get(current);
    if (!style || chain.includes(style)) break;
    chain.push(style);
    current = style.parent;
  }
  return chain;
}
