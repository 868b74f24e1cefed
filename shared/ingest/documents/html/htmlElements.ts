/** Elements whose content is not visible text (or not the document's text). */
export const IGNORED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
  'select', 'textarea', 'datalist',
]);

/** Elements that break the text into blocks, as CSS display: block (and table parts) do. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Elements whose whole text is one block of their own kind: a heading, a list item, a table cell, a
 * term or definition, a caption. Paragraphs and divisions inside them are lines of that block.
 */
export const CONTAINER_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd', 'caption', 'figcaption']);

/** Elements that start lists, tables and their rows: they always end the block before them. */
export const STRUCTURE_ELEMENTS = new Set(['ul', 'ol', 'menu', 'dir', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'pre', 'hr']);

export const LIST_ELEMENTS = new Set(['ul', 'ol', 'menu', 'dir']);

export function headingLevel(name: string): number | null {
  const match = /^h([1-6])$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** True for an element the page hides: `hidden`, `aria-hidden="true"`, or an inline style that hides it. */
export function isHidden(attributes: Record<string, string>): boolean {
  if (attributes.hidden !== undefined) return true;
  if ((attributes['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return true;
  const style = attributes.style ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(style);
}

/** True for an http(s) or protocol-relative URL: something a browser would fetch from the network. */
export function isRemoteUrl(url: string | undefined): boolean {
  return url !== undefined && /^\s*(?:https?:)?\/\//i.test(url);
}
