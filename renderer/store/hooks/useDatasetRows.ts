import { useEffect, useState } from 'react';
import type { Id } from '../../../shared/domain';
import type { DatasetRowsRead } from '../dexie/datasetRowsWatch';
import type { Repositories } from '../dexie/repositories';

/**
 * A dataset's rows as they are read (undefined until the first piece): read in pieces with the UI free
 * between them, so a table of 100,000 rows shows its first rows at once and its progress meanwhile, and
 * kept live without reading every row again after each change (repos.datasets.watchRows).
 */
export function useDatasetRows(repos: Repositories, datasetId: Id): DatasetRowsRead | undefined {
  const [watched, setWatched] = useState<{ datasetId: Id; read: DatasetRowsRead } | null>(null);
  useEffect(() => repos.datasets.watchRows(datasetId, (read) => setWatched({ datasetId, read })), [repos, datasetId]);
  return watched?.datasetId === datasetId ? watched.read : undefined;
}
