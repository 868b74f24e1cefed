import type { Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** A coded passage of an older version of a document, with that version's number. */
export interface UnplacedOfVersion {
  segment: Segment;
  version: number;
}

/**
 * The coded passages of a document's older versions that could not be found in its current version,
 * newest version first, then in text order. Empty when `current` is null (not the current version, or
 * the first); undefined while loading.
 */
export function useUnplacedOfOlderVersions(
  repos: Repositories,
  evaluationId: Id,
  current: { id: Id; group: Id } | null,
): UnplacedOfVersion[] | undefined {
  const currentId = current?.id ?? null;
  const groupId = current?.group ?? null;
  return useStoreQuery(async (): Promise<UnplacedOfVersion[]> => {
    if (currentId === null || groupId === null) return [];
    const versions = await repos.documents.versions(groupId);
    const older = new Map(versions.filter((version) => version.id !== currentId).map((version) => [version.id, version.version]));
    if (older.size === 0) return [];
    const left = await repos.coding.unplaced(evaluationId);
    return left
      .filter((segment) => older.has(segment.documentId))
      .map((segment) => ({ segment, version: older.get(segment.documentId) ?? 0 }))
      .sort((a, b) => b.version - a.version || a.segment.position.start - b.segment.position.start);
  }, [currentId, groupId, evaluationId, repos]);
}
