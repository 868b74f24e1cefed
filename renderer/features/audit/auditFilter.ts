import type { AuditAction, AuditEntry } from '../../../shared/domain';

/** The audit log's filter: an action (or all), a coder (or all; '' is the unknown coder), free text. */
export interface AuditFilter {
  action: AuditAction | null;
  coder: string | null;
  text: string;
}

export const NO_FILTER: AuditFilter = { action: null, coder: null, text: '' };

/** Text compared without case or diacritics' composition differences. */
function comparable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv');
}

/** The entries that pass the filter; free text matches the summary (every word, in any order). */
export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const words = comparable(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter.action !== null && entry.action !== filter.action) return false;
    if (filter.coder !== null && entry.coder.trim() !== filter.coder) return false;
    if (words.length === 0) return true;
    const summary = comparable(entry.summary);
    return words.every((word) => summary.includes(word));
  });
}

/** The coders in the log, in alphabetical order ('' for entries whose coder is unknown, last). */
export function codersOf(entries: readonly AuditEntry[]): string[] {
  const coders = [...new Set(entries.map((entry) => entry.coder.trim()))];
  return coders.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'sv')));
}
