import type { ParagraphRole } from '../flow/flowFrames';
import { headingLevelOfName } from '../flow/headingNames';
import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { odtStyleChain, OdtStyles } from './odtStyles';

/**
 * The role of a text:h or text:p: a heading at its outline level, a list item at the depth of the open
 * lists (`lists`: each open text:list's style, innermost last), or a paragraph.
 */
export function odtParagraphRole(
  heading: boolean,
  attributes: XmlAttributes,
  chain: ReturnType<typeof odtStyleChain>,
  lists: readonly (string | null)[],
  styles: OdtStyles,
): ParagraphRole {
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
