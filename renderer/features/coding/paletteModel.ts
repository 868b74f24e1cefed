import type { Code } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import type { CodeFamily } from './codeFamily';
import type { CodeGroup } from './codeGroups';

/**
 * Folds text for the palette's filter: lower case (Swedish rules), diacritics dropped (å, ä → a; ö → o;
 * é → e), typographic dashes made plain, white space runs made one space.
 */
export function foldForFilter(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well a code matches a filter: lower is better; null when it does not match. */
export type MatchRank = 0 | 1 | 2 | 3 | 4 | 5;

function otherLabel(code: Code, language: string): string {
  return language === 'en' ? code.labelSv : code.labelEn;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `term` begins a word of `haystack` (at its start, or after a space, dash, slash, bracket …). */
function wordStarts(haystack: string, term: string): boolean {
  for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(haystack[at - 1] as string)) return true;
  }
  return false;
}

/** The labels of the codes above a code, in both languages, for the filter: "Folk" finds Folk/kompetens's children. */
export function ancestryText(ancestors: readonly Code[]): string {
  return ancestors.map((above) => `${above.labelSv} ${above.labelEn}`).join(' ');
}

/**
 * Ranks a code against a folded query of one or more words: every word must occur in the label (in the
 * UI's language), the label in the other language, the definition (either language) or the labels of the
 * codes above it (`ancestry`, either language). The label starting with the query ranks first, then every
 * word starting a word of the label, then the label containing them, then the other language's label, then
 * the definition, then the codes above.
 */
export function rankCode(code: Code, foldedQuery: string, language: string, ancestry = ''): MatchRank | null {
  if (foldedQuery === '') return 0;
  const terms = foldedQuery.split(' ').filter(Boolean);
  const label = foldForFilter(codeLabel(code, language));
  const other = foldForFilter(otherLabel(code, language));
  const definition = foldForFilter(`${code.definitionSv} ${code.definitionEn}`);
  if (label.startsWith(foldedQuery)) return 0;
  if (terms.every((term) => wordStarts(label, term))) return 1;
  if (terms.every((term) => label.includes(term))) return 2;
  if (terms.every((term) => label.includes(term) || other.includes(term))) return 3;
  const inCode = (term: string) => label.includes(term) || other.includes(term) || definition.includes(term);
  if (terms.every(inCode)) return 4;
  const above = foldForFilter(ancestry);
  if (above !== '' && terms.every((term) => inCode(term) || above.includes(term))) return 5;
  return null;
}

/** One choosable row of the palette; `key` is unique over the palette (a code may be in "recent" too). */
export interface PaletteEntry {
  key: string;
  code: Code;
  /** The group the code belongs to, shown beside it in the filtered list. */
  groupLabel: string;
  /** A parent, applied to passages about it as a whole ("i stort"), not only a heading. */
  broad: boolean;
  /** The indent in its group: how many codable codes lie above it (0 in "recent" and in the matches). */
  depth: number;
}

export interface PaletteSection {
  key: string;
  label: string;
  entries: PaletteEntry[];
}

/** How many recently used codes the palette shows first. */
export const RECENT_LIMIT = 8;

/**
 * The palette's sections. Without a filter: the recently used codes first, then the groups as
 * codeGroups makes them, each code indented under the codable codes above it. With a filter: one section
 * of the matching codes, best first (ties keep the codebook's order), each code once.
 */
export function paletteSections(
  groups: readonly CodeGroup[],
  recentIds: readonly string[],
  query: string,
  language: string,
  labels: { recent: string; matches: string },
  family: Pick<CodeFamily, 'isParent' | 'ancestors' | 'depth'>,
): PaletteSection[] {
  const groupOf = new Map<string, string>();
  for (const group of groups) for (const code of group.codes) if (!groupOf.has(code.id)) groupOf.set(code.id, group.label);
  const entry = (key: string, code: Code, groupLabel: string, depth: number): PaletteEntry => ({ key, code, groupLabel, broad: family.isParent(code), depth });
  const folded = foldForFilter(query);
  if (folded !== '') {
    const seen = new Set<string>();
    const ranked: { entry: PaletteEntry; rank: number; order: number }[] = [];
    for (const group of groups) {
      for (const code of group.codes) {
        if (seen.has(code.id)) continue;
        seen.add(code.id);
        const rank = rankCode(code, folded, language, ancestryText(family.ancestors(code)));
        if (rank === null) continue;
        ranked.push({ entry: entry(`match:${code.id}`, code, group.label, 0), rank, order: ranked.length });
      }
    }
    ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
    return ranked.length === 0 ? [] : [{ key: 'matches', label: labels.matches, entries: ranked.map((item) => item.entry) }];
  }
  const byId = new Map(groups.flatMap((group) => group.codes.map((code) => [code.id, code] as const)));
  const recent = recentIds
    .map((id) => byId.get(id))
    .filter((code): code is Code => code !== undefined)
    .slice(0, RECENT_LIMIT)
    .map((code) => entry(`recent:${code.id}`, code, groupOf.get(code.id) ?? '', 0));
  const sections: PaletteSection[] = recent.length > 0 ? [{ key: 'recent', label: labels.recent, entries: recent }] : [];
  groups.forEach((group, index) => {
    sections.push({ key: `group:${index}`, label: group.label, entries: group.codes.map((code) => entry(`${index}:${code.id}`, code, group.label, family.depth(code))) });
  });
  return sections;
}

/** The entries of the sections in the order the arrow keys walk them. */
export function flatEntries(sections: readonly PaletteSection[]): PaletteEntry[] {
  return sections.flatMap((section) => section.entries);
}

/** The index the arrow keys (or Home/End) move to from `index` among `count` entries; -1 when there are none. */
export function moveIndex(index: number, count: number, key: 'down' | 'up' | 'home' | 'end'): number {
  if (count === 0) return -1;
  switch (key) {
    case 'home':
      return 0;
    case 'end':
      return count - 1;
    case 'down':
      return index < 0 ? 0 : (index + 1) % count;
    case 'up':
      return index <= 0 ? count - 1 : index - 1;
  }
}

/** The list of recently used code ids after using `codeId`: it goes first, the list keeps at most RECENT_LIMIT. */
export function withRecentCode(recent: readonly string[], codeId: string): string[] {
  return [codeId, ...recent.filter((id) => id !== codeId)].slice(0, RECENT_LIMIT);
}
