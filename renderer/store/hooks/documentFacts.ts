import type { DocumentFacts } from '../../../shared/analysis/evidenceItem';
import type { Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';

/**
 * The type and date of the evaluation's current documents and of the given ones: a passage left on an
 * older version of a report keeps that version's type and date.
 */
export async function documentFacts(repos: Repositories, evaluationId: Id, documentIds: Iterable<Id>): Promise<DocumentFacts[]> {
  const current = await repos.documents.list(evaluationId);
  const facts = new Map<Id, DocumentFacts>(current.map((d) => [d.id, { id: d.id, type: d.type, date: d.date }]));
  const older = [...new Set(documentIds)].filter((id) => !facts.has(id));
  for (const document of await Promise.all(older.map((id) => repos.documents.get(id)))) {
    if (document) facts.set(document.id, { id: document.id, type: document.type, date: document.date });
  }
  return [...facts.values()];
}
