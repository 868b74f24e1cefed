import type { StoredRecord } from '../../migrations';
import { text, type IdMap } from './idMap';

/**
 * Their documents matched with mine by the SHA-256 of the original (the same file, whatever its id);
 * the matched go into `ids`. Returns their documents I lack, with their texts and originals, references
 * made mine, and the titles of the pairs matched.
 */
export function matchDocuments(
  mine: readonly StoredRecord[],
  theirs: { documents: readonly StoredRecord[]; documentTexts: readonly StoredRecord[]; originals: readonly StoredRecord[] },
  ids: IdMap,
  evaluationId: string,
): { documents: StoredRecord[]; documentTexts: StoredRecord[]; originals: StoredRecord[]; matched: { mine: string; theirs: string }[] } {
  const bySha = new Map<string, StoredRecord[]>();
  for (const document of mine) bySha.set(text(document, 'sha256'), [...(bySha.get(text(document, 'sha256')) ?? []), document]);
  const matched: { mine: string; theirs: string }[] = [];
  const lacking = new Set<string>();
  for (const document of theirs.documents) {
    const id = text(document, 'id');
    const same = bySha.get(text(document, 'sha256')) ?? [];
    // The same id first (the same evaluation), else the first of mine with that file.
    const found = same.find((candidate) => text(candidate, 'id') === id) ?? same[0];
    if (!found) {
      lacking.add(id);
      continue;
    }
    ids.set(id, text(found, 'id'));
    matched.push({ mine: text(found, 'title'), theirs: text(document, 'title') });
  }
  const own = (record: StoredRecord) => ({ ...ids.record(record), evaluationId });
  const ofLacking = (records: readonly StoredRecord[]) => records.filter((record) => lacking.has(text(record, 'documentId'))).map(own);
  return {
    documents: theirs.documents.filter((document) => lacking.has(text(document, 'id'))).map(own),
    documentTexts: ofLacking(theirs.documentTexts),
    originals: ofLacking(theirs.originals),
    matched,
  };
}

/** Their projects matched with mine by id, then by name (and code); the matched go into `ids`. Returns those I lack. */
export function matchProjects(mine: readonly StoredRecord[], theirs: readonly StoredRecord[], ids: IdMap, evaluationId: string): StoredRecord[] {
  const mineIds = new Set(mine.map((project) => text(project, 'id')));
  const nameKey = (project: StoredRecord) => `${text(project, 'name').trim().toLocaleLowerCase('sv')}\u0000${text(project, 'code').trim()}`;
  const byName = new Map(mine.map((project) => [nameKey(project), text(project, 'id')]));
  const added: StoredRecord[] = [];
  for (const project of theirs) {
    const id = text(project, 'id');
    if (mineIds.has(id)) continue;
    const found = byName.get(nameKey(project));
    if (found === undefined) added.push(project);
    else ids.set(id, found);
  }
  return added.map((project) => ({ ...ids.record(project), evaluationId }));
}
