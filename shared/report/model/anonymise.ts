import type { ReportLanguage } from '../../domain/evaluation';
import type { Project } from '../../domain/project';
import type { ReportPerson } from '../../domain/reportSettings';

/** A name and the role the report writes instead of it. */
export interface NameRole {
  name: string;
  role: string;
}

/** A register field may name several managers: `Anna Berg, Olle Ek`, `Anna Berg och Olle Ek`, `Anna Berg / Olle Ek`. */
function namesIn(field: string): string[] {
  return field
    .split(/\s*(?:[,;/&]|\s(?:och|and)\s)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length >= 2);
}

/**
 * The names the report replaces: the evaluator's own list (their roles as written) and the register's
 * project managers (`managerRole`, the catalog's word, e.g. `projektledaren`). A name the evaluator
 * lists wins over the register's; names compared without regard to case.
 */
export function namesToReplace(projects: readonly Pick<Project, 'manager'>[], people: readonly ReportPerson[], managerRole: string): NameRole[] {
  const byName = new Map<string, NameRole>();
  for (const person of people) {
    const name = person.name.trim();
    if (name !== '' && person.role.trim() !== '') byName.set(name.toLocaleLowerCase('sv'), { name, role: person.role.trim() });
  }
  for (const project of projects) {
    for (const name of namesIn(project.manager)) {
      const key = name.toLocaleLowerCase('sv');
      if (!byName.has(key)) byName.set(key, { name, role: managerRole });
    }
  }
  // Longest first, so "Anna Berg" is replaced before an evaluator's "Anna".
  return [...byName.values()].sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name, 'sv'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a replaced name begins a sentence (or the text), the role is written with a capital. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:”"“]$/u.test(before);
}

/**
 * A quote with people's names replaced by their roles: whole words only, whatever the case, and in
 * Swedish the genitive too (`Annas` → `projektledarens`); English keeps its `'s` after the role. A role
 * that begins a sentence gets a capital. Names inside longer words are left alone.
 */
export function anonymise(text: string, names: readonly NameRole[], language: ReportLanguage): string {
  let result = text;
  for (const { name, role } of names) {
    const genitive = language === 'sv' ? '(s)?' : '()';
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}${genitive}(?![\\p{L}\\p{N}])`, 'giu');
    result = result.replace(pattern, (_match, s: string | undefined, offset: number, whole: string) => {
      const word = startsSentence(whole, offset) ? role.charAt(0).toLocaleUpperCase(language) + role.slice(1) : role;
      return `${word}${s ?? ''}`;
    });
  }
  return result;
}
