import type { DocumentRecord } from '../domain/document';

/** How an assignment changes a document's coders: replaced by the names given, or the names added or taken away. */
export type CoderAssignment = 'set' | 'add' | 'remove';

/** Names as the list keeps them: trimmed, none empty, each once, in Swedish order. */
export function coderList(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))].sort((a, b) => a.localeCompare(b, 'sv'));
}

/**
 * A document with its coders assigned (THE ASSIGNMENT RULE): the list set, or names added or taken
 * away; a document assigned to nobody has no `coders` field (the field is optional, never an empty list).
 */
export function withCoders(document: DocumentRecord, names: readonly string[], how: CoderAssignment): DocumentRecord {
  const current = document.coders ?? [];
  const next = how === 'set' ? coderList(names) : how === 'add' ? coderList([...current, ...names]) : coderList(current.filter((name) => !coderList(names).includes(name)));
  const { coders: _dropped, ...rest } = document;
  return next.length === 0 ? rest : { ...rest, coders: next };
}
