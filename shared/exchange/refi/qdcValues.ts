import { CODE_PALETTE } from '../../coding/copyFramework';

/** The GUID pattern of the REFI-QDA schemas: 8-4-4-4-12 hexadecimal digits, optionally in braces. */
const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** Whether the text is a GUID as the schema's GUIDType allows it. */
export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/**
 * A GUID as it is compared and used as an id: without braces and in lower case. Anything that is not
 * a GUID is only trimmed.
 */
export function normaliseGuid(text: string): string {
  const trimmed = text.trim();
  if (!isGuid(trimmed)) return trimmed;
  return (trimmed.startsWith('{') ? trimmed.slice(1, -1) : trimmed).toLowerCase();
}

/** `#rrggbb` in lower case for `#rgb` or `#rrggbb` (any case, surrounding white space allowed), else null. */
export function normaliseColour(text: string | undefined): string | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(trimmed)) return trimmed.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(trimmed)) {
    const [r, g, b] = trimmed.slice(1).toLowerCase();
    return `#${r}${r}${g}${g}${b}${b}`;
  }
  return null;
}

/** The default colour of the n-th top-level code without a colour of its own. */
export function defaultColour(n: number): string {
  return CODE_PALETTE[n % CODE_PALETTE.length] as string;
}
