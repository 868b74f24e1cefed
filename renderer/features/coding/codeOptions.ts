import type { TFunction } from 'i18next';
import type { Code } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import type { CodeFamily } from './codeFamily';
import type { CodeGroup } from './codeGroups';

/** One code of a native <select>: its text as the palette shows it. */
export interface CodeOption {
  code: Code;
  /** Indented under the codable codes above it; a parent reads "Kultur för lärande (i stort)". */
  text: string;
}

/** An em space per level: <option> takes no padding, and plain spaces would be collapsed. */
const INDENT = '\u2003';

/**
 * The palette's groups as options of a native <select> (the auto-code list): each parent under its own
 * label, "(i stort)", as the palette offers it, and every code indented under the codable codes above it.
 */
export function codeOptionGroups(groups: readonly CodeGroup[], family: Pick<CodeFamily, 'isParent' | 'depth'>, t: TFunction, language: string): { label: string; options: CodeOption[] }[] {
  return groups.map((group) => ({
    label: group.label,
    options: group.codes.map((code) => {
      const label = codeLabel(code, language);
      return { code, text: INDENT.repeat(family.depth(code)) + (family.isParent(code) ? t('ui.coding.asWhole', { code: label }) : label) };
    }),
  }));
}
