import type { Code } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
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
export type MatchRank = 0 | 1 | 2 | 3 | 4;

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

/**
 * Ranks a code against a folded query of one or more words: every word must occur in the label (in the
 * UI's language), the label in the other language, or the definition (either language). The label
 * starting with the query ranks first, then every word starting a word of the label, then the label
 * containing them, then the other language's label, then the definition.
 */
export function rankCode(code: Code, foldedQuery: string, language: string): MatchRank | null {
  if (foldedQuery === '') return 0;
  const terms = foldedQuery.split(' ').filter(Boolean);
  const label = foldForFilter(codeLabel(code, language));
  const other = foldForFilter(otherLabel(code, language));
  const definition = foldForFilter(`${code.definitionSv} ${code.definitionEn}`);
  if (label.startsWith(foldedQuery)) return 0;
  if (terms.every((term) => wordStarts(label, term))) return 1;
  if (terms.every((term) => label.includes(term))) return 2;
  if (terms.every((term) => label.includes(term) || other.includes(term))) return 3;
  if (terms.every((term) => label.includes(term) || other.includes(term) || definition.includes(term))) return 4;
  return null;
}

/** One choosable row of the palette; `key` is unique over the palette (a code may be in "recent" too). */
export interface PaletteEntry {
  key: string;
  code: Code;
  /** The group the code belongs to, shown beside it in the filtered list. */
  groupLabel: string;
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
 * codeGroups makes them. With a filter: one section of the matching codes, best first (ties keep the
 * codebook's order), each code once.
 */
export function paletteSections(
  groups: readonly CodeGroup[],
  recentIds: readonly string[],
  query: string,
  language: string,
  labels: { recent: string; matches: string },
): PaletteSection[] {
  const groupOf = new Map<string, string>();
  for (const group of groups) for (const code of group.codes) if (!groupOf.has(code.id)) groupOf.set(code.id, group.label);
  const folded = foldForFilter(query);
  if (folded !== '') {
    const seen = new Set<string>();
    const ranked: { entry: PaletteEntry; rank: number; order: number }[] = [];
    for (const group of groups) {
      for (const code of group.codes) {
        if (seen.has(code.id)) continue;
        seen.add(code.id);
        const rank = rankCode(code, folded, language);
        if (rank === null) continue;
        ranked.push({ entry: { key: `match:${code.id}`, code, groupLabel: group.label }, rank, order: ranked.length });
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
    .map((code) => ({ key: `recent:${code.id}`, code, groupLabel: groupOf.get(code.id) ?? '' }));
  const sections: PaletteSection[] = recent.length > 0 ? [{ key: 'recent', label: labels.recent, entries: recent }] : [];
  groups.forEach((group, index) => {
    sections.push({ key: `group:${index}`, label: group.label, entries: group.codes.map((code) => ({ key: `${index}:${code.id}`, code, groupLabel: group.label })) });
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
