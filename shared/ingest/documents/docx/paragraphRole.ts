import type { ParagraphRole } from '../flow/flowFrames';
import type { Numbering } from './numbering';
import { headingLevelOfStyle, styleChain, type StyleSheet } from './styles';

/** A paragraph's own properties (w:pPr) that decide what it is. */
export interface ParagraphProperties {
  styleId: string | null;
  outlineLevel: number | null;
  numId: string | null;
  ilvl: number | null;
}

/**
 * Heading (direct w:outlineLvl, else its style's level: see headingLevelOfStyle; levels 7-9 count as 6),
 * else list item (numbering, direct or from the style, whose level's format is not 'none'; ordered
 * unless a bullet), else paragraph.
 */
export function paragraphRole(properties: ParagraphProperties, styles: StyleSheet, numbering: Numbering): ParagraphRole {
  const styleId = properties.styleId ?? styles.defaultParagraphStyle;
  const level =
    properties.outlineLevel !== null
      ? properties.outlineLevel >= 0 && properties.outlineLevel < 9
        ? properties.outlineLevel + 1
        : null
      : headingLevelOfStyle(styles, styleId);
  if (level !== null) return { kind: 'heading', level: Math.min(level, 6) };

  let numId = properties.numId;
  let ilvl = properties.ilvl;
  if (numId === null) {
    const styled = styleChain(styles, styleId).find((style) => style.numId !== null);
    if (styled) {
      numId = styled.numId;
      ilvl ??= styled.ilvl ?? (numId !== null && styleId !== null ? numbering.levelOfStyle(numId, styled.id) : null);
    }
  }
  if (numId === null || numId === '0') return { kind: 'paragraph', level: null };
  const depth = Math.max(0, Math.min(ilvl ?? 0, 8));
  const format = numbering.format(numId, depth);
  if (format === null || format === 'none') return { kind: 'paragraph', level: null };
  return { kind: 'listItem', level: null, list: { depth, ordered: format !== 'bullet' } };
}
